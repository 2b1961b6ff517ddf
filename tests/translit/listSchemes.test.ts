import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, UnknownSchemeError, getScheme, listSchemes } from '../../src/index.js';

describe('listSchemes', () => {
  test('all schemes, sorted by id, frozen, without rules', () => {
    const all = listSchemes();
    expect(all.map((s) => s.id)).toEqual([...all.map((s) => s.id)].sort());
    for (const s of all) {
      expect(Object.isFrozen(s)).toBe(true);
      expect(Object.keys(s)).not.toContain('letters');
    }
  });

  test.each([
    ['hy', ['hy-bgn-pcgn', 'hy-en', 'hy-en-ian', 'hy-iso9985', 'hy-ru-cyrl', 'hy-west']],
    ['az-Cyrl', ['az-cyrl-latn']],
    ['AZ-CYRL', ['az-cyrl-latn']],
    ['tr', ['tr-ascii']],
    ['xx', []],
  ])('from %s', (from, ids) => {
    expect(listSchemes({ from }).map((s) => s.id)).toEqual(ids);
  });

  test('az includes its Cyrillic scheme', () => {
    expect(listSchemes({ from: 'az' }).map((s) => s.id)).toContain('az-cyrl-latn');
  });

  test('bad options', () => {
    expect(() => listSchemes({ from: 1 } as never)).toThrow(InvalidArgumentError);
    expect(() => listSchemes({ form: 'ru' } as never)).toThrow(/unknown option "form"; valid options: from/);
  });
});

describe('getScheme', () => {
  test('by id', () => {
    expect(getScheme('ru-bgn-pcgn')).toMatchObject({ id: 'ru-bgn-pcgn', from: 'ru', script: 'Cyrl', to: 'Latn', standard: true });
    expect(getScheme('ka-national')).toBe(getScheme('ka-national'));
  });

  test.each(['', 'RU-BGN-PCGN', '__proto__', 'constructor', 'toString'])('unknown id %j throws UnknownSchemeError', (id) => {
    expect(() => getScheme(id)).toThrow(UnknownSchemeError);
  });

  test('non-string id', () => {
    expect(() => getScheme(7 as never)).toThrow(/getScheme: id must be a scheme id string; got a number/);
  });
});
