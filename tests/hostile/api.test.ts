// Hostile input for every public function: no crash, no hang, typed errors for non-strings and
// bad options, well-formed output, no prototype gains a property, inputs never mutated.
import { describe, expect, test } from 'vitest';
import * as onomast from '../../src/index.js';

const {
  detectScript, entityVariants, findEntity, findMentions, foldDiacritics, getEntity, getScheme, isOnomastError, listSchemes,
  lookup, nameKey, normalizeName, search, spellingVariants, transliterate,
} = onomast;

const isWellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const STRINGS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\r\n\u00a0\u2003\u3000'],
  ['lone surrogates', 'Лав\ud800ров \udc00 Մն\ud83d'],
  ['NUL and controls', 'Sergey\u0000 Lav\u0001rov\u007f\u0085\u009f'],
  ['bidi and zero-width', '\u202eLavrov\u202c \u200f\u200bԱլիև\u2066x\u2069\ufeff'],
  ['Zalgo', `L${'\u0301\u0302\u0303'.repeat(3_400)}avrov`],
  ['NFD and NFKC', 'Ｌａｖｒｏｖ Сергеи\u0306 ﬁ'.normalize('NFD')],
  ['Turkish İ/ı', 'İIıi Iğdır İSTANBUL'],
  ['Mtavruli', 'ᲗᲑᲘᲚᲘᲡᲘ ᲙᲝᲑᲐᲮᲘᲫᲔ'],
  ['homoglyphs', 'Lаvrov Әliyev Sеrgеy'],
  ['emoji', '😀👍🏽 Lavrov 🇦🇲 👨‍👩‍👧'],
  ['regex metacharacters', '.*+?^${}()|[]\\/ Lavrov (?<x>a)\\1'],
  ['prototype keys', '__proto__ constructor toString hasOwnProperty prototype valueOf'],
  ['1 MB line', 'Лавров встретился с Алиевым в Баку. '.repeat(30_000)],
  ['long token', 'Ш'.repeat(200_000)],
  ['many short tokens', 'a '.repeat(200_000)],
  ['affixes alone', 'เ แ สาธารณรัฐ สหพันธรัฐ 共和国 連邦 南 山地 ー ッ ィ ㅡ / // И. В. ‘ ` و ب ل য়ের -ning'],
  ['slashes', '/Lavrov/ Baku/Баку/Bakı/Бакы/'],
];

const snapshot = () => [Object.getOwnPropertyNames(Object.prototype).length, Object.getOwnPropertyNames(Array.prototype).length, Object.getOwnPropertyNames(String.prototype).length].join();
const before = snapshot();

const calls: [string, (s: string) => unknown][] = [
  ['transliterate', (s) => transliterate(s)],
  ['transliterate ascii', (s) => transliterate(s, { ascii: true })],
  ['detectScript', (s) => detectScript(s)],
  ['normalizeName', (s) => normalizeName(s)],
  ['foldDiacritics', (s) => foldDiacritics(s)],
  ['nameKey', (s) => nameKey(s)],
  ['lookup', (s) => lookup(s)],
  ['search', (s) => search(s)],
  ['findMentions', (s) => findMentions(s)],
  ['spellingVariants', (s) => spellingVariants(s)],
  ['findEntity', (s) => findEntity(s)],
  ['compareNames', (s) => onomast.compareNames(s, 'Sergey Lavrov')],
  ['dedupeNames', (s) => onomast.dedupeNames([s, s.slice(0, 1000), 'Sergey Lavrov'])],
];

describe.each(STRINGS)('%s', (_name, input) => {
  test.each(calls)('%s: no throw, well-formed', (_fn, call) => {
    const copy = `${input}`;
    const out = call(input);
    expect(input).toBe(copy);
    const strings = JSON.stringify(out ?? null);
    if (isWellFormed(input)) expect(isWellFormed(typeof out === 'string' ? out : strings)).toBe(true);
  });
});

describe('special values', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'])('%s is nobody', (name) => {
    expect(lookup(name)).toBeUndefined();
    expect(findEntity(name)).toBeUndefined();
    expect(() => getEntity(name)).toThrow(onomast.UnknownEntityError);
    expect(() => getScheme(name)).toThrow(onomast.UnknownSchemeError);
    expect(findMentions(`${name} ${name}`)).toEqual([]);
  });

  test('ASCII mode is ASCII on every hostile string', () => {
    for (const [, s] of STRINGS) expect(transliterate(s, { ascii: true })).toMatch(/^[\x00-\x7f]*$/);
  });

  test('no prototype gained a property', () => {
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const NON_STRINGS: unknown[] = [undefined, null, 42, 1n, true, {}, [], () => 'x', Symbol('s'), new String('Lavrov')];
const fns: [string, (x: unknown) => unknown][] = [
  ['transliterate', (x) => transliterate(x as string)],
  ['detectScript', (x) => detectScript(x as string)],
  ['normalizeName', (x) => normalizeName(x as string)],
  ['foldDiacritics', (x) => foldDiacritics(x as string)],
  ['nameKey', (x) => nameKey(x as string)],
  ['lookup', (x) => lookup(x as string)],
  ['search', (x) => search(x as string)],
  ['findMentions', (x) => findMentions(x as string)],
  ['spellingVariants', (x) => spellingVariants(x as string)],
  ['entityVariants', (x) => entityVariants(x as string)],
  ['getEntity', (x) => getEntity(x as string)],
  ['findEntity', (x) => findEntity(x as string)],
  ['getScheme', (x) => getScheme(x as string)],
  ['compareNames', (x) => onomast.compareNames(x as string, 'x')],
  ['dedupeNames', (x) => onomast.dedupeNames((Array.isArray(x) ? [x] : x) as string[])],
];

describe.each(fns)('%s with a non-string', (fn, call) => {
  test.each(NON_STRINGS.map((v) => [typeof v, v]))('%s → InvalidArgumentError naming the function', (_t, value) => {
    try {
      call(value);
      expect.unreachable();
    } catch (e) {
      expect(isOnomastError(e)).toBe(true);
      expect((e as Error).message.startsWith(`${fn}:`)).toBe(true);
    }
  });
});

const throwingGetter = Object.defineProperty({}, 'types', { enumerable: true, get: () => { throw new Error('boom'); } });
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const HOSTILE_OPTIONS: [string, unknown][] = [
  ['getter that throws', throwingGetter],
  ['revoked proxy', revoked.proxy],
  ['proxy whose ownKeys throws', new Proxy({}, { ownKeys: () => { throw new Error('trap'); } })],
  ['array', ['x']],
  ['string', 'ru'],
  ['unknown key', { nope: 1 }],
];
const optionCalls: [string, (o: unknown) => unknown][] = [
  ['transliterate', (o) => transliterate('x', o as never)],
  ['listSchemes', (o) => listSchemes(o as never)],
  ['normalizeName', (o) => normalizeName('x', o as never)],
  ['nameKey', (o) => nameKey('x', o as never)],
  ['lookup', (o) => lookup('x', o as never)],
  ['search', (o) => search('x', o as never)],
  ['findMentions', (o) => findMentions('x', o as never)],
  ['spellingVariants', (o) => spellingVariants('x', o as never)],
  ['entityVariants', (o) => entityVariants('sergey-lavrov', o as never)],
  ['dedupeNames', (o) => onomast.dedupeNames(['x'], o as never)],
];
describe.each(optionCalls)('%s with hostile options', (_fn, call) => {
  test.each(HOSTILE_OPTIONS)('%s → an OnomastError, never a raw exception', (_name, options) => {
    try {
      call(options);
      expect.unreachable();
    } catch (e) {
      expect(isOnomastError(e), String(e)).toBe(true);
    }
  });
});
