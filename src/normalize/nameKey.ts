import { InvalidArgumentError } from '../errors.js';
import { describe } from '../translit/readOptions.js';
import { keyTokens } from './keyTokens.js';

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
export function nameKey(text: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`nameKey: text must be a string; got ${describe(text)}`);
  return keyTokens(text).sort().join(' ');
}
