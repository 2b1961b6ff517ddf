import { InvalidArgumentError, UnknownEntityError } from '../errors.js';
import { describe, readOptions } from '../translit/readOptions.js';
import type { Entity, EntityType, Glossary, LookupResult, MatchOptions, SearchOptions } from '../types.js';
import { buildIndex, type GlossaryIndex, type Spelling } from './buildIndex.js';
import { rankEntities, type Ranked } from './rankEntities.js';

const TYPES: readonly EntityType[] = ['person', 'place', 'agreement', 'organization'];
const LOOKUP_MIN = 0.75;
const SEARCH_MIN = 0.5;

interface Resolved {
  readonly types: ReadonlySet<EntityType> | undefined;
  readonly minScore: number;
  readonly limit: number;
}

function resolve(fn: string, options: unknown, keys: readonly string[], defaultMin: number): Resolved {
  const o = readOptions(fn, options, keys);
  let types: Set<EntityType> | undefined;
  if (o.types !== undefined) {
    if (!Array.isArray(o.types) || o.types.some((t) => !TYPES.includes(t as EntityType))) {
      throw new InvalidArgumentError(`${fn}: options.types must be an array of ${TYPES.join(', ')}; got ${describe(o.types)}`);
    }
    types = new Set(o.types as EntityType[]);
  }
  const minScore = o.minScore ?? defaultMin;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new InvalidArgumentError(`${fn}: options.minScore must be a number from 0 to 1; got ${describe(minScore)}`);
  }
  const limit = o.limit ?? 10;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new InvalidArgumentError(`${fn}: options.limit must be a whole number from 1 to 10000; got ${describe(limit)}`);
  }
  return { types, minScore, limit };
}

function checkQuery(fn: string, query: unknown): asserts query is string {
  if (typeof query !== 'string') throw new InvalidArgumentError(`${fn}: query must be a string; got ${describe(query)}`);
}

/** The index behind each glossary this module made (for findMentions and other internal users). */
const indexes = new WeakMap<Glossary, () => GlossaryIndex>();

/** The (lazily built) index of a glossary made by `makeGlossary`, or undefined for other objects. */
export function indexOfGlossary(glossary: Glossary): GlossaryIndex | undefined {
  return indexes.get(glossary)?.();
}

/**
 * A Glossary over entities that are already valid (the bundled data, or `createGlossary`'s
 * validated copy). The index is built on first use, from precomputed `spellings` when given.
 */
export function makeGlossary(entities: readonly Entity[], spellings?: () => readonly Spelling[]): Glossary {
  let index: GlossaryIndex | undefined;
  const ready = () => (index ??= buildIndex(entities, spellings?.()));
  const toResult = (r: Ranked): LookupResult => {
    const entity = index!.entities[r.entity]!;
    return Object.freeze({
      entity,
      score: Math.round(r.score * 1000) / 1000,
      matched: Object.freeze({ text: r.name.text, kind: r.name.kind, lang: r.name.lang, ...(r.name.system === undefined ? {} : { system: r.name.system }) }),
      method: r.method,
      explanation: Object.freeze([...r.explain()]),
    });
  };
  const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const sorted = Object.freeze([...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

  const glossary: Glossary = Object.freeze({
    size: entities.length,
    lookup(query: string, options?: MatchOptions): LookupResult | undefined {
      checkQuery('lookup', query);
      const { types, minScore } = resolve('lookup', options, ['types', 'minScore'], LOOKUP_MIN);
      const top = rankEntities(ready(), query, types)[0];
      return top && top.score >= minScore ? toResult(top) : undefined;
    },
    search(query: string, options?: SearchOptions): readonly LookupResult[] {
      checkQuery('search', query);
      const { types, minScore, limit } = resolve('search', options, ['types', 'minScore', 'limit'], SEARCH_MIN);
      const ranked = rankEntities(ready(), query, types, true);
      const out: LookupResult[] = [];
      for (const r of ranked) {
        if (out.length >= limit) break;
        if (r.score >= minScore) out.push(toResult(r));
      }
      return Object.freeze(out);
    },
    getEntity(id: string): Entity {
      if (typeof id !== 'string') throw new InvalidArgumentError(`getEntity: id must be a string; got ${describe(id)}`);
      const e = byId.get(id);
      if (!e) throw new UnknownEntityError('getEntity', id);
      return e;
    },
    findEntity(id: string): Entity | undefined {
      if (typeof id !== 'string') throw new InvalidArgumentError(`findEntity: id must be a string; got ${describe(id)}`);
      return byId.get(id);
    },
    entities(): readonly Entity[] {
      return sorted;
    },
  });
  indexes.set(glossary, ready);
  return glossary;
}
