import { describe, expect, test } from 'vitest';
import { adjectiveStems, languageStems, stemCandidates } from '../../../src/mentions/inflection/stemCandidates.js';
import { CYRILLIC, LATIN } from '../../../src/translit/scriptOf.js';

describe('stemCandidates', () => {
  test('a base keeps three letters, two of them the word\'s own for names looked up: Арой, Ары → Ара', () => {
    expect(stemCandidates('Арой', CYRILLIC, false, true)).toContain('Ара');
    expect(stemCandidates('Ары', CYRILLIC, false, true)).toContain('Ара');
    // in running text a stem keeps three of the word's letters
    expect(stemCandidates('Арой', CYRILLIC)).not.toContain('Ара');
    expect(stemCandidates('Сергієм', CYRILLIC)).toContain('Сергій');
    expect(stemCandidates('Лавровим', CYRILLIC)).toContain('Лавров');
  });

  test('a capital İ (two code units in lowercase) does not shift the stem: İrəvana → İrəvan', () => {
    expect(stemCandidates('İrəvana', LATIN, true)).toContain('İrəvan');
  });

  test('regular declensions propose base forms', () => {
    expect(stemCandidates('Лаврову', CYRILLIC)).toContain('Лавров');
    expect(stemCandidates('Paşinyanın', LATIN, true)).toContain('Paşinyan');
    expect(stemCandidates('Lavrovas', LATIN)).toContain('Lavrov');
  });

  test('short endings of particular languages are not used on running text', () => {
    expect(stemCandidates('Russian', LATIN)).not.toContain('Rusi');
    expect(stemCandidates('Oroszországban', LATIN)).not.toContain('Oroszország');
  });
});

describe('languageStems', () => {
  test.each([
    ['Oroszországban', 'Oroszország', 'hu'],
    ['Grúziától', 'Grúzia', 'hu'],
    ['Mirzojannak', 'Mirzojan', 'hu'],
    ['Venäjän', 'Venäjä', 'fi'],
    ['Georgiassa', 'Georgia', 'fi'],
    ['Gruusiast', 'Gruusia', 'et'],
    ['Gruzji', 'Gruzja', 'pl'],
    ['Garibaszwilego', 'Garibaszwili', 'pl'],
    ['Saakašviliho', 'Saakašvili', 'cs'],
    ['Zacharovová', 'Zacharova', 'cs'],
    ['Armenijom', 'Armenija', 'hr'],
    ['Georgiei', 'Georgia', 'ro'],
    ['Armėnijoje', 'Armėnija', 'lt'],
    ['Sergejus', 'Sergej', 'lt'],
    ['Suchumio', 'Suchumis', 'lt'],
    ['Erywaniu', 'Erywań', 'pl'],
    ['Yerevanning', 'Yerevan', 'uz'],
    ['Azerbaýjanyň', 'Azerbaýjan', 'tk'],
    ['Арменияның', 'Армения', 'kk'],
    ['Азербайжандын', 'Азербайжан', 'ky'],
    ['Хачатурянга', 'Хачатурян', 'uz'],
    ['Лочинро', 'Лочин', 'tg'],
    ['Бакуга', 'Баку', 'ru'], // Kyrgyz writes the place as Russian does
    ['Oroszországgal', 'Oroszország', 'hu'],
    ['Azerbajdzsánnal', 'Azerbajdzsán', 'hu'],
    ['Erywania', 'Erywań', 'pl'],
    ['Sumgaicie', 'Sumgait', 'pl'],
    ['Gruzií', 'Gruzie', 'cs'],
    ['Južno', 'Južna', 'sl'],
    ['Tbilisiä', 'Tbilisi', 'fi'],
    ['Ρωσίας', 'Ρωσία', 'el'],
    ['Saakaszwilim', 'Saakaszwili', 'pl'],
    ['Bayramovla', 'Bayramov', 'az'],
    ['রাশিয়ার', 'রাশিয়া', 'bn'],
  ])('%s → %s [%s]', (word, stem, lang) => {
    const found = languageStems(word).find((s) => s.stem === stem);
    expect(found?.langs.split(' ')).toContain(lang);
  });

  test('languages an ending belongs to are listed once', () => {
    for (const { langs } of languageStems('Yerevando')) expect(new Set(langs.split(' ')).size).toBe(langs.split(' ').length);
  });

  test('a stem keeps three letters', () => {
    expect(languageStems('Ban')).toEqual([]);
    expect(languageStems('')).toEqual([]);
  });
});

describe('adjectiveStems', () => {
  test.each([
    ['Карсский', 'Карс'],
    ['Бишкекский', 'Бишкек'],
    ['Мадридские', 'Мадрид'],
    ['Алма-Атинская', 'Алма-Ата'],
    ['Физулинского', 'Физули'],
    ['Кельбаджарський', 'Кельбаджар'],
  ])('%s → %s', (word, stem) => {
    expect(adjectiveStems(word)).toContain(stem);
  });

  test('other words propose nothing', () => {
    expect(adjectiveStems('Лавров')).toEqual([]);
    expect(adjectiveStems('ский')).toEqual([]);
  });
});
