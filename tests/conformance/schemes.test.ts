import { describe, expect, test } from 'vitest';
import { transliterate } from '../../src/index.js';
import { schemeFiles } from '../helpers.js';

// Every golden pair of every scheme, through the public API.
describe.each(schemeFiles().map((s) => [s.id, s] as const))('%s samples', (id, scheme) => {
  test.each(scheme.samples)('%s → %s', (source, expected) => {
    expect(transliterate(source, { scheme: id })).toBe(expected.normalize('NFC'));
  });
  if (scheme.ascii) {
    test('outputs are ASCII', () => {
      for (const [source] of scheme.samples) expect(transliterate(source, { scheme: id })).toMatch(/^[\x00-\x7f]*$/);
    });
  }
});
