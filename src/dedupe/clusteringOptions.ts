import { InvalidArgumentError } from '../errors.js';
import { defaultGlossary } from '../glossary/defaultGlossary.js';
import { describe } from '../translit/readOptions.js';
import type { Glossary } from '../types.js';

/** Checks the clustering options dedupeNames and dedupeWithDuckDB share (`o` from readOptions). */
export function clusteringOptions(fn: string, o: Record<string, unknown>): { readonly glossary: Glossary | undefined; readonly threshold: number; readonly keyOnly: boolean } {
  const threshold = o.threshold ?? 0.9;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new InvalidArgumentError(`${fn}: options.threshold must be a number above 0 and at most 1; got ${describe(threshold)}`);
  }
  if (o.keyOnly !== undefined && typeof o.keyOnly !== 'boolean') throw new InvalidArgumentError(`${fn}: options.keyOnly must be true or false; got ${describe(o.keyOnly)}`);
  const glossary = o.glossary === false ? undefined : ((o.glossary as Glossary | undefined) ?? defaultGlossary());
  if (glossary !== undefined && (typeof glossary !== 'object' || glossary === null || typeof glossary.lookup !== 'function')) {
    throw new InvalidArgumentError(`${fn}: options.glossary must be a Glossary or false; got ${describe(o.glossary)}`);
  }
  return { glossary, threshold, keyOnly: o.keyOnly === true };
}
