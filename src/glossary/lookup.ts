import type { Glossary, LookupResult, MatchOptions } from '../types.js';
import { defaultGlossary } from './defaultGlossary.js';
import { glossaryOption } from './glossaryOption.js';

/** Options of {@link lookup}. */
export interface LookupOptions extends MatchOptions {
  /**
   * The glossary to look in.
   * @default the bundled glossary
   */
  readonly glossary?: Glossary;
}

/**
 * The entity a name means, however it is spelled or written, or `undefined` when no entity is
 * likely enough (never a guess: "Vladimir Potanin" is not Vladimir Putin).
 *
 * @example
 * lookup('Serghei Lavrov')?.entity.id   // 'sergey-lavrov'
 * lookup('Xankəndi')?.entity.id         // 'stepanakert'
 * lookup('Vladimir Potanin')            // undefined
 */
export function lookup(query: string, options?: LookupOptions): LookupResult | undefined {
  const [glossary, rest] = glossaryOption('lookup', options);
  return (glossary ?? defaultGlossary()).lookup(query, rest);
}
