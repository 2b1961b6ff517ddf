import { InvalidArgumentError } from '../errors.js';
import type { SchemeInfo } from '../types.js';
import { describe, readOptions } from './readOptions.js';
import { LANGUAGES, SCHEME_IDS, baseLanguage, schemeData } from './schemeRegistry.js';
import { schemeInfo } from './schemeInfo.js';

/** Options of {@link listSchemes}. */
export interface ListSchemesOptions {
  /**
   * Only schemes for this source language (BCP 47; `az` includes `az-Cyrl`; `az-Cyrl` only those).
   * @default undefined — all schemes
   */
  readonly from?: string;
}

/**
 * The bundled romanization schemes, sorted by id.
 *
 * @example
 * listSchemes({ from: 'hy' }).map((s) => s.id) // ['hy-bgn-pcgn', 'hy-en', 'hy-iso9985', 'hy-west', ...]
 */
export function listSchemes(options?: ListSchemesOptions): readonly SchemeInfo[] {
  const { from } = readOptions('listSchemes', options, ['from']);
  if (from !== undefined && typeof from !== 'string') {
    throw new InvalidArgumentError(`listSchemes: options.from must be a BCP 47 language tag (one of ${LANGUAGES.join(', ')}); got ${describe(from)}`);
  }
  const all = SCHEME_IDS.map((id) => schemeInfo(schemeData(id)!));
  if (from === undefined) return all;
  const tag = from.replace(/_/g, '-').toLowerCase();
  return all.filter((s) => (tag.includes('-') ? s.from.toLowerCase() === tag : baseLanguage(s.from) === tag));
}
