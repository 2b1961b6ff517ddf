import { InvalidArgumentError } from '../errors.js';
import type { Glossary } from '../types.js';
import { describe } from '../translit/readOptions.js';

/** Splits the `glossary` option off an options object (read once, checked to be a Glossary). */
export function glossaryOption<T extends { readonly glossary?: Glossary }>(fn: string, options: T | undefined): [Glossary | undefined, Omit<T, 'glossary'> | undefined] {
  if (options === undefined || options === null || typeof options !== 'object') return [undefined, options as undefined];
  let glossary: unknown;
  let rest: Record<string, unknown>;
  try {
    ({ glossary, ...rest } = options as Record<string, unknown>);
  } catch (e) {
    throw new InvalidArgumentError(`${fn}: options could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (glossary !== undefined) {
    const g = glossary as Partial<Glossary> | null;
    if (typeof g !== 'object' || g === null || typeof g.lookup !== 'function' || typeof g.search !== 'function') {
      throw new InvalidArgumentError(`${fn}: options.glossary must be a Glossary from createGlossary() or loadGlossary(); got ${describe(glossary)}`);
    }
  }
  return [glossary as Glossary | undefined, rest as Omit<T, 'glossary'>];
}
