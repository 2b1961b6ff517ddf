import { describe, expect, test } from 'vitest';
import { blockingKeys } from '../../src/dedupe/blockingKeys.js';
import { nameReadings } from '../../src/match/compareReadings.js';
import { nameKey } from '../../src/normalize/nameKey.js';

const keysOf = (name: string) => blockingKeys(nameReadings(name));

describe('blockingKeys', () => {
  test('spellings of one name share the name key; the key is nameKey without titles and patronymics', () => {
    for (const v of ['Sergey Lavrov', 'Сергей Лавров', 'Lavrov, Sergei', 'Sergej Lawrow']) expect(keysOf(v).keys[0]).toBe(nameKey('Sergey Lavrov'));
    expect(keysOf('Sergey Viktorovich Lavrov').keys).toEqual(keysOf('Sergey Lavrov').keys);
  });

  test('typo spellings share a consonant skeleton, not a key', () => {
    const a = keysOf('Zohrab Mnatsakanyan');
    const b = keysOf('Zohrab Mnatsaknyan');
    expect(a.keys[0]).not.toBe(b.keys[0]);
    expect(a.skeletons.filter((s) => b.skeletons.includes(s)).length).toBeGreaterThan(0);
  });

  test('a Turkic spelling has its Azerbaijani key too, distinct keys only', () => {
    expect(keysOf('Şuşa').keys).toHaveLength(2);
    expect(keysOf('Shusha').keys).toHaveLength(1);
    expect(keysOf('Şuşa').keys).toContain(keysOf('Shusha').keys[0]);
  });

  test('short tokens give no skeleton; a name without letters gives no keys', () => {
    expect(keysOf('Li Yan').skeletons).toEqual([]);
    expect(keysOf(' -- ')).toEqual({ keys: [], skeletons: [] });
  });
});
