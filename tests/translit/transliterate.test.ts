import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, UnknownSchemeError, isOnomastError, transliterate } from '../../src/index.js';

describe('transliterate without options: each script by its default', () => {
  test.each([
    ['Сергей Лавров', 'Sergey Lavrov'],
    ['ЖУКОВ', 'ZHUKOV'],
    ['Щукин', 'Shchukin'],
    ['Һејдәр Әлијев', 'Heydər Əliyev'],
    ['Lavrov visits Баку; Mammadyarov meets Մնացականյան', 'Lavrov visits Baku; Mammadyarov meets Mnats’akanyan'],
    ['', ''],
    ['   ', '   '],
    ['Tbilisi 2024!', 'Tbilisi 2024!'],
    ['İlham Əliyev', 'İlham Əliyev'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  test('decomposed input is composed first (и + combining breve = й)', () => {
    expect(transliterate('Сергеи\u0306')).toBe('Sergey');
  });

  test('scripts without a scheme go to the fallback, never with @ or backticks', () => {
    for (const input of ['Αθήνα', '北京', 'بغداد', 'ירושלים', 'عباس عراقچی', '서울']) {
      const out = transliterate(input);
      expect(out).toMatch(/^[\x20-\x7e]+$/);
      expect(out).not.toMatch(/[@`]/);
    }
    expect(transliterate('Αθήνα')).toBe('Athina');
  });
});

describe('transliterate with from', () => {
  test.each([
    ['Çavuşoğlu', { from: 'tr' }, 'Çavuşoğlu'],
    ['Çavuşoğlu', { from: 'tr', ascii: true }, 'Cavusoglu'],
    ['İlham Əliyev', { from: 'az', ascii: true }, 'Ilham Aliyev'],
    ['Şuşa', { from: 'az', ascii: true }, 'Shusha'],
    ['Һејдәр Әлијев', { from: 'az-Cyrl', ascii: true }, 'Heydar Aliyev'],
    ['Һејдәр Әлијев', { from: 'AZ-cyrl' }, 'Heydər Əliyev'],
    ['Сергей Лавров', { from: 'ru-RU' }, 'Sergey Lavrov'],
  ] as const)('%s %j → %s', (input, options, expected) => {
    expect(transliterate(input, options)).toBe(expected);
  });
});

describe('transliterate with ascii', () => {
  test('typographic punctuation and spaces fold to ASCII', () => {
    expect(transliterate('“Сергей” — ok…\u00a0x', { ascii: true })).toBe('"Sergey" - ok... x');
  });
  test('a scheme with marks is stripped to its plain form', () => {
    expect(transliterate('Ильхам Мамедъяров Пётр', { scheme: 'ru-bgn-pcgn', ascii: true })).toBe('Ilkham Mamedyarov Petr');
  });
  test('Latin with diacritics, invisible and bidi characters', () => {
    expect(transliterate('Ł\u200bódź\u200f Zürich', { ascii: true })).toBe('Lodz Zurich');
  });
});

describe('transliterate errors', () => {
  test.each([[42], [null], [undefined], [{}], [['a']], [Symbol('x')]])('non-string %s → InvalidArgumentError', (value) => {
    expect(() => transliterate(value as unknown as string)).toThrow(InvalidArgumentError);
    expect(() => transliterate(value as unknown as string)).toThrow(/transliterate: text must be a string/);
  });

  test('unknown scheme lists the known ids', () => {
    try {
      transliterate('x', { scheme: 'ru-nope' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownSchemeError);
      expect(isOnomastError(e)).toBe(true);
      expect((e as Error).message).toMatch(/unknown scheme "ru-nope"; known schemes: .*ru-bgn-pcgn/);
    }
  });

  test.each([
    [{ from: 'xx' }, /unsupported language "xx" in options.from; supported: .*ru/],
    [{ from: 42 }, /options.from must be a BCP 47 language tag/],
    [{ ascii: 'yes' }, /options.ascii must be true or false/],
    [{ asci: true }, /unknown option "asci"; valid options: from, scheme, ascii/],
    [{ from: 'hy', scheme: 'ru-bgn-pcgn' }, /scheme ru-bgn-pcgn is for ru, not hy/],
    [null, /options must be an object/],
    ['ru', /options must be an object/],
  ])('bad options %j', (options, message) => {
    expect(() => transliterate('x', options as never)).toThrow(message);
  });

  test('options whose getters throw become InvalidArgumentError', () => {
    const hostile = Object.defineProperty({}, 'from', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => transliterate('x', hostile)).toThrow(InvalidArgumentError);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(() => transliterate('x', proxy)).toThrow(/options could not be read/);
  });
});

describe('engine rules through transliterate', () => {
  test.each([
    ["'Юрій' Знам’янка", { from: 'uk' }, "'Yurii' Znamianka"],
    ['ԵՐԵՎԱՆ Երևան', { from: 'hy' }, 'YEREVAN Yerevan'],
    ['ᲗᲑᲘᲚᲘᲡᲘ თბილისი', { from: 'ka' }, 'TBILISI Tbilisi'],
    ['Ж. Щукин-ЖУКОВ', { from: 'ru' }, 'Zh. Shchukin-ZHUKOV'],
    ['Тер-Петросян', { from: 'ru', ascii: true }, 'Ter-Petrosyan'],
    ['Լևոն Տեր-Պետրոսյան', { from: 'hy', ascii: true }, 'Levon Ter-Petrosyan'],
  ] as const)('%s %j → %s', (input, options, expected) => {
    expect(transliterate(input, options)).toBe(expected);
  });

  test('letters a scheme lacks go to the fallback (Serbian ђ in a Russian run)', () => {
    expect(transliterate('Ђоковић')).toMatch(/^[A-Za-z]+$/);
  });

  test('input is never mutated and the same input gives the same output', () => {
    const input = 'Сергей Лавров';
    const copy = `${input}`;
    expect(transliterate(input)).toBe(transliterate(input));
    expect(input).toBe(copy);
  });
});
