import { transliterate } from '../translit/transliterate.js';
import { normalizeNameUnchecked } from './normalizeName.js';

const ASCII = { ascii: true } as const;
const AZ = { from: 'az', ascii: true } as const;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Skeletons of the Turkic patronymic markers oğlu / oglu / ogly / оглы, qızı / kizi / кызы. */
const MARKERS = new Set(['oglu', 'ogli', 'ohlu', 'kizi', 'gizi']);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Spaces and the middle dots that separate the words of a name written in Chinese or Japanese. */
const WORD_BREAK = /[\s\u00b7\u30fb\u2027]+/;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi)$/;

/** Letter clusters and letters rewritten in the first pass, longest first at each position. */
const CLUSTERS: readonly [string, string][] = [
  ['tsch', 'ch'], ['dzh', 'j'], ['tch', 'ch'], ['sch', 'sh'],
  ['dj', 'j'], ['cz', 'ch'], ['sz', 'sh'], ['kh', 'h'], ['gh', 'g'], ['ph', 'f'], ['ts', 'c'], ['tz', 'c'], ['ck', 'k'],
  ['w', 'v'], ['x', 'ks'], ['q', 'k'], ['y', 'i'],
];
const BY_FIRST = new Map<string, [string, string][]>();
for (const c of CLUSTERS) {
  const list = BY_FIRST.get(c[0][0]!) ?? [];
  list.push(c);
  BY_FIRST.set(c[0][0]!, list);
}

/**
 * Folds one romanized token to a skeleton that spelling systems agree on: Sergey / Sergei /
 * Sergej / Serguei / Serghei → sergei, Ilkham / Ilham → ilham, Lawrow → lavrov,
 * Mnatsakanyan / Mnacakanyan / Mnatsakanian → mnacakanian, Aliyev / Aliev → aliev.
 * One pass over the token: clusters (dzh → j, kh → h, ts → c, w → v, y → i …), then j after a
 * vowel (not before i) → i, gu before e/i → g, ou → u, doubled letters once, ie → e.
 */
export function skeleton(token: string): string {
  let out = '';
  let last = '';
  const emit = (ch: string) => {
    if (ch === last) return; // doubled letters once
    if (ch === 'u' && last === 'o') {
      out = `${out.slice(0, -1)}u`;
      last = 'u';
      return;
    }
    if (ch === 'e' && last === 'i') {
      out = `${out.slice(0, -1)}e`;
      last = 'e';
      return;
    }
    out += ch;
    last = ch;
  };
  for (let i = 0; i < token.length; ) {
    const ch = token[i]!;
    let rewritten: string | undefined;
    for (const [from, to] of BY_FIRST.get(ch) ?? []) {
      if (token.startsWith(from, i)) {
        rewritten = to;
        i += from.length;
        break;
      }
    }
    if (rewritten === undefined) {
      i++;
      // j after a vowel is the y of Slavic and German spellings (Alijev, Mirzojan), but before i it
      // is the English-press j of Hajiyev (= Hadjiyev, Hacıyev).
      if (ch === 'j' && VOWELS.has(last) && token[i] !== 'i') rewritten = 'i';
      else if (ch === 'u' && last === 'g' && (token[i] === 'e' || token[i] === 'i')) continue;
      else rewritten = ch;
    }
    for (const c of rewritten) emit(c);
  }
  return out;
}

/**
 * A name as skeleton tokens, in order: normalized, romanized to ASCII by each script's
 * English practice (or, with `from`, by that language's), split on anything that is not a letter
 * or digit (apostrophes inside words are dropped first: Il’kham → ilkham), each token folded by
 * `skeleton`.
 */
export function keyTokens(text: string, from?: string): string[] {
  return tokensOf(normalizeNameUnchecked(text, from === 'az' || from === 'tr'), from);
}

/**
 * `keyTokens` of text that is already normalized (`normalizeName`). With a `memo`, each
 * space-separated word is romanized and folded once per memo (glossaries repeat given names,
 * family names and words like "district" thousands of times).
 */
export function tokensOf(normalized: string, from?: string, memo?: Map<string, readonly string[]>): string[] {
  // Russian writes ё as е more often than not (трехстороннее / трёхстороннее): keys agree on е.
  if (normalized.includes('ё')) normalized = normalized.replace(/ё/g, 'е');
  // Schwa anywhere makes the whole name Azerbaijani (and the key independent of word order).
  if (from === undefined && normalized.includes('ə')) from = 'az';
  if (!memo) return joinMarkers(rawTokens(normalized, from));
  const all: string[] = [];
  for (const word of normalized.split(' ')) {
    const key = from === undefined ? word : `${from}\u0000${word}`;
    let t = memo.get(key);
    if (!t) memo.set(key, (t = rawTokens(word, from)));
    all.push(...t);
  }
  return joinMarkers(all);
}

/** Skeleton tokens of romanized text, before patronymic markers are joined. */
function rawTokens(text: string, from?: string): string[] {
  // Chinese characters romanize syllable by syllable (梅德韦杰夫 → Mei De Wei Jie Fu): a word of
  // them is one token (meidevejefu), as a word of any other script is.
  if (!HAN.test(text)) return romanTokens(text, from);
  const out: string[] = [];
  for (const word of text.split(WORD_BREAK)) {
    const t = romanTokens(word, from);
    if (!HAN.test(word)) out.push(...t);
    else if (t.length > 0) out.push(skeleton(t.join('')));
  }
  return out;
}

/** Skeleton tokens of text romanized as it is. */
function romanTokens(text: string, from?: string): string[] {
  const options = from === undefined ? ASCII : from === 'az' ? AZ : { from, ascii: true };
  const ascii = transliterate(text, options).toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  let word = '';
  // Split on anything but [a-z0-9]; apostrophes join (Il'kham → ilkham).
  for (let i = 0; i <= ascii.length; i++) {
    const c = i < ascii.length ? ascii.charCodeAt(i) : 0x20;
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (alnum) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) word += ascii.slice(start, i);
    start = -1;
    if (c === 0x27 && word !== '') {
      // French and Italian elided articles are words of their own: d'Arménie, l'Azerbaïdjan.
      if (word === 'd' || word === 'l') word = '';
      continue;
    }
    if (word !== '') {
      // Roman numerals stay as written (Karekin I ≠ Karekin II; the skeleton would fold ii to i).
      const t = ROMAN.test(word) ? word : skeleton(word);
      if (t !== '') tokens.push(t);
      word = '';
    }
  }
  return tokens;
}

/**
 * A Turkic patronymic marker joins the father's name (Heydar oglu → heidaroglu), so that
 * "Ilham Heydar oglu" and "Heydar Ilham oglu" (father and son) keep different keys.
 */
export function joinMarkers(tokens: string[]): string[] {
  if (!tokens.some((t) => MARKERS.has(t))) return tokens;
  const out: string[] = [];
  for (const t of tokens) {
    if (MARKERS.has(t) && out.length > 0) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}
