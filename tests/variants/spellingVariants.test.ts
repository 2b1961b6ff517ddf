import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, UnknownEntityError, entityVariants, spellingVariants } from '../../src/index.js';

const texts = (name: string, options?: Parameters<typeof spellingVariants>[1]) => spellingVariants(name, options).map((v) => v.text);

describe('spellingVariants', () => {
  test('Russian names: standards, English practice and the press of other languages', () => {
    const v = texts('Сергей Лавров');
    expect(v[0]).toBe('Sergey Lavrov');
    expect(v).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergej Lavrov', 'Sergej Lawrow', 'Sergueï Lavrov', 'Siergiej Ławrow', 'Serghei Lavrov', 'Serguéi Lavrov']));
  });

  test('Armenian names: their own schemes and the spellings that come through Russian', () => {
    const v = texts('Զոհրաբ Մնացականյան');
    expect(v[0]).toBe('Zohrab Mnatsakanyan');
    expect(v).toEqual(expect.arrayContaining(['Zograb Mnatsakanyan', 'Zohrab Mnatsakanian', 'Зограб Мнацаканян']));
  });

  test('Azerbaijani and Georgian names', () => {
    expect(texts('İlham Əliyev')).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Ilkham Aliyev', 'İlham Aliyev', 'Ильхам Алиев']));
    expect(texts('Elmar Məmmədyarov')).toEqual(expect.arrayContaining(['Elmar Mammadyarov', 'Elmar Mamedyarov', 'Elmar Memmedyarov']));
    expect(texts('ირაკლი კობახიძე')[0]).toBe('Irakli Kobakhidze');
  });

  test('every variant says which systems make it; ordered, deduplicated, limited', () => {
    const v = spellingVariants('Сергей Лавров', { limit: 3 });
    expect(v).toHaveLength(3);
    for (const x of v) expect(x.systems.length).toBeGreaterThan(0);
    const all = texts('Сергей Лавров');
    expect(new Set(all).size).toBe(all.length);
    expect(texts('Сергей Лавров', { systems: ['ru-de-press'] })).toEqual(['Sergej Lawrow']);
  });

  test('a romanized name the glossary knows is traced to its native form', () => {
    expect(texts('Sergey Lavrov')).toEqual(texts('Сергей Лавров'));
  });

  test('names it cannot place come back as they are; odd input is harmless', () => {
    expect(texts('Quux Zyxwv')).toEqual(['Quux Zyxwv']);
    expect(texts('')).toEqual([]);
    expect(texts('\ud800\u0000')).toEqual(expect.any(Array));
  });

  test('bad arguments', () => {
    expect(() => spellingVariants(1 as never)).toThrow(InvalidArgumentError);
    expect(() => spellingVariants('x', { systems: ['nope'] })).toThrow(/known: /);
    expect(() => spellingVariants('x', { limit: 0 })).toThrow(/options.limit/);
  });
});

describe('entityVariants', () => {
  test('data spellings first, then generated ones', () => {
    const v = entityVariants('zohrab-mnatsakanyan');
    expect(v[0]!.text).toBe('Zohrab Mnatsakanyan');
    const all = v.map((x) => x.text);
    expect(all).toEqual(expect.arrayContaining(['Զոհրաբ Մնացականյան', 'Зограб Мнацаканян', 'Zograb Mnatsakanyan']));
  });
  test('unknown id', () => {
    expect(() => entityVariants('no-such-id')).toThrow(UnknownEntityError);
  });
});
