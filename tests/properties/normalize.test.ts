import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { nameKey, normalizeName } from '../../src/index.js';

const letters = [...'aAzZßẞİIıiÇçŞşƏəĞğÖöÜü', ...'СергейЛАВРОВЁё', ...'ԵրևանԱԲ', ...'თბილისიᲗᲑ', ...'ΑλέξηςΣς', 'ﬁ', 'Ｌ', '\u0301', '\u0306', ' ', '-', '’', '\u200b', '\u00a0'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('normalizeName properties', () => {
  test.prop([text], { numRuns: 1000 })('idempotent', (s) => {
    const once = normalizeName(s);
    expect(normalizeName(once)).toBe(once);
  });

  test.prop([text], { numRuns: 1000 })('the same for every Unicode normalization form', (s) => {
    const n = normalizeName(s);
    for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD'] as const) expect(normalizeName(s.normalize(form))).toBe(n);
  });

  test.prop([text], { numRuns: 1000 })('case-invariant (outside the Turkic İ/ı, which has its own rules)', (s) => {
    fc.pre(!/[İıIi]/.test(s));
    expect(normalizeName(s.toUpperCase())).toBe(normalizeName(s));
    expect(normalizeName(s.toLowerCase())).toBe(normalizeName(s));
  });

  test.prop([text], { numRuns: 500 })('nameKey is order-free', (s) => {
    const words = s.split(' ');
    expect(nameKey([...words].reverse().join(' '))).toBe(nameKey(s));
  });
});
