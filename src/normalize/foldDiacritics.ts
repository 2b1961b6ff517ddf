import { InvalidArgumentError } from '../errors.js';
import { describe } from '../translit/readOptions.js';
import { latinFold } from './latinFold.js';
import { nfcSafe } from './nfcSafe.js';

function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff);
}

/**
 * Drops the diacritics of Latin letters (Əliyev → Aliyev, Çavuşoğlu → Cavusoglu, Łódź → Lodz,
 * straße → strasse). Other scripts are left as they are: Cyrillic й stays й (use `transliterate`
 * to romanize). Composed first, so decomposed input folds the same way.
 *
 * @example
 * foldDiacritics('İlham Əliyev') // 'Ilham Aliyev'
 */
export function foldDiacritics(text: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`foldDiacritics: text must be a string; got ${describe(text)}`);
  const s = nfcSafe(text);
  let out = '';
  let copyFrom = 0;
  let prevLatin = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      prevLatin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
      continue;
    }
    const folded = latinFold(code);
    // Marks NFC could not compose onto a Latin letter (a + U+0331) are dropped too.
    if (folded === undefined && !(prevLatin && isMark(code))) {
      prevLatin = false;
      continue;
    }
    out += s.slice(copyFrom, i) + (folded ?? '');
    copyFrom = i + 1;
    if (folded !== undefined) prevLatin = true;
  }
  return copyFrom === 0 ? s : out + s.slice(copyFrom);
}
