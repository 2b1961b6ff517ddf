import type { SchemeData } from '../types.js';

/** One rule output in the three casings the engine needs, precomputed. */
export interface CasedOutput {
  readonly lower: string;
  readonly title: string;
  readonly upper: string;
}

/** A trie node over lowercase source code units; each tier keeps its own outputs. */
export interface TrieNode {
  children: Map<number, TrieNode> | undefined;
  letter: CasedOutput | undefined;
  ending: CasedOutput | undefined;
  /** [index into CompiledScheme.afterSets, output] in data order. */
  after: [number, CasedOutput][] | undefined;
  /** [index into CompiledScheme.beforeSets, output] in data order. */
  before: [number, CasedOutput][] | undefined;
}

/** A context set: source code units, plus whether a word boundary counts. */
export interface ContextSet {
  readonly codes: ReadonlySet<number>;
  readonly boundary: boolean;
}

/**
 * A scheme compiled for the engine in `applyScheme`. Per-character tables are typed arrays over
 * the code range of the scheme's alphabet (`base` … `base + lower.length - 1`): the hot loop does
 * no hashing.
 */
export interface CompiledScheme {
  readonly id: string;
  readonly root: Map<number, TrieNode>;
  /** Lowest code unit of the alphabet (both cases). */
  readonly base: number;
  /** `lower[code - base]`: the lowercase code of a word character, or -1 for any other character. */
  readonly lower: Int32Array;
  /** `hasCase[code - base]`: 1 for word characters whose upper and lower case differ. */
  readonly hasCase: Uint8Array;
  /** `joiner[code - base]`: 1 for word characters that are not letters (apostrophes): never first or last in a word. */
  readonly joiner: Uint8Array;
  /** `simple[lowercase - base]`: the output of a character that has only a plain letter rule. */
  readonly simple: readonly (CasedOutput | undefined)[];
  /** `trie[lowercase - base]`: the trie node of a character that has context rules or longer keys. */
  readonly trie: readonly (TrieNode | undefined)[];
  readonly afterSets: readonly ContextSet[];
  readonly beforeSets: readonly ContextSet[];
  readonly words: ReadonlyMap<string, CasedOutput> | undefined;
  readonly caseless: boolean;
  readonly then: string | undefined;
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** Romanization marks that English practice drops: primes, apostrophes, middle dot. */
const MARKS = /[\u02b9\u02ba\u2019\u201d\u00b7\u02bc\u02bb]/g;

/** Strips diacritics and romanization marks from a rule output (for ASCII variants of a scheme). */
function asciiOutput(s: string): string {
  return s
    .replace(MARKS, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'a')
    .replace(/Ə/g, 'A')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

function titleCase(s: string, upper: (x: string) => string): string {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const up = upper(ch);
    if (up !== ch) return s.slice(0, i) + up + s.slice(i + 1);
  }
  return s;
}

/**
 * Compiles scheme data into a trie keyed by lowercase code units.
 * With `ascii`, every output is folded to ASCII (the scheme's "plain" variant).
 */
export function compileScheme(data: SchemeData, ascii: boolean): CompiledScheme {
  const locale = data.locale;
  const outLocale = data.ascii || ascii ? undefined : locale;
  const upper = (s: string) => (outLocale ? s.toLocaleUpperCase(outLocale) : s.toUpperCase());
  const cased = (raw: string): CasedOutput => {
    const lower = ascii ? asciiOutput(raw) : raw;
    return { lower, title: titleCase(lower, upper), upper: upper(lower) };
  };

  const root = new Map<number, TrieNode>();
  const alphabet = new Set<string>();
  const nodeFor = (key: string): TrieNode => {
    let map = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < key.length; i++) {
      alphabet.add(key[i]!);
      const code = key.charCodeAt(i);
      node = map.get(code);
      if (!node) {
        node = { children: undefined, letter: undefined, ending: undefined, after: undefined, before: undefined };
        map.set(code, node);
      }
      if (i < key.length - 1) map = node.children ??= new Map();
    }
    return node!;
  };

  for (const [key, out] of Object.entries(data.letters)) nodeFor(key).letter = cased(out);
  for (const [key, out] of Object.entries(data.endings ?? {})) nodeFor(key).ending = cased(out);
  const contextSet = (chars: string, boundaryChar: string): ContextSet => {
    const codes = new Set<number>();
    let boundary = false;
    for (const ch of chars) {
      if (ch === boundaryChar) boundary = true;
      else codes.add(ch.charCodeAt(0));
    }
    return { codes, boundary };
  };
  const afterSets = (data.after ?? []).map((group, g) => {
    for (const [key, out] of Object.entries(group.map)) (nodeFor(key).after ??= []).push([g, cased(out)]);
    return contextSet(group.prev, '^');
  });
  const beforeSets = (data.before ?? []).map((group, g) => {
    for (const [key, out] of Object.entries(group.map)) (nodeFor(key).before ??= []).push([g, cased(out)]);
    return contextSet(group.next, '$');
  });
  let words: Map<string, CasedOutput> | undefined;
  if (data.words) {
    words = new Map();
    for (const [word, out] of Object.entries(data.words)) {
      for (const ch of word) alphabet.add(ch);
      words.set(word, cased(out));
    }
  }
  for (const ch of data.wordChars ?? '') alphabet.add(ch);

  // Word characters: every character of a rule key, in both cases (Turkic rules where the scheme says so).
  const pairs: [number, number][] = [];
  for (const ch of alphabet) {
    const code = ch.charCodeAt(0);
    pairs.push([code, code]);
    const up = locale ? ch.toLocaleUpperCase(locale) : ch.toUpperCase();
    if (up.length === 1 && up !== ch) pairs.push([up.charCodeAt(0), code]);
  }
  const base = Math.min(...pairs.map(([c]) => c));
  const size = Math.max(...pairs.map(([c]) => c)) - base + 1;
  const lower = new Int32Array(size).fill(-1);
  const hasCase = new Uint8Array(size);
  const joiner = new Uint8Array(size);
  for (const [code, low] of pairs) {
    lower[code - base] = low;
    const ch = String.fromCharCode(code);
    if (!LETTER.test(ch)) joiner[code - base] = 1;
    // A lowercase letter whose capital is two letters (Armenian և → ԵՒ) still marks lowercase context.
    if (code !== low || ch.toUpperCase() !== ch) hasCase[code - base] = hasCase[low - base] = 1;
  }
  const simple: (CasedOutput | undefined)[] = new Array<CasedOutput | undefined>(size).fill(undefined);
  const trie: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(size).fill(undefined);
  for (const [code, node] of root) {
    const plain = !node.children && !node.after && !node.before && !node.ending;
    if (plain) simple[code - base] = node.letter;
    else trie[code - base] = node;
  }

  return {
    id: data.id,
    root,
    base,
    lower,
    hasCase,
    joiner,
    simple,
    trie,
    afterSets,
    beforeSets,
    words,
    caseless: data.caseless === true,
    then: data.then,
  };
}
