import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as iuliia from 'iuliia';
import { describe, expect, test } from 'vitest';
import { transliterate } from '../../src/index.js';
import { fixtureLines, root, schemeFiles } from '../helpers.js';

/** Our Russian schemes that implement the same system as an iuliia schema. */
const SHARED: [string, string][] = [
  ['ru-bgn-pcgn', 'bgn_pcgn'],
  ['ru-icao', 'icao_doc_9303'],
  ['ru-iso9', 'gost_779'],
  ['ru-ala-lc', 'ala_lc'],
  ['ru-wikipedia', 'wikipedia'],
];
/**
 * Where iuliia departs from the system it names, on our side of the evidence: its Wikipedia
 * schema writes е after е as "e" (Sergeevich), English Wikipedia writes "ye" (Sergeyevich,
 * Alekseyevich), as its own rule "ye after vowels" says.
 */
const KNOWN: Record<string, RegExp> = { 'ru-wikipedia': /[её][её]/iu };

const ours = new Set(schemeFiles().map((s) => s.id));
const pairs = SHARED.filter(([id]) => ours.has(id));

/**
 * iuliia's two known defects (translit-anchors.md §2.1), corrected on its side before comparing:
 * Cyrillic ё (U+0451) left in Latin output, and all-caps digraphs written "ZhUKOV".
 */
function correctIuliia(source: string, output: string): string {
  const fixed = output.normalize('NFC').replace(/ё/g, 'ë').replace(/Ё/g, 'Ë');
  return /\p{Lu}{2}/u.test(source) ? fixed.toLowerCase() : fixed;
}

describe.each(pairs)('%s = iuliia %s', (id, name) => {
  const schema = iuliia.Schemas.get(name)!;

  test.each(schema.samples.map((s) => [s[0], s[1]] as [string, string]))('iuliia sample %s', (source, expected) => {
    expect(transliterate(source, { scheme: id })).toBe(correctIuliia(source, expected));
  });

  const names = join(root, 'tests', 'fixtures', 'icu', 'ru.txt');
  test.runIf(existsSync(names))('same output on the Russian name list', () => {
    const diffs: string[] = [];
    const lines = fixtureLines('icu', 'ru.txt');
    const skipped = lines.filter((l) => KNOWN[id]?.test(l));
    expect(skipped.length).toBeLessThan(lines.length / 10);
    for (const source of lines) {
      if (KNOWN[id]?.test(source)) continue;
      const expected = correctIuliia(source, iuliia.translate(source, schema));
      const got = transliterate(source, { scheme: id });
      if ((/\p{Lu}{2}/u.test(source) ? got.toLowerCase() : got) !== expected) diffs.push(`${source}: ${got} ≠ ${expected}`);
    }
    expect(diffs).toEqual([]);
  });
});
