import { InvalidArgumentError } from '../errors.js';
import { describe, readOptions } from '../translit/readOptions.js';
import { nfcSafe } from './nfcSafe.js';

/** Options of {@link normalizeName}. */
export interface NormalizeNameOptions {
  /**
   * BCP 47 tag of the text's language. `az`, `tr` (and other Turkic tags: `tk`, `kk`, `crh`, `ba`, `tt`,
   * `gag`) fold dotless I to ı; every other language folds I to i. İ always folds to i.
   * @default undefined
   */
  readonly locale?: string;
}

const TURKIC = new Set(['az', 'tr', 'tk', 'kk', 'crh', 'ba', 'tt', 'gag']);

/**
 * Characters rewritten after case folding: apostrophes, dashes and quotes unified, invisible
 * format characters removed, spaces unified; case-folding specials that lowercase misses.
 */
const UNIFY = new Map<number, string>();
for (const ch of '\u2018\u2019\u201a\u201b\u02bc\u02bb\u02b9\u0060\u00b4\u2032\u055a\u05f3\uff07') UNIFY.set(ch.charCodeAt(0), "'");
for (const ch of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u058a\u05be\ufe58\ufe63\uff0d') UNIFY.set(ch.charCodeAt(0), '-');
for (const ch of '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u02ba\uff02') UNIFY.set(ch.charCodeAt(0), '"');
for (const ch of '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c\u180e') UNIFY.set(ch.charCodeAt(0), '');
for (const [from, to] of [['ß', 'ss'], ['ς', 'σ'], ['ſ', 's'], ['ϐ', 'β'], ['ϑ', 'θ'], ['ϕ', 'φ'], ['ϖ', 'π'], ['ϰ', 'κ'], ['ϱ', 'ρ'], ['ϵ', 'ε'], ['ẛ', 'ṡ']] as const) {
  UNIFY.set(from.charCodeAt(0), to);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 ||
    code < 0x20 || (code >= 0x7f && code < 0xa0) // other C0/C1 controls separate words too
  );
}

/**
 * The form names are compared in: NFKC, Turkic-aware case folding, NFKC again; apostrophes,
 * hyphens, dashes and quotes unified (’ ʼ ‘ → ', – — → -, “ ” « » → "); invisible format and bidi
 * characters removed; whitespace and control characters collapsed to single spaces and trimmed.
 * Runs of combining marks are capped at 30 first, so it is linear on any input. Letters keep
 * their diacritics (use `foldDiacritics` to drop them).
 *
 * @example
 * normalizeName('  Heydər  ƏLİYEV ')   // 'heydər əliyev'
 * normalizeName('IĞDIR', { locale: 'tr' }) // 'ığdır'
 */
export function normalizeName(text: string, options?: NormalizeNameOptions): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`normalizeName: text must be a string; got ${describe(text)}`);
  const { locale } = readOptions('normalizeName', options, ['locale']);
  if (locale !== undefined && typeof locale !== 'string') {
    throw new InvalidArgumentError(`normalizeName: options.locale must be a BCP 47 language tag such as "az" or "ru"; got ${describe(locale)}`);
  }
  const turkic = locale !== undefined && TURKIC.has(locale.toLowerCase().split(/[-_]/)[0]!);
  return normalizeNameUnchecked(text, turkic);
}

/** `normalizeName` without argument checks, for internal hot paths. */
export function normalizeNameUnchecked(text: string, turkic = false): string {
  // Printable ASCII needs no Unicode normalization (the common case for romanized names).
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const c = text.charCodeAt(i);
    ascii = c >= 0x20 && c < 0x7f;
  }
  let s = ascii ? text : nfcSafe(text, 'NFKC');
  // İ (and I + combining dot) fold to i in every language; dotless I to ı only in Turkic ones.
  if (s.includes('İ') || s.includes('I\u0307')) s = s.replace(/I\u0307/g, 'i').replace(/İ/g, 'i');
  if (turkic && s.includes('I')) s = s.replace(/I/g, 'ı');
  // Case folding: lowercase of uppercase folds what lowercase alone leaves apart (ᾳ and αι, ŉ and
  // ʼn, Cherokee small letters); Turkic locales keep ı and i apart.
  if (ascii) s = s.toLowerCase();
  else if (turkic) s = s.toLocaleUpperCase('tr').toLocaleLowerCase('tr').normalize('NFKC');
  else s = s.toUpperCase().toLowerCase().normalize('NFKC');
  // One pass: plain runs are copied as slices; spaces collapse; unified characters are rewritten.
  let out = '';
  let copyFrom = 0;
  let pendingSpace = false;
  let joined = false;
  const emit = (piece: string) => {
    if (piece === '') return;
    if (pendingSpace && out !== '') out += ' ';
    out += piece;
    pendingSpace = false;
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const space = isSpace(code);
    const unified = space ? undefined : UNIFY.get(code);
    if (!space && unified === undefined) continue;
    emit(s.slice(copyFrom, i));
    copyFrom = i + 1;
    if (space) pendingSpace = true;
    else {
      joined = true;
      emit(unified!);
    }
  }
  emit(s.slice(copyFrom));
  // Removing an invisible character can bring a letter and a mark together (a, ZWSP, U+0306), and
  // ß → ss can put a mark after an s: compose once more, marks capped again, so that
  // normalizing twice changes nothing.
  if (joined && !ascii) out = nfcSafe(out, 'NFKC');
  return out;
}
