import type { ScriptCode } from '../types.js';

/** Character classes used to cut text into runs; `NEUTRAL` joins any run (spaces, digits, punctuation, marks). */
export const NEUTRAL = 0;
export const LATIN = 1;
export const CYRILLIC = 2;
export const ARMENIAN = 3;
export const GEORGIAN = 4;
export const OTHER = 5;
export type CharClass = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * Classifies one UTF-16 code unit by ranges (no regex: this runs on every character).
 * Surrogates count as OTHER so that astral letters reach the fallback; `classOfAt` refines them.
 */
export function classOf(code: number): CharClass {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LATIN : NEUTRAL;
  if (code < 0x250) return code < 0xc0 || code === 0xd7 || code === 0xf7 ? NEUTRAL : LATIN;
  if (code < 0x370) return code < 0x2b0 ? LATIN : NEUTRAL; // IPA letters; spacing modifiers and combining marks
  if (code < 0x400) return OTHER; // Greek
  if (code < 0x530) return code >= 0x483 && code <= 0x489 ? NEUTRAL : CYRILLIC;
  if (code < 0x590) return code === 0x589 || code === 0x58a || code < 0x531 ? NEUTRAL : ARMENIAN;
  if (code >= 0x10a0 && code <= 0x10ff) return GEORGIAN;
  if (code >= 0x1c90 && code <= 0x1cbf) return GEORGIAN;
  if (code >= 0x2d00 && code <= 0x2d2f) return GEORGIAN;
  if (code >= 0x1c80 && code <= 0x1c8f) return CYRILLIC;
  if (code >= 0x2de0 && code <= 0x2dff) return CYRILLIC;
  if (code >= 0xa640 && code <= 0xa69f) return CYRILLIC;
  if (code >= 0xfb13 && code <= 0xfb17) return ARMENIAN;
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (code >= 0x2c60 && code <= 0x2c7f) return LATIN;
  if (code >= 0xa720 && code <= 0xa7ff) return LATIN;
  if (code >= 0xff21 && code <= 0xff5a) return (code <= 0xff3a || code >= 0xff41) ? LATIN : NEUTRAL;
  if (code >= 0x1ab0 && code <= 0x1aff) return NEUTRAL; // combining marks
  if (code >= 0x1dc0 && code <= 0x1dff) return NEUTRAL;
  if (code >= 0x2000 && code <= 0x2bff) return NEUTRAL; // punctuation, symbols, arrows, dingbats
  if (code >= 0x3000 && code <= 0x303f) return NEUTRAL; // CJK punctuation
  if (code >= 0xfe00 && code <= 0xfe0f) return NEUTRAL; // variation selectors
  if (code >= 0xfe20 && code <= 0xfe2f) return NEUTRAL;
  if (code >= 0xfe30 && code <= 0xfe4f) return NEUTRAL;
  if (code >= 0xff00 && code <= 0xff20) return NEUTRAL;
  if (code === 0xfeff || code === 0xfffd) return NEUTRAL;
  if (code >= 0xd800 && code <= 0xdfff) return NEUTRAL; // refined by classOfAt
  return OTHER;
}

/** Like `classOf`, but reads a surrogate pair: astral letters are OTHER, emoji and lone surrogates NEUTRAL. */
export function classOfAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return classOf(code);
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return NEUTRAL; // lone high surrogate
  if (cp >= 0x1f000 && cp <= 0x1faff) return NEUTRAL; // emoji and symbols
  if (cp >= 0xe0000) return NEUTRAL; // tags, variation selectors supplement
  return OTHER;
}

const SCRIPT_RANGES: readonly [number, number, ScriptCode][] = [
  [0x0370, 0x03ff, 'Grek'], [0x1f00, 0x1fff, 'Grek'],
  [0x0590, 0x05ff, 'Hebr'], [0xfb1d, 0xfb4f, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'], [0x0750, 0x077f, 'Arab'], [0x08a0, 0x08ff, 'Arab'], [0xfb50, 0xfdff, 'Arab'], [0xfe70, 0xfeff, 'Arab'],
  [0x0700, 0x074f, 'Syrc'], [0x0780, 0x07bf, 'Thaa'],
  [0x0900, 0x097f, 'Deva'], [0x0980, 0x09ff, 'Beng'], [0x0a00, 0x0a7f, 'Guru'], [0x0a80, 0x0aff, 'Gujr'],
  [0x0b80, 0x0bff, 'Taml'], [0x0c00, 0x0c7f, 'Telu'], [0x0c80, 0x0cff, 'Knda'], [0x0d00, 0x0d7f, 'Mlym'],
  [0x0e00, 0x0e7f, 'Thai'], [0x0e80, 0x0eff, 'Laoo'], [0x0f00, 0x0fff, 'Tibt'], [0x1000, 0x109f, 'Mymr'],
  [0x1100, 0x11ff, 'Hang'], [0x3130, 0x318f, 'Hang'], [0xac00, 0xd7af, 'Hang'],
  [0x1200, 0x139f, 'Ethi'], [0x1780, 0x17ff, 'Khmr'], [0x1800, 0x18af, 'Mong'],
  [0x3040, 0x309f, 'Hira'], [0x30a0, 0x30ff, 'Kana'], [0x31f0, 0x31ff, 'Kana'],
  [0x3400, 0x4dbf, 'Hani'], [0x4e00, 0x9fff, 'Hani'], [0xf900, 0xfaff, 'Hani'], [0x20000, 0x3134f, 'Hani'],
];

const BY_CLASS: Record<number, ScriptCode> = { [LATIN]: 'Latn', [CYRILLIC]: 'Cyrl', [ARMENIAN]: 'Armn', [GEORGIAN]: 'Geor' };

/** ISO 15924 code of the character at `i` (`Zyyy` for common characters, `Zzzz` for unknown letters). */
export function scriptAt(text: string, i: number): ScriptCode {
  const cls = classOfAt(text, i);
  if (cls === NEUTRAL) return 'Zyyy';
  const known = BY_CLASS[cls];
  if (known) return known;
  const cp = text.codePointAt(i)!;
  for (const [lo, hi, script] of SCRIPT_RANGES) if (cp >= lo && cp <= hi) return script;
  return 'Zzzz';
}
