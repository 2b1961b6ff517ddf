// validateEntities on hostile data: every problem with its path, no prototype pollution,
// no RangeError, fresh deeply frozen output, and the same verdicts as ajv on the JSON Schema.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { validateEntities } from '../../src/glossary/validateEntities.js';
import { root } from '../helpers.js';

// ajv is CommonJS: under tsx the class is on `.default`, under a bundler it is the default export.
const Ajv2020 = (Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module;
const schema = JSON.parse(readFileSync(join(root, 'data', 'schema', 'entity.schema.json'), 'utf8')) as object;
const ajvValidate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

type Json = Record<string, unknown>;

/** A fresh valid entity with the required fields only. */
const minimal = (id = 'tbilisi'): Json => ({
  id,
  type: 'place',
  canonical: 'Tbilisi',
  labels: { ka: 'თბილისი', en: 'Tbilisi' },
  description: 'Capital of Georgia',
});

/** A fresh valid entity with every field. */
const full = (): Json => ({
  id: 'elmar-mammadyarov',
  type: 'person',
  subtype: 'minister',
  canonical: 'Elmar Mammadyarov',
  labels: { az: 'Elmar Məmmədyarov', ru: 'Эльмар Мамедъяров', 'az-Cyrl': 'Елмар Мәммәдјаров', 'en-GB': 'Elmar Mammadyarov' },
  aliases: [
    { text: 'Mamedyarov', lang: 'en', kind: 'short', system: 'en-press' },
    { text: 'Мамедьяров', lang: 'ru', script: 'Cyrl', kind: 'misspelling', source: 'https://example.org/a', usedBy: 'ru', from: '2004', to: '2020-07-16' },
  ],
  parts: { given: 'Elmar', family: 'Mammadyarov', patronymic: 'Maharram oglu', middle: '' },
  countries: ['AZ'],
  wikidata: 'Q433939',
  geonames: 1,
  description: 'Foreign Minister of Azerbaijan 2004–2020',
  from: '-300',
  to: '2020',
  prominence: 0.6,
  distinctFrom: ['elmar-mammadov'],
  sources: ['https://example.org/b'],
});

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTO_BEFORE = protoNames();

function expectNoPollution(): void {
  expect(({} as Json)['polluted']).toBeUndefined();
  expect(([] as unknown as Json)['polluted']).toBeUndefined();
  expect(protoNames()).toEqual(PROTO_BEFORE);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeeplyFrozen);
}

const paths = (data: unknown) => validateEntities(data).problems.map((p) => p.path);

describe('the input is not an array of entities', () => {
  test.each<[string, unknown, RegExp]>([
    ['null', null, /got null/],
    ['an object instead of an array', { id: 'x' }, /got an object/],
    ['a string', '[]', /got the string/],
    ['a number', 42, /got 42/],
    ['undefined', undefined, /got undefined$/],
  ])('%s → one problem at $', (_name, data, message) => {
    const { entities, problems } = validateEntities(data);
    expect(entities).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$');
    expect(problems[0]?.message).toMatch(/must be an array of entities/);
    expect(problems[0]?.message).toMatch(message);
  });

  test('an empty array is valid', () => {
    expect(validateEntities([])).toEqual({ entities: [], problems: [] });
  });
});

describe('prototype keys are rejected at every level, with their path, and pollute nothing', () => {
  // JSON.parse makes "__proto__" an own property, as a glossary file would.
  const e = (extra: string) => `{"id":"tbilisi","type":"place","canonical":"Tbilisi","labels":{"ka":"თბილისი"${extra.startsWith('L') ? extra.slice(1) : ''}},"description":"Capital of Georgia"${extra.startsWith('L') ? '' : extra}}`;
  test.each<[string, string, string[]]>([
    ['entity __proto__', `[${e(',"__proto__":{"polluted":true}')}]`, ['$[0].__proto__']],
    ['entity constructor', `[${e(',"constructor":{"prototype":{"polluted":true}}')}]`, ['$[0].constructor', '$[0].constructor.prototype']],
    ['entity prototype', `[${e(',"prototype":1')}]`, ['$[0].prototype']],
    ['labels __proto__', `[${e('L,"__proto__":"x"')}]`, ['$[0].labels.__proto__']],
    ['labels constructor', `[${e('L,"constructor":{"polluted":true}')}]`, ['$[0].labels.constructor']],
    ['aliases[i] __proto__', `[${e(',"aliases":[{"text":"T","lang":"en","kind":"short","system":"x"},{"text":"T","lang":"en","kind":"short","system":"x","__proto__":{"polluted":true}}]')}]`, ['$[0].aliases[1].__proto__']],
    ['parts constructor', `[${e(',"parts":{"given":"A","constructor":"B"}')}]`, ['$[0].parts.constructor']],
    ['parts __proto__ with nested keys', `[${e(',"parts":{"__proto__":{"constructor":{"prototype":{"polluted":true}}}}')}]`, ['$[0].parts.__proto__', '$[0].parts.__proto__.constructor', '$[0].parts.__proto__.constructor.prototype']],
    ['deep inside an unknown property', `[${e(',"extra":{"a":[{"b":{"__proto__":1}}]}')}]`, ['$[0].extra', '$[0].extra.a[0].b.__proto__']],
    ['inside a value of the wrong type', `[${e(',"canonical2":1,"countries":{"__proto__":["AZ"]}')}]`, ['$[0].canonical2', '$[0].countries', '$[0].countries.__proto__']],
    ['top-level object', '{"__proto__":{"polluted":true}}', ['$', '$.__proto__']],
  ])('%s', (_name, json, expected) => {
    const { entities, problems } = validateEntities(JSON.parse(json));
    expect(problems.map((p) => p.path)).toEqual(expected);
    for (const p of problems) if (/(__proto__|constructor|prototype)$/.test(p.path)) expect(p.message).toMatch(/is not allowed/);
    expect(entities).toEqual([]);
    expectNoPollution();
  });

  test('a valid entity next to a polluting one is returned, and nothing leaks into it', () => {
    const data = JSON.parse(`[${JSON.stringify(minimal('a'))},{"__proto__":{"polluted":true},"id":"b"}]`) as unknown;
    const { entities } = validateEntities(data);
    expect(entities.map((x) => x.id)).toEqual(['a']);
    expect(Object.getPrototypeOf(entities[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(entities[0]?.labels)).toBe(Object.prototype);
    expectNoPollution();
  });
});

describe('wrong values for every field: one problem with the right path, and ajv agrees', () => {
  const alias = (over: Json): Json => ({ text: 'Tiflis', lang: 'en', kind: 'historic', system: 'en-press', ...over });
  const rows: [string, Json, string, RegExp][] = [
    ['id is a number', { id: 5 }, '$[0].id', /must be a string; got 5/],
    ['id not kebab-case', { id: 'Tbilisi City' }, '$[0].id', /kebab-case/],
    ['id longer than 80', { id: 'a'.repeat(81) }, '$[0].id', /81 characters long; at most 80/],
    ['type not in the enum', { type: 'city' }, '$[0].type', /one of person, place, agreement, organization/],
    ['subtype is a number', { subtype: 1 }, '$[0].subtype', /must be a string/],
    ['canonical empty', { canonical: '' }, '$[0].canonical', /must not be empty/],
    ['canonical an array', { canonical: ['Tbilisi'] }, '$[0].canonical', /got an array/],
    ['labels an array', { labels: ['Tbilisi'] }, '$[0].labels', /language tag → name/],
    ['labels empty', { labels: {} }, '$[0].labels', /at least one label/],
    ['label value a number', { labels: { en: 1 } }, '$[0].labels.en', /must be a string/],
    ['label value empty', { labels: { en: '' } }, '$[0].labels.en', /must not be empty/],
    ['label key not BCP 47', { labels: { 'en gb': 'Tbilisi' } }, '$[0].labels["en gb"]', /BCP 47/],
    ['label key upper case', { labels: { EN: 'Tbilisi' } }, '$[0].labels.EN', /BCP 47/],
    ['aliases an object', { aliases: { text: 'x' } }, '$[0].aliases', /array of alias objects/],
    ['alias a string', { aliases: ['Tiflis'] }, '$[0].aliases[0]', /alias object/],
    ['alias without text', { aliases: [{ lang: 'en', kind: 'short', system: 'x' }] }, '$[0].aliases[0].text', /is required/],
    ['alias kind unknown', { aliases: [alias({ kind: 'old' })] }, '$[0].aliases[0].kind', /one of official, short/],
    ['alias lang bad', { aliases: [alias({ lang: 'english' })] }, '$[0].aliases[0].lang', /BCP 47/],
    ['alias script bad', { aliases: [alias({ script: 'latn' })] }, '$[0].aliases[0].script', /ISO 15924/],
    ['alias without source or system', { aliases: [{ text: 'Tiflis', lang: 'en', kind: 'historic' }] }, '$[0].aliases[0]', /"source".*or a "system"/],
    ['alias source too short', { aliases: [alias({ source: 'wiki' })] }, '$[0].aliases[0].source', /at least 8 characters/],
    ['alias from not a date', { aliases: [alias({ from: '1991/12' })] }, '$[0].aliases[0].from', /year or date/],
    ['alias usedBy a number', { aliases: [alias({ usedBy: 7 })] }, '$[0].aliases[0].usedBy', /must be a string/],
    ['alias unknown property', { aliases: [alias({ note: 'x' })] }, '$[0].aliases[0].note', /unknown property "note"/],
    ['parts a string', { parts: 'Elmar' }, '$[0].parts', /must be an object/],
    ['parts.given a number', { parts: { given: 1 } }, '$[0].parts.given', /must be a string/],
    ['parts unknown property', { parts: { first: 'Elmar' } }, '$[0].parts.first', /unknown property/],
    ['countries a string', { countries: 'GE' }, '$[0].countries', /array of strings/],
    ['country lower case', { countries: ['ge'] }, '$[0].countries[0]', /ISO 3166-1/],
    ['wikidata without Q', { wikidata: '42' }, '$[0].wikidata', /Wikidata item id/],
    ['wikidata Q0', { wikidata: 'Q0' }, '$[0].wikidata', /Wikidata item id/],
    ['geonames zero', { geonames: 0 }, '$[0].geonames', /positive integer/],
    ['geonames fractional', { geonames: 1.5 }, '$[0].geonames', /positive integer/],
    ['geonames a string', { geonames: '611717' }, '$[0].geonames', /positive integer/],
    ['description too short', { description: 'ab' }, '$[0].description', /at least 3 characters/],
    ['description of 2 astral characters (4 code units)', { description: '😀😀' }, '$[0].description', /at least 3 characters/],
    ['from not a date', { from: 'December 1991' }, '$[0].from', /year or date/],
    ['to a number', { to: 1991 }, '$[0].to', /must be a string/],
    ['prominence above 1', { prominence: 1.5 }, '$[0].prominence', /from 0 to 1; got 1.5/],
    ['prominence a string', { prominence: 'high' }, '$[0].prominence', /from 0 to 1/],
    ['distinctFrom a string', { distinctFrom: 'tiflis' }, '$[0].distinctFrom', /array of strings/],
    ['distinctFrom item a number', { distinctFrom: [1] }, '$[0].distinctFrom[0]', /must be a string/],
    ['sources item too short', { sources: ['http:'] }, '$[0].sources[0]', /at least 8 characters/],
    ['unknown property', { name: 'Tbilisi' }, '$[0].name', /unknown property "name"; valid properties: id, type/],
    ['unknown property with a non-identifier key', { 'my key': 1 }, '$[0]["my key"]', /unknown property "my key"/],
  ];
  test.each(rows)('%s', (_name, over, path, message) => {
    const data = [{ ...minimal(), ...over }];
    const { entities, problems } = validateEntities(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
    expect(entities).toEqual([]);
    expect(ajvValidate(data)).toBe(false);
  });

  test.each<[string, string]>([
    ['id', '$[0].id'],
    ['type', '$[0].type'],
    ['canonical', '$[0].canonical'],
    ['labels', '$[0].labels'],
    ['description', '$[0].description'],
  ])('required %s missing', (field, path) => {
    const entity = minimal();
    delete entity[field];
    const { problems } = validateEntities([entity]);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(/is required/);
    expect(ajvValidate([entity])).toBe(false);
  });

  test.each<[string, Json]>([
    ['minimal', {}],
    ['every field', full()],
    ['empty aliases, parts, countries, distinctFrom, sources', { aliases: [], parts: {}, countries: [], distinctFrom: [], sources: [] }],
    ['alias with both source and system', { aliases: [alias({ source: 'https://example.org' })] }],
    ['astral characters in names', { canonical: '𠀋𠀋', labels: { zh: '𠀋' } }],
    ['prominence 0 and 1', { prominence: 0 }],
    ['dates BCE and full', { from: '-44', to: '2020-01-31' }],
    ['three-letter language with script and region', { labels: { 'ckb-Arab-IQ': 'تبلیسی' } }],
  ])('valid: %s (ajv agrees)', (_name, over) => {
    const data = [{ ...minimal(), ...over, distinctFrom: [] }];
    expect(validateEntities(data).problems).toEqual([]);
    expect(ajvValidate(data)).toBe(true);
  });
});

describe('strings: NUL, lone surrogates and size limits', () => {
  test.each<[string, Json, string, RegExp]>([
    ['NUL in canonical', { canonical: 'Tbi\u0000lisi' }, '$[0].canonical', /NUL character \(U\+0000\) at index 3/],
    ['NUL in a label', { labels: { ka: '\u0000' } }, '$[0].labels.ka', /NUL/],
    ['lone high surrogate in a label', { labels: { ka: 'თბი\ud800' } }, '$[0].labels.ka', /lone surrogate \(U\+D800\) at index 3/],
    ['lone low surrogate in an alias', { aliases: [{ text: '\udc00x', lang: 'en', kind: 'short', system: 'x' }] }, '$[0].aliases[0].text', /lone surrogate \(U\+DC00\)/],
    ['reversed surrogate pair in description', { description: 'abc\ude00\ud83d' }, '$[0].description', /lone surrogate/],
    ['a 1 MB canonical name', { canonical: 'x'.repeat(1_000_000) }, '$[0].canonical', /1,000,000 characters long; at most 1,000/],
    ['a 1,001-character label', { labels: { ru: 'я'.repeat(1_001) } }, '$[0].labels.ru', /1,001 characters long/],
    ['a 1,001-character alias text', { aliases: [{ text: 'a'.repeat(1_001), lang: 'en', kind: 'short', system: 'x' }] }, '$[0].aliases[0].text', /at most 1,000/],
    ['a 1,001-character part', { parts: { family: 'a'.repeat(1_001) } }, '$[0].parts.family', /at most 1,000/],
    ['a 10,001-character description', { description: 'd'.repeat(10_001) }, '$[0].description', /at most 10,000/],
    ['a 10,001-character source', { sources: ['s'.repeat(10_001)] }, '$[0].sources[0]', /at most 10,000/],
    ['10,001 aliases', { aliases: Array.from({ length: 10_001 }, () => ({ text: 'a', lang: 'en', kind: 'short', system: 'x' })) }, '$[0].aliases', /10,001 items; at most 10,000/],
  ])('%s is rejected', (_name, over, path, message) => {
    const { entities, problems } = validateEntities([{ ...minimal(), ...over }]);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]!.message.length).toBeLessThan(300);
    expect(entities).toEqual([]);
  });

  test.each<[string, Json]>([
    ['1,000 characters in a name', { canonical: 'a'.repeat(1_000) }],
    ['1,000 astral characters (2,000 code units) in a label', { labels: { zh: '𠀋'.repeat(1_000) } }],
    ['10,000 characters of description', { description: 'd'.repeat(10_000) }],
  ])('%s is accepted (limits count code points)', (_name, over) => {
    expect(validateEntities([{ ...minimal(), ...over }]).problems).toEqual([]);
  });
});

describe('relations between entities', () => {
  test('duplicate ids: every occurrence is reported with the other path', () => {
    const { entities, problems } = validateEntities([minimal('a'), minimal('b'), minimal('a'), minimal('a')]);
    expect(problems).toEqual([
      { path: '$[0].id', message: expect.stringMatching(/duplicate id "a"; also used at \$\[2\]\.id/) as unknown },
      { path: '$[2].id', message: expect.stringMatching(/also used at \$\[0\]\.id/) as unknown },
      { path: '$[3].id', message: expect.stringMatching(/also used at \$\[0\]\.id/) as unknown },
    ]);
    expect(entities.map((x) => x.id)).toEqual(['b']);
  });

  test.each<[string, unknown[], string[], RegExp | undefined]>([
    ['known id (even of an invalid entity)', [{ ...minimal('a'), distinctFrom: ['b'] }, { ...minimal('b'), type: 'x' }], ['$[1].type'], undefined],
    ['unknown id', [{ ...minimal('a'), distinctFrom: ['b', 'zz'] }, minimal('b')], ['$[0].distinctFrom[1]'], /unknown id "zz"/],
    ['its own id', [{ ...minimal('a'), distinctFrom: ['a'] }], ['$[0].distinctFrom[0]'], /own id "a"/],
  ])('distinctFrom: %s', (_name, data, expected, message) => {
    const { problems } = validateEntities(data);
    expect(problems.map((p) => p.path)).toEqual(expected);
    if (message) expect(problems[0]?.message).toMatch(message);
  });
});

describe('output', () => {
  test('a valid minimal entity is accepted as a fresh, deeply frozen copy', () => {
    const input = minimal();
    const { entities, problems } = validateEntities([input]);
    expect(problems).toEqual([]);
    expect(entities).toEqual([input]);
    expect(entities[0]).not.toBe(input);
    expect(entities[0]?.labels).not.toBe(input['labels']);
    expect(isDeeplyFrozen(entities)).toBe(true);
    (input['labels'] as Json)['ru'] = 'Тбилиси';
    expect(entities[0]?.labels).toEqual({ ka: 'თბილისი', en: 'Tbilisi' });
  });

  test('every field is copied, deeply frozen, in schema order; extra non-enumerable data is not', () => {
    const input = full();
    Object.defineProperty(input, 'hidden', { value: 1, enumerable: false });
    const data = [input, minimal('elmar-mammadov')];
    const { entities, problems } = validateEntities(data);
    expect(problems).toEqual([]);
    expect(entities[0]).toEqual(full());
    expect(Object.keys(entities[0] ?? {})).toEqual(Object.keys(full()));
    expect(isDeeplyFrozen(entities)).toBe(true);
    expect(entities[0]?.aliases).not.toBe(input['aliases']);
  });

  test('only the valid entities are returned when there are problems', () => {
    const { entities, problems } = validateEntities([minimal('a'), { id: 'b' }, minimal('c')]);
    expect(problems.length).toBeGreaterThan(0);
    expect(entities.map((x) => x.id)).toEqual(['a', 'c']);
  });

  test('duplicate JSON keys are accepted: JSON.parse keeps the last one', () => {
    const json = '[{"id":"first","id":"tbilisi","type":"person","type":"place","canonical":"Tbilisi","labels":{"ka":"x","ka":"თბილისი"},"description":"Capital of Georgia"}]';
    const { entities, problems } = validateEntities(JSON.parse(json));
    expect(problems).toEqual([]);
    expect(entities[0]).toMatchObject({ id: 'tbilisi', type: 'place', labels: { ka: 'თბილისი' } });
  });
});

describe('every problem is listed, in document order', () => {
  test('five different problems → five problems with their paths', () => {
    const data = [
      minimal('a'),
      { ...minimal('b'), type: 'town', labels: { en: 'B', 'x y': 'C' } },
      { ...minimal('c'), aliases: [{ text: 'C', lang: 'en', kind: 'short' }], geonames: -1 },
      { ...minimal('d'), distinctFrom: ['nobody'] },
    ];
    expect(paths(data)).toEqual(['$[1].type', '$[1].labels["x y"]', '$[2].aliases[0]', '$[2].geonames', '$[3].distinctFrom[0]']);
  });

  test('an entity with many problems lists each of them', () => {
    const data = [{ id: 'A', type: 1, canonical: '', labels: [], description: 'x', wikidata: 'P1', extra: true }];
    expect(paths(data)).toEqual(['$[0].extra', '$[0].id', '$[0].type', '$[0].canonical', '$[0].labels', '$[0].wikidata', '$[0].description']);
  });
});

describe('size and shape limits: no RangeError, no hang', () => {
  test('100,001 entities → exactly one problem, nothing else examined', () => {
    const data = new Array<unknown>(100_001).fill(null);
    const { entities, problems } = validateEntities(data);
    expect(entities).toEqual([]);
    expect(problems).toEqual([{ path: '$', message: expect.stringMatching(/100,001 entities; at most 100,000/) as unknown }]);
  });

  test('100,000 entities are accepted, in linear time', () => {
    const data = Array.from({ length: 100_000 }, (_, i) => minimal(`e-${i}`));
    const start = performance.now();
    const { entities, problems } = validateEntities(data);
    expect(problems).toEqual([]);
    expect(entities).toHaveLength(100_000);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  test('a 200,000-deep nested array is reported, not recursed into', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    for (const data of [deep, [deep], [{ ...minimal(), extra: deep }]]) {
      const { problems } = validateEntities(data);
      expect(problems.length).toBeGreaterThanOrEqual(1);
      expect(problems.some((p) => /nested more than 64 levels/.test(p.message))).toBe(true);
      expect(Math.max(...problems.map((p) => p.path.length))).toBeLessThan(400);
    }
  });

  test('cycles and shared objects inside rejected values terminate', () => {
    const cyclic: Json = { a: 1 };
    cyclic['self'] = cyclic;
    cyclic['again'] = cyclic;
    const shared = { x: cyclic };
    const { problems } = validateEntities([{ ...minimal(), extra: [cyclic, shared, cyclic] }]);
    expect(problems.map((p) => p.path)).toEqual(['$[0].extra']);
  });

  test('getters that throw and revoked proxies become problems', () => {
    const throwing = { ...minimal('a') };
    Object.defineProperty(throwing, 'canonical', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { entities, problems } = validateEntities([throwing, proxy, minimal('c')]);
    expect(problems.map((p) => p.path)).toEqual(['$[0]', '$[1]']);
    expect(problems[0]?.message).toMatch(/could not be read \(boom\)/);
    expect(entities.map((x) => x.id)).toEqual(['c']);
  });

  test('prototype keys inside a rejected value are listed in document order', () => {
    const data = JSON.parse(`[{"x":{"__proto__":{"constructor":1},"a":[{"prototype":2}],"prototype":3}}]`) as unknown;
    expect(paths(data)).toEqual(['$[0].x', '$[0].x.__proto__', '$[0].x.__proto__.constructor', '$[0].x.a[0].prototype', '$[0].x.prototype', '$[0].id', '$[0].type', '$[0].canonical', '$[0].labels', '$[0].description']);
  });

  test('a sparse array of length 2^32 - 1 inside a rejected value is scanned by its real items', () => {
    const sparse: unknown[] = [];
    sparse[4_294_967_294] = JSON.parse('{"__proto__":1}');
    const start = performance.now();
    expect(paths([{ ...minimal(), extra: sparse }])).toEqual(['$[0].extra', '$[0].extra[4294967294].__proto__']);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  test('a long non-identifier key is shortened in the path', () => {
    const key = 'k '.repeat(50_000);
    const [problem] = validateEntities([{ ...minimal(), [key]: 1 }]).problems;
    expect(problem?.path.length).toBeLessThan(120);
    expect(problem?.path).toMatch(/^\$\[0\]\["k k .*…"\]$/);
  });
});

test('the bundled data validates with no problem', () => {
  const dir = join(root, 'data', 'entities');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown[]);
  const { entities, problems } = validateEntities(all);
  expect(problems).toEqual([]);
  expect(entities).toHaveLength(all.length);
});

describe('JavaScript objects with undefined fields', () => {
  test('an optional field set to undefined is absent; a required one is reported as missing', () => {
    const spread = { ...minimal(), distinctFrom: undefined, prominence: undefined, aliases: [{ text: 'Tiflis', lang: 'de', kind: 'historic', system: 'de-press', source: undefined }] };
    const { entities, problems } = validateEntities([spread]);
    expect(problems).toEqual([]);
    expect(entities[0]).not.toHaveProperty('distinctFrom');
    expect(validateEntities([{ ...minimal(), canonical: undefined }]).problems.map((p) => p.path)).toEqual(['$[0].canonical']);
  });
});
