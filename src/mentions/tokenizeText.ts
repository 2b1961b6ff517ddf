import { GEORGIAN, LATIN, NEUTRAL, OTHER, classOf, classOfAt, type CharClass } from '../translit/scriptOf.js';

/** A word of running text with its UTF-16 offsets (`text.slice(start, end)` is the word). */
export interface TextToken {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly word: string;
  /** Script class of its first letter (LATIN, CYRILLIC, ARMENIAN, GEORGIAN, OTHER). */
  readonly script: CharClass;
  /** First letter is a capital, or the script has no case (Georgian, Arabic …): it may start a name. */
  readonly capital: boolean;
  /** Something other than spaces or one hyphen stands between this word and the previous one. */
  readonly breakBefore: boolean;
  /** A hyphen joins this word to the previous one (Saint-Michel): a name does not start here. */
  readonly hyphenBefore: boolean;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2bb]);
/** Inside a word also the ‘ and ` that Uzbek Latin writes for ʻ (Qorabog‘, O‘zbekiston). */
const INNER_APOSTROPHES = new Set([...APOSTROPHES, 0x2018, 0x60]);
const ELISION = /^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all)['’]/;

function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Splits text into words in one pass: letters of any script and digits, combining marks kept
 * with their letter (a word never ends inside a grapheme cluster), apostrophes inside a word kept
 * (Aliyev'in, Знам’янка). Between two words, spaces and a single hyphen keep a name together
 * (Nagorno-Karabakh, Sergey Lavrov); any other punctuation breaks it.
 */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  const n = text.length;
  let i = 0;
  let gapBreaks = false;
  let hyphens = 0;
  let spaced = false;
  while (i < n) {
    const cls = classOfAt(text, i);
    const code = text.charCodeAt(i);
    if (cls === NEUTRAL && !isDigit(code)) {
      // Separator: spaces and one hyphen are "joinable", anything else breaks a name.
      if (code === 0x2d || code === 0x2010 || code === 0x2011) hyphens++;
      else if (APOSTROPHES.has(code)) spaced = true; // Martyrs’ Alley: a possessive apostrophe keeps a name together
      else if (code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x202f) spaced = true;
      else gapBreaks = true;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }
    const start = i;
    const script: CharClass = cls === NEUTRAL ? LATIN : cls;
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      const k = classOfAt(text, end);
      // A word stays in one script: "Lavrov؀" is "Lavrov" and an Arabic sign.
      if ((k !== NEUTRAL && (k === script || cls === NEUTRAL)) || isDigit(c)) {
        end += c >= 0xd800 && c <= 0xdbff && end + 1 < n ? 2 : 1;
        continue;
      }
      if (isMark(c)) {
        end++;
        continue;
      }
      // An apostrophe between two letters stays inside the word.
      if (INNER_APOSTROPHES.has(c) && end + 1 < n && classOf(text.charCodeAt(end + 1)) !== NEUTRAL && end > start) {
        end++;
        continue;
      }
      break;
    }
    let word = text.slice(start, end);
    // French and Italian elision: l'Azerbaïdjan, d'Arménie, dell'Armenia — the name starts after it.
    const elided = ELISION.exec(word);
    let from = start;
    if (elided && elided[0].length < word.length) {
      from = start + elided[0].length;
      word = word.slice(elided[0].length);
    }
    const first = word[0]!;
    const capital = script === GEORGIAN || script === OTHER || first !== first.toLowerCase();
    tokens.push({ start: from, end, word, script, capital, breakBefore: tokens.length === 0 || gapBreaks || hyphens > 1, hyphenBefore: hyphens === 1 && !gapBreaks && !spaced });
    gapBreaks = false;
    hyphens = 0;
    spaced = false;
    i = end;
  }
  return tokens;
}
