import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, detectScript } from '../../src/index.js';

describe('detectScript', () => {
  test.each([
    ['Сергей Лавров', 'Cyrl'],
    ['Մնացականյան', 'Armn'],
    ['კობახიძე', 'Geor'],
    ['ᲗᲑᲘᲚᲘᲡᲘ', 'Geor'],
    ['İlham Əliyev', 'Latn'],
    ['Αθήνα', 'Grek'],
    ['عباس عراقچی', 'Arab'],
    ['北京', 'Hani'],
    ['𠀋𠀋', 'Hani'],
    ['서울', 'Hang'],
    ['Lavrov (Лавров, Лавров)', 'Cyrl'],
    ['', 'Zyyy'],
    ['123 — !?', 'Zyyy'],
    ['😀\ud800', 'Zyyy'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  test('non-string', () => {
    expect(() => detectScript(null as never)).toThrow(InvalidArgumentError);
  });
});
