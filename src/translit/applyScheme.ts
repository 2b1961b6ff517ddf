import type { CasedOutput, CompiledScheme, TrieNode } from './compileScheme.js';

const NONE = -1;

/**
 * Set by `applyScheme` when it copied a non-ASCII letter-range character it has no rule for, so
 * that the caller only looks for letters to hand to the fallback when there can be some.
 */
export const unmapped = { seen: false };

/**
 * Runs one compiled scheme over `text`: words (maximal runs of the scheme's characters) are
 * romanized rule by rule, everything else is copied unchanged. Linear in the input: each position
 * walks the trie at most as deep as the longest rule key.
 */
export function applyScheme(scheme: CompiledScheme, text: string): string {
  const { lower, base, joiner } = scheme;
  const size = lower.length;
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let k = code - base;
    if (k < 0 || k >= size || lower[k]! < 0) {
      if (code >= 0x370 && code < 0x2000) unmapped.seen = true;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && (k = text.charCodeAt(end) - base) >= 0 && k < size && lower[k]! >= 0) end++;
    // Apostrophes and other joiners belong to a word only between letters ('Юрій' → 'Yurii').
    while (i < end && joiner[text.charCodeAt(i) - base]) i++;
    let last = end;
    while (last > i && joiner[text.charCodeAt(last - 1) - base]) last--;
    if (i === last) {
      i = end;
      continue;
    }
    if (copyFrom < i) out += text.slice(copyFrom, i);
    out += romanizeWord(scheme, text, i, last);
    copyFrom = i = last;
  }
  if (copyFrom === 0) return text;
  return copyFrom < n ? out + text.slice(copyFrom) : out;
}

/** The path of trie nodes matched from one position, reused between calls (the engine is synchronous). */
const path: TrieNode[] = [];

function romanizeWord(scheme: CompiledScheme, text: string, start: number, end: number): string {
  const { lower, base, simple, trie } = scheme;
  if (scheme.words) {
    let lowered = '';
    for (let k = start; k < end; k++) lowered += String.fromCharCode(lower[text.charCodeAt(k) - base]!);
    const whole = scheme.words.get(lowered);
    if (whole) return cased(scheme, text, start, end, whole, start);
  }
  let word = '';
  let j = start;
  while (j < end) {
    const code = text.charCodeAt(j);
    const low = lower[code - base]!;
    const plain = simple[low - base];
    if (plain) {
      // The common case: a letter with one context-free output.
      word += low === code ? plain.lower : cased(scheme, text, j, end, plain, start);
      j++;
      continue;
    }
    let hit: CasedOutput | undefined;
    let len = 0;
    const first = trie[low - base];
    if (first) {
      // Collect the trie path from j, then try the longest key first.
      let depth = 0;
      let node: TrieNode | undefined = first;
      while (node) {
        path[depth++] = node;
        if (!node.children || j + depth >= end) break;
        node = node.children.get(lower[text.charCodeAt(j + depth) - base]!);
      }
      for (len = depth; len > 0; len--) {
        const at = path[len - 1]!;
        const matchEnd = j + len;
        if (at.ending && matchEnd === end && j > start) hit = at.ending;
        if (!hit && at.after) hit = afterHit(scheme, at.after, j > start ? lower[text.charCodeAt(j - 1) - base]! : NONE);
        if (!hit && at.before) hit = beforeHit(scheme, at.before, matchEnd < end ? lower[text.charCodeAt(matchEnd) - base]! : NONE);
        if (!hit) hit = at.letter;
        if (hit) break;
      }
    }
    if (hit) {
      word += low === code ? hit.lower : cased(scheme, text, j, end, hit, start);
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
function cased(scheme: CompiledScheme, text: string, from: number, wordEnd: number, out: CasedOutput, wordStart: number): string {
  const { lower, base, hasCase } = scheme;
  const code = text.charCodeAt(from);
  if (lower[code - base] === code) return out.lower;
  // The next cased letter, inside the matched sequence first (ՈՒ in ՈՒԵ), decides Title or UPPER.
  for (let k = from + 1; k < wordEnd; k++) {
    const c = text.charCodeAt(k);
    if (hasCase[c - base]) return lower[c - base] === c ? out.title : out.upper;
  }
  for (let k = from - 1; k >= wordStart; k--) {
    const c = text.charCodeAt(k);
    if (hasCase[c - base]) return lower[c - base] === c ? out.title : out.upper;
  }
  return out.title;
}

function capitalize(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const up = ch.toUpperCase();
    if (up !== ch) return word.slice(0, i) + up + word.slice(i + 1);
    if (ch.toLowerCase() !== ch) return word; // already capital
  }
  return word;
}
