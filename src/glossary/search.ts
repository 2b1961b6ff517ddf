import type { Glossary, LookupResult, SearchOptions as BaseSearchOptions } from '../types.js';
import { defaultGlossary } from './defaultGlossary.js';
import { glossaryOption } from './glossaryOption.js';

/** Options of {@link search}. */
export interface SearchOptions extends BaseSearchOptions {
  /**
   * The glossary to search.
   * @default the bundled glossary
   */
  readonly glossary?: Glossary;
}

/**
 * The entities a name may mean, best first, with scores and explanations: ambiguity is shown,
 * not hidden ("Aliyev" lists Ilham, Heydar … Aliyev).
 *
 * @example
 * search('Aliyev', { limit: 5, types: ['person'] }).map((r) => r.entity.id)
 */
export function search(query: string, options?: SearchOptions): readonly LookupResult[] {
  const [glossary, rest] = glossaryOption('search', options);
  return (glossary ?? defaultGlossary()).search(query, rest);
}
