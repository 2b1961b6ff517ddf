import { InvalidArgumentError } from '../errors.js';
import { describe, readOptions } from '../translit/readOptions.js';
import { LANGUAGES, baseLanguage } from '../translit/schemeRegistry.js';
import { keyTokens } from './keyTokens.js';

/** Options of {@link nameKey}. */
export interface NameKeyOptions {
  /**
   * The name's language (BCP 47), when known: its English practice is used to romanize
   * (`az`: Şuşa → shusha, where a generic fold gives susa).
   * @default undefined — each script's default
   */
  readonly from?: string;
}

/**
 * A blocking key for names: script-folded (romanized by each script's English practice),
 * spelling-folded (Sergey / Sergei / Sergej, Aliyev / Aliev, Ilham / Ilkham agree) and
 * order-free (tokens sorted). Equal keys mean "very likely the same name"; different keys do not
 * mean different names (use `lookup` or `compareNames` for that).
 *
 * @example
 * nameKey('Aliyev, Ilham') === nameKey('Ilham Aliyev')  // true
 * nameKey('Ильхам Алиев') === nameKey('Ilham Aliyev')   // true
 */
export function nameKey(text: string, options?: NameKeyOptions): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`nameKey: text must be a string; got ${describe(text)}`);
  const { from } = readOptions('nameKey', options, ['from']);
  if (from !== undefined && (typeof from !== 'string' || !LANGUAGES.includes(baseLanguage(from.toLowerCase())))) {
    throw new InvalidArgumentError(`nameKey: options.from must be one of ${LANGUAGES.join(', ')}; got ${describe(from)}`);
  }
  return keyTokens(text, from === undefined ? undefined : baseLanguage(from.toLowerCase())).sort().join(' ');
}
