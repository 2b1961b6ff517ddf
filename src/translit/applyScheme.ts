import type { CasedOutput, CompiledScheme, TrieNode } from './compileScheme.js';

const NONE = -1;

/**
 * Runs one compiled scheme over `text`: words (maximal runs of the scheme's characters) are
 * romanized rule by rule, everything else is copied unchanged. Linear in the input: each position
 * walks the trie at most `maxKey` steps.
 */
export function applyScheme(scheme: CompiledScheme, text: string): string {
  const lowerOf = scheme.lowerOf;
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    if (!lowerOf.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && lowerOf.has(text.charCodeAt(end))) end++;
    if (copyFrom < i) out += text.slice(copyFrom, i);
    out += romanizeWord(scheme, text, i, end);
    copyFrom = i = end;
  }
  return copyFrom === 0 ? (out === '' ? text : out) : copyFrom < n ? out + text.slice(copyFrom) : out;
}

/** The path of trie nodes matched from `start`, reused between calls (the engine is synchronous). */
const path: TrieNode[] = [];

function romanizeWord(scheme: CompiledScheme, text: string, start: number, end: number): string {
  const lowerOf = scheme.lowerOf;
  if (scheme.words) {
    let lowered = '';
    for (let k = start; k < end; k++) lowered += String.fromCharCode(lowerOf.get(text.charCodeAt(k))!);
    const whole = scheme.words.get(lowered);
    if (whole) return cased(scheme, text, start, end, end, whole);
  }
  let word = '';
  let j = start;
  while (j < end) {
    // Collect the trie path from j (longest key first below).
    let depth = 0;
    let map: Map<number, TrieNode> | undefined = scheme.root;
    while (map && j + depth < end) {
      const node: TrieNode | undefined = map.get(lowerOf.get(text.charCodeAt(j + depth))!);
      if (!node) break;
      path[depth++] = node;
      map = node.children;
    }
    let hit: CasedOutput | undefined;
    let len = depth;
    for (; len > 0 && !hit; len--) {
      const node = path[len - 1]!;
      const matchEnd = j + len;
      if (node.ending && matchEnd === end && j > start) hit = node.ending;
      if (!hit && node.after) hit = afterHit(scheme, node.after, j > start ? lowerOf.get(text.charCodeAt(j - 1))! : NONE);
      if (!hit && node.before) hit = beforeHit(scheme, node.before, matchEnd < end ? lowerOf.get(text.charCodeAt(matchEnd))! : NONE);
      if (!hit) hit = node.letter;
    }
    if (hit) {
      len++; // undo the loop's final decrement
      word += cased(scheme, text, j, j + len, end, hit, start);
      j += len;
    } else {
      // A word character without a rule of its own (an apostrophe in wordChars): keep it.
      word += text[j];
      j++;
    }
  }
  if (scheme.caseless && word !== '') word = capitalize(word);
  return word;
}

function afterHit(scheme: CompiledScheme, rules: [number, CasedOutput][], prev: number): CasedOutput | undefined {
  for (const [g, out] of rules) {
    const set = scheme.afterSets[g]!;
    if (prev === NONE ? set.boundary : set.codes.has(prev)) return out;
  }
  return undefined;
}

function beforeHit(scheme: CompiledScheme, rules: [number, CasedOutput][], next: number): CasedOutput | undefined {
  for (const [g, out] of rules) {
    const set = scheme.beforeSets[g]!;
    if (next === NONE ? set.boundary : set.codes.has(next)) return out;
  }
  return undefined;
}

/**
 * Picks the casing of one rule output from its source: lowercase → lower; an uppercase first
 * letter followed (or, at the end of the word, preceded) by another uppercase letter → UPPER
 * (ЖУКОВ → ZHUKOV); otherwise Title (Щукин → Shchukin).
 */
function cased(scheme: CompiledScheme, text: string, from: number, to: number, wordEnd: number, out: CasedOutput, wordStart = from): string {
  const code = text.charCodeAt(from);
  if (scheme.lowerOf.get(code) === code) return out.lower;
  const { cased: hasCase, lowerOf } = scheme;
  for (let k = to; k < wordEnd; k++) {
    const c = text.charCodeAt(k);
    if (hasCase.has(c)) return lowerOf.get(c) === c ? out.title : out.upper;
  }
  for (let k = from - 1; k >= wordStart; k--) {
    const c = text.charCodeAt(k);
    if (hasCase.has(c)) return lowerOf.get(c) === c ? out.title : out.upper;
  }
  return out.title;
}

function capitalize(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const up = ch.toUpperCase();
    if (up !== ch) return up.length === 1 ? word.slice(0, i) + up + word.slice(i + 1) : word;
    if (ch.toLowerCase() !== ch) return word; // already capital
  }
  return word;
}
