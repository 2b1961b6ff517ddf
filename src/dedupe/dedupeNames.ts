import { InvalidArgumentError } from '../errors.js';
import { describe, readOptions } from '../translit/readOptions.js';
import type { Glossary } from '../types.js';
import { clusterCounts } from './clusterCounts.js';
import { clusteringOptions } from './clusteringOptions.js';

/** One cluster of names that mean the same person, place or thing. */
export interface NameCluster {
  /** The entity's canonical name when the glossary knows it, else the most frequent member. */
  readonly canonical: string;
  readonly entityId?: string;
  /** The distinct names of the cluster, sorted. */
  readonly members: readonly string[];
  /** 0–1: the weakest link that joined the cluster (1 for a single spelling). */
  readonly score: number;
}

/** Options of {@link dedupeNames}. */
export interface DedupeNamesOptions {
  /**
   * The glossary whose entities names join; `false` to cluster by the names alone.
   * @default the bundled glossary
   */
  readonly glossary?: Glossary | false;
  /**
   * Lowest compareNames score that links two names the glossary does not know.
   * @default 0.9
   */
  readonly threshold?: number;
  /**
   * Link only names with the same name key (no token comparison): faster, more precise.
   * @default false
   */
  readonly keyOnly?: boolean;
}


/**
 * Clusters a list of names: names the glossary knows join their entity's cluster; the others are
 * blocked by name key and by the consonant skeleton of each long token (computed after
 * romanization), linked when `compareNames` reaches the threshold, and grouped (union-find).
 * Names of two different entities, or of `distinctFrom` pairs, never merge. Deterministic and
 * independent of input order.
 *
 * @example
 * dedupeNames(['Ilham Aliyev', 'Ильхам Алиев', 'İlham Əliyev', 'Aliyev, Ilham', 'Sergey Lavrov'])
 * // [{ canonical: 'Ilham Aliyev', entityId: 'ilham-aliyev', members: [...4 names] }, { canonical: 'Sergey Lavrov', … }]
 */
export function dedupeNames(names: readonly string[], options?: DedupeNamesOptions): readonly NameCluster[] {
  let list: string[];
  try {
    if (!Array.isArray(names)) throw new Error('not an array');
    list = [...names];
  } catch {
    throw new InvalidArgumentError(`dedupeNames: names must be an array of strings; got ${describe(names)}`);
  }
  const bad = list.findIndex((n) => typeof n !== 'string');
  if (bad !== -1) throw new InvalidArgumentError(`dedupeNames: names[${bad}] must be a string; got ${describe(list[bad])}`);
  const o = readOptions('dedupeNames', options, ['glossary', 'threshold', 'keyOnly']);
  const { glossary, threshold, keyOnly } = clusteringOptions('dedupeNames', o);
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
  return clusterCounts(counts, glossary, threshold, keyOnly);
}
