// Differential tests against ICU 72 (uconv), recorded in tests/fixtures/icu (see its README).
// Lines where ICU is known to be wrong are listed in icu-disagreements.tsv with the standard's
// form and the reason; there the standard's form is expected instead of ICU's.
import { describe, expect, test } from 'vitest';
import { transliterate } from '../../src/index.js';
import { fixtureLines, schemeFiles } from '../helpers.js';

const FIXTURES: [fixture: string, scheme: string, options: { caseInsensitive?: boolean }][] = [
  ['ru.tsv', 'ru-bgn-pcgn', {}],
  ['uk.tsv', 'uk-national', {}],
  ['hy.tsv', 'hy-bgn-pcgn', {}],
  // Georgian is caseless: ICU writes lowercase, the national system capitalises names.
  ['ka.tsv', 'ka-national', { caseInsensitive: true }],
  ['ka-1981.tsv', 'ka-bgn-1981', { caseInsensitive: true }],
  ['az-Cyrl.tsv', 'az-cyrl-latn', {}],
];
const ours = new Set(schemeFiles().map((s) => s.id));

/** ICU writes the soft and hard signs as modifier primes; BGN/PCGN documents (and onomast) use ’ and ”. */
const unifyMarks = (s: string) => s.replace(/\u02b9/g, '’').replace(/\u02ba/g, '”');

const corrections = new Map<string, { expected: string; reason: string }>();
for (const line of fixtureLines('icu', 'icu-disagreements.tsv').slice(1)) {
  const [fixture, , source, , expected, , reason] = line.split('\t') as string[];
  corrections.set(`${fixture}\t${source}`, { expected: expected!, reason: reason! });
}

describe.each(FIXTURES.filter(([, id]) => ours.has(id)))('%s vs %s', (fixture, scheme, { caseInsensitive }) => {
  const rows = fixtureLines('icu', fixture).map((l) => l.split('\t') as [string, string]);

  test('at least 200 real names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  test('same output as ICU, except ICU’s known bugs', () => {
    const diffs: string[] = [];
    let corrected = 0;
    for (const [source, icu] of rows) {
      const correction = corrections.get(`${fixture}\t${source}`);
      if (correction) corrected++;
      let expected = unifyMarks(correction?.expected ?? icu);
      let got = unifyMarks(transliterate(source, { scheme }));
      if (caseInsensitive) [expected, got] = [expected.toLowerCase(), got.toLowerCase()];
      if (got !== expected) diffs.push(`${source}: onomast ${got} | expected ${expected}${correction ? ` (ICU bug: ${correction.reason})` : ''}`);
    }
    expect(diffs).toEqual([]);
    // The known-bug list stays small for the standards ICU implements (Ukrainian: ICU has the 1965 system).
    if (fixture !== 'uk.tsv') expect(corrected).toBeLessThan(rows.length / 5);
  });
});
