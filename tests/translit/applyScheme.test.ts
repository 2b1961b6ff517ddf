// The optimised engine (typed tables, trie, fast path) checked against a slow, obvious
// implementation of the tier rules in data/schemes/README.md, on random strings of each scheme's letters.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SCHEMES } from '../../src/generated/schemes.js';
import { applyScheme } from '../../src/translit/applyScheme.js';
import { compileScheme } from '../../src/translit/compileScheme.js';
import type { SchemeData } from '../../src/types.js';

function reference(s: SchemeData, text: string): string {
  const loc = s.locale;
  const lower = (x: string) => (loc ? x.toLocaleLowerCase(loc) : x.toLowerCase());
  const upper = (x: string) => (loc ? x.toLocaleUpperCase(loc) : x.toUpperCase());
  const outUpper = (x: string) => (loc && !s.ascii ? x.toLocaleUpperCase(loc) : x.toUpperCase());
  const keys = [
    ...Object.keys(s.letters), ...Object.keys(s.endings ?? {}), ...Object.keys(s.words ?? {}),
    ...(s.after ?? []).flatMap((g) => Object.keys(g.map)), ...(s.before ?? []).flatMap((g) => Object.keys(g.map)),
  ];
  const alphabet = new Set([...keys.join(''), ...(s.wordChars ?? '')]);
  const isWordChar = (ch: string) => alphabet.has(ch) || (alphabet.has(lower(ch)) && upper(lower(ch)) === ch);
  const isLetter = (ch: string) => /[\p{L}\p{M}]/u.test(ch);
  const hasCase = (ch: string) => upper(ch) !== ch || lower(ch) !== ch;
  const isUpper = (ch: string) => lower(ch) !== ch;
  const title = (x: string) => {
    for (let i = 0; i < x.length; i++) {
      if (outUpper(x[i]!) !== x[i]) return x.slice(0, i) + outUpper(x[i]!) + x.slice(i + 1);
      if (x[i]!.toLowerCase() !== x[i]) return x;
    }
    return x;
  };
  const maxLen = Math.max(...keys.map((k) => k.length));
  const caseOf = (word: string, j: number, out: string) => {
    if (!isUpper(word[j]!)) return out;
    for (let k = j + 1; k < word.length; k++) if (hasCase(word[k]!)) return isUpper(word[k]!) ? outUpper(out) : title(out);
    for (let k = j - 1; k >= 0; k--) if (hasCase(word[k]!)) return isUpper(word[k]!) ? outUpper(out) : title(out);
    return title(out);
  };
  const romanize = (word: string): string => {
    const whole = s.words?.[lower(word)];
    if (whole !== undefined && Object.hasOwn(s.words!, lower(word))) return caseOf(word, 0, whole);
    let out = '';
    for (let j = 0; j < word.length; ) {
      let done = false;
      for (let len = Math.min(maxLen, word.length - j); len > 0 && !done; len--) {
        const seq = lower(word.slice(j, j + len));
        const prev = j > 0 ? lower(word[j - 1]!) : '^';
        const next = j + len < word.length ? lower(word[j + len]!) : '$';
        const own = (m: Readonly<Record<string, string>> | undefined) => (m && Object.hasOwn(m, seq) ? m[seq] : undefined);
        let hit = j + len === word.length && j > 0 ? own(s.endings) : undefined;
        hit ??= (s.after ?? []).filter((g) => g.prev.includes(prev)).map((g) => own(g.map)).find((x) => x !== undefined);
        hit ??= (s.before ?? []).filter((g) => g.next.includes(next)).map((g) => own(g.map)).find((x) => x !== undefined);
        hit ??= own(s.letters);
        if (hit !== undefined) {
          out += caseOf(word, j, hit);
          j += len;
          done = true;
        }
      }
      if (!done) out += word[j++];
    }
    return s.caseless && out ? title(out) : out;
  };
  let result = '';
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text[i]!)) {
      result += text[i++];
      continue;
    }
    let end = i;
    while (end < text.length && isWordChar(text[end]!)) end++;
    let a = i;
    let b = end;
    while (a < b && !isLetter(text[a]!)) a++;
    while (b > a && !isLetter(text[b - 1]!)) b--;
    result += text.slice(i, a) + (a < b ? romanize(text.slice(a, b)) : '') + text.slice(b, end);
    i = end;
  }
  return result;
}

describe.each(SCHEMES.map((s) => [s.id, s] as const))('%s: engine = reference', (_id, scheme) => {
  const letters = [...new Set([...Object.keys(scheme.letters).join(''), ...(scheme.wordChars ?? '')])];
  const up = (ch: string) => (scheme.locale ? ch.toLocaleUpperCase(scheme.locale) : ch.toUpperCase());
  const chars = [...letters, ...letters.map(up).filter((c) => c.length === 1), ' ', '-', 'x', '.'];
  const compiled = compileScheme(scheme, false);
  test.prop([fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join(''))], { numRuns: 150 })('random words', (text) => {
    expect(applyScheme(compiled, text)).toBe(reference(scheme, text));
  });
});
