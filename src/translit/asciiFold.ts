import { latinFold } from '../normalize/latinFold.js';
import { fallback } from './fallback.js';

/** Non-ASCII punctuation, spaces and format characters with a fixed ASCII form (letters: `latinFold`). */
const FIXED: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u02bb': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2039': "'", '\u203a': "'", '\u02b9': '', '\u02ba': '', '\u00b7': '',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '*', '\u00d7': 'x', '\u00f7': '/', '\u00a9': '(c)', '\u00ae': '(R)', '\u2116': 'No',
  '\u00a0': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
  '\u200e': '', '\u200f': '', '\u202a': '', '\u202b': '', '\u202c': '', '\u202d': '', '\u202e': '',
  '\u2066': '', '\u2067': '', '\u2068': '', '\u2069': '', '\u061c': '',
};

let table: Map<number, string> | undefined;

function buildTable(): Map<number, string> {
  const t = new Map<number, string>();
  for (let c = 0x2000; c <= 0x200a; c++) t.set(c, ' ');
  for (const [ch, out] of Object.entries(FIXED)) t.set(ch.charCodeAt(0), out);
  return t;
}

/** The ASCII form of one non-ASCII character, when it has a fixed one. */
function fixedForm(code: number): string | undefined {
  table ??= buildTable();
  return table.get(code) ?? latinFold(code);
}

function isDroppable(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) || // combining marks left after NFD
    (code >= 0x80 && code <= 0x9f) || // C1 controls
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

/**
 * Folds text to plain ASCII (U+0000–U+007F): Latin diacritics stripped, typographic punctuation
 * and spaces to their ASCII forms, invisible format characters dropped, anything else romanized by
 * the fallback and dropped if it still is not ASCII.
 */
export function asciiFold(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) < 0x80) i++;
  if (i === n) return text;
  let out = text.slice(0, i);
  let copyFrom = i;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    out += text.slice(copyFrom, i);
    const fixed = fixedForm(code);
    if (fixed !== undefined) {
      out += fixed;
      copyFrom = ++i;
      continue;
    }
    if (isDroppable(code)) {
      copyFrom = ++i;
      continue;
    }
    // A run of other non-ASCII characters: romanize it, keep what is ASCII.
    let end = i + 1;
    while (end < n && text.charCodeAt(end) >= 0x80 && fixedForm(text.charCodeAt(end)) === undefined && !isDroppable(text.charCodeAt(end))) end++;
    out += onlyAscii(fallback(text.slice(i, end)));
    copyFrom = i = end;
  }
  return out + text.slice(copyFrom);
}

function onlyAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x80) out += s[i];
  return out;
}
