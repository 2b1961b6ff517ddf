import { InvalidArgumentError, UnknownSchemeError } from '../errors.js';
import type { SchemeInfo } from '../types.js';
import { describe } from './readOptions.js';
import { SCHEME_IDS, schemeData } from './schemeRegistry.js';
import { schemeInfo } from './schemeInfo.js';

/**
 * One scheme by id. Throws `UnknownSchemeError` (listing the known ids) for an unknown id.
 *
 * @example
 * getScheme('ru-bgn-pcgn').title // 'BGN/PCGN 1947'
 */
export function getScheme(id: string): SchemeInfo {
  if (typeof id !== 'string') throw new InvalidArgumentError(`getScheme: id must be a scheme id string; got ${describe(id)}`);
  const data = schemeData(id);
  if (!data) throw new UnknownSchemeError('getScheme', id, SCHEME_IDS);
  return schemeInfo(data);
}
