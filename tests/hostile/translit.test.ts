// Hostile input for the romanization functions: no crash, no hang, well-formed output.
import { describe, expect, test } from 'vitest';
import { detectScript, transliterate } from '../../src/index.js';

const isWellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\r\n\u00a0\u2003\u3000'],
  ['lone surrogates', 'Лав\ud800ров \udc00 Մն\ud83d'],
  ['NUL and C0/C1 controls', 'Сер\u0000гей\u0001\u001f\u007f\u0085\u009f'],
  ['bidi and zero-width', '\u202eЛавров\u202c \u200f\u200bԱլիև\u2066x\u2069\ufeff'],
  ['Zalgo: 10,000 combining marks', `Л${'\u0301'.repeat(10_000)}авров`],
  ['NFD Cyrillic', 'Сергеи\u0306 Ё'.normalize('NFD')],
  ['Turkish dotted/dotless I', 'İIıi Iğdır İSTANBUL'],
  ['Georgian Mtavruli', 'ᲗᲑᲘᲚᲘᲡᲘ ᲥᲣᲗᲐᲘᲡᲘ'],
  ['homoglyph spoof', 'Lаvrov Әliyev'],
  ['emoji and astral letters', '😀👍🏽 𠀋𠀋 Лавров 🇦🇲'],
  ['regex metacharacters', '.*+?^${}()|[]\\/ Лавров'],
  ['prototype keys', '__proto__ constructor toString hasOwnProperty'],
  ['long token', 'Щ'.repeat(100_000)],
  ['many short tokens', 'я '.repeat(100_000)],
  ['mixed scripts', 'Lavrov Лавров Լավրով ლავროვი Λαβρόφ 拉夫罗夫 لافروف '.repeat(2_000)],
];

describe.each(HOSTILE)('%s', (_name, input) => {
  test.each([{}, { ascii: true }, { from: 'ru' }, { from: 'hy', ascii: true }, { from: 'az' }, { scheme: 'ka-national' }])('transliterate %j', (options) => {
    const out = transliterate(input, options);
    expect(typeof out).toBe('string');
    if (isWellFormed(input)) expect(isWellFormed(out)).toBe(true);
    if ('ascii' in options) expect(out).toMatch(/^[\x00-\x7f]*$/);
  });
  test('detectScript', () => {
    expect(typeof detectScript(input)).toBe('string');
  });
});

describe('large inputs', () => {
  test('a 10 MB line is romanized whole', () => {
    const line = 'Сергей Лавров встретился с Ильхамом Алиевым. '.repeat(120_000);
    expect(line.length).toBeGreaterThan(5_000_000);
    const out = transliterate(line);
    expect(out.startsWith('Sergey Lavrov vstretilsya s Il’khamom Aliyevym. ')).toBe(true);
    expect(out.length).toBeGreaterThan(line.length);
  });

  test('a 1 MB run of combining marks stays linear (capped at 30 per base)', () => {
    const out = transliterate(`а${'\u0301'.repeat(1_000_000)}`, { ascii: true });
    expect(out).toBe('a');
  });
});
