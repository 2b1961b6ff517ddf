import { describe, expect, test } from 'vitest';
import { createGlossary, lookup } from '../../src/index.js';
import type { Entity } from '../../src/index.js';

const person = (id: string, canonical: string, ru: string, extra: Partial<Entity> = {}): Entity => ({
  id, type: 'person', canonical, description: 'A person in the tests', labels: { en: canonical, ru }, ...extra,
});
const glossary = createGlossary([
  person('dmitry-medvedev', 'Dmitry Medvedev', 'Дмитрий Медведев', { prominence: 0.9 }),
  person('sergei-shoigu', 'Sergei Shoigu', 'Сергей Шойгу'),
  person('jacques-chirac', 'Jacques Chirac', 'Жак Ширак'),
  person('ali-asadov', 'Ali Asadov', 'Али Асадов'),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'Реджеп Тайип Эрдоган'),
  { id: 'bishkek', type: 'place', canonical: 'Bishkek', description: 'A city in the tests', labels: { en: 'Bishkek' } },
  { id: 'bishkek-protocol', type: 'agreement', canonical: 'Bishkek Protocol', description: 'An agreement in the tests', labels: { en: 'Bishkek Protocol' } },
  {
    id: 'nagorno-karabakh-ao', type: 'place', canonical: 'Nagorno-Karabakh Autonomous Oblast', description: 'A place in the tests',
    labels: { en: 'Nagorno-Karabakh Autonomous Oblast' },
    aliases: [{ text: 'NKAO', lang: 'en', kind: 'abbreviation', source: 'https://example.org/nkao' }],
  },
]);

describe('lookup by sound: names in scripts that write vowels loosely', () => {
  test.each([
    ['ديمتري ميدفيديف'], // Arabic
    ['דמיטרי מדבדב'], // Hebrew
    ['Ντμίτρι Μεντβέντεφ'], // Greek
    ['드미트리 메드베데프'], // Korean
  ])('%s is Dmitry Medvedev, by its consonants', (query) => {
    const r = lookup(query, { glossary });
    expect(r?.entity.id).toBe('dmitry-medvedev');
    expect(r?.method).toBe('sound');
    expect(r?.score).toBeGreaterThanOrEqual(0.85);
    expect(r?.explanation.join(' ')).toContain('the same consonants');
  });

  test('Turkish ğ is silent in other scripts', () => {
    expect(lookup('레제프 타이이프 에르도안', { glossary })?.entity.id).toBe('recep-tayyip-erdogan');
    expect(lookup('רג׳פ טאיפ ארדואן', { glossary })?.entity.id).toBe('recep-tayyip-erdogan');
  });

  test('word order counts: Sergei Shoigu is not Jacques Chirac', () => {
    expect(lookup('سيرغي شويغو', { glossary })?.entity.id).toBe('sergei-shoigu');
    expect(lookup('جاك شيراك', { glossary })?.entity.id).toBe('jacques-chirac');
  });

  test('too few consonants to tell names apart: no answer rather than a guess', () => {
    expect(lookup('علي أسدوف', { glossary })).toBeUndefined(); // "r stb": four classes
    expect(lookup('شو', { glossary })).toBeUndefined();
  });

  test('abbreviations are not read by sound', () => {
    expect(lookup('نکاو', { glossary })).toBeUndefined();
  });

  test('another name with the same family consonants is not a match', () => {
    expect(lookup('ميخائيل ميدفيديف', { glossary })).toBeUndefined();
  });
});

describe('lookup by sound: names of agreements, by their consonants and concepts', () => {
  test.each([['ビシュケク議定書'], ['비슈케크 의정서'], ['بروتوكول بيشكيك']])('%s is the Bishkek Protocol, not the city', (query) => {
    expect(lookup(query, { glossary })?.entity.id).toBe('bishkek-protocol');
  });
});

describe('lookup by sound: names of the same consonants', () => {
  const places = createGlossary([
    { id: 'artsakh', type: 'place', canonical: 'Artsakh', description: 'A region in the tests', labels: { en: 'Artsakh' } },
    { id: 'russia', type: 'place', canonical: 'Russia', description: 'A country in the tests', labels: { en: 'Russia', cs: 'Rusko' } },
  ]);

  test.each([['อาร์ทซัค'], ['아르차흐'], ['阿爾察赫']])('%s begins with a vowel as Artsakh does, not as Rusko', (query) => {
    const r = lookup(query, { glossary: places });
    expect(r?.entity.id).toBe('artsakh');
    expect(r?.score).toBe(0.9);
  });

  test('a name that begins with a consonant is still read as Rusko', () => {
    expect(lookup('러스코', { glossary: places })?.entity.id).toBe('russia');
  });
});

describe('lookup by sound: vowels settle a tie of consonants', () => {
  const people = createGlossary([
    person('vladimir-putin', 'Vladimir Putin', 'Владимир Путин', { aliases: [{ text: 'Putin', lang: 'en', kind: 'short', source: 'https://example.org/putin' }] }),
    person('joe-biden', 'Joe Biden', 'Джо Байден', { aliases: [{ text: 'Biden', lang: 'en', kind: 'short', source: 'https://example.org/biden' }] }),
  ]);

  test('蒲亭 (pu ting) is Putin, not Biden: the same consonants, the vowels of one', () => {
    const r = lookup('蒲亭', { glossary: people });
    expect(r?.entity.id).toBe('vladimir-putin');
    expect(r?.score).toBe(0.9);
  });

  test('Korean ㅡ (eu) is no vowel of the name: 트빌리시 (teubillisi) is Tbilisi, not Tabriz', () => {
    const places = createGlossary([
      { id: 'tbilisi', type: 'place', canonical: 'Tbilisi', description: 'A city in the tests', labels: { en: 'Tbilisi' } },
      { id: 'tabriz', type: 'place', canonical: 'Tabriz', description: 'A city in the tests', labels: { en: 'Tabriz' } },
    ]);
    expect(lookup('트빌리시', { glossary: places })?.entity.id).toBe('tbilisi');
    expect(lookup('트빌리시', { glossary: places })?.score).toBe(0.9);
  });

  test('without telling vowels (Arabic writes few) the tie stays, at a lower score', () => {
    const r = lookup('بتن', { glossary: people });
    expect(r?.score ?? 0).toBeLessThan(0.85);
  });
});

describe('lookup by sound: Devanagari and Bengali', () => {
  test('a full name is read by sound, where b/v and aspirates vary (ভ্লাদিমির: bhladimir, Vladimir)', () => {
    const r = lookup('ভ্লাদিমির পুতিন');
    expect(r?.entity.id).toBe('vladimir-putin');
    expect(r?.method).toBe('sound');
  });

  test('one word is not: its letters and endings tell it better (রাশিয়ার is Russia, not a Rushailo)', () => {
    expect(lookup('রাশিয়ার')?.entity.id).toBe('russia');
  });
});

describe('lookup by sound: dz', () => {
  test('dz is one sound where kana, Hangul and Chinese write it: 코바히제 is Kobakhidze', () => {
    const g = createGlossary([person('irakli-kobakhidze', 'Irakli Kobakhidze', 'Ираклий Кобахидзе')]);
    expect(lookup('이라클리 코바히제', { glossary: g })?.entity.id).toBe('irakli-kobakhidze');
  });
});
