// The measure: standard forms and English-practice ASCII of 42 domain names in the five
// languages (+ Turkish). Standard = BGN/PCGN or the national system; English = press practice.
import { describe, expect, test } from 'vitest';
import { transliterate } from '../../src/index.js';
import { fixtureLines } from '../helpers.js';

const rows = fixtureLines('names-42.tsv').slice(1).map((l) => l.split('\t') as [string, string, string, string]);

describe('42 domain names', () => {
  test('the list has 42 names', () => expect(rows).toHaveLength(42));
  test.each(rows)('%s %s: standard %s, English %s', (from, native, standard, english) => {
    expect(transliterate(native, { from })).toBe(standard);
    expect(transliterate(native, { from, ascii: true })).toBe(english);
  });
});
