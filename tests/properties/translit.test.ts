import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { transliterate } from '../../src/index.js';

// Strings drawn from the scripts onomast handles plus hostile characters (marks, surrogates, controls, bidi).
const alphabet = [
  ...'abcxyzÇçŞşİıƏəĞğ',
  ...'СергейЛавровЖУКОВЩЁёъьйыэюя',
  ...'іїєґЄЇ’ʼ',
  ...'ՄնացականյանԵրևանՈրոտանու',
  ...'ქუთაისიკობახიძეᲗᲑᲘᲚᲘᲡᲘ',
  ...'ҝҹһјәөү',
  ...'Αθ北京بغداد',
  ' ', '-', "'", '\u0301', '\u0306', '\u200b', '\u200f', '\u202e', '\0', '\u0085', '\ud800', '\udc00', '😀', '\ufeff',
];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
const anyString = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const options = fc.record(
  {
    from: fc.constantFrom('ru', 'uk', 'hy', 'ka', 'az', 'az-Cyrl', 'tr'),
    ascii: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('transliterate properties', () => {
  test.prop([anyString, options], { numRuns: 1000 })('never throws on any string and returns a string', (s, o) => {
    expect(typeof transliterate(s, o)).toBe('string');
  });

  test.prop([anyString, options], { numRuns: 1000 })('ascii: true gives only U+0000–U+007F', (s, o) => {
    expect(transliterate(s, { ...o, ascii: true })).toMatch(/^[\x00-\x7f]*$/);
  });

  test.prop([text])('ASCII text passes through unchanged', (s) => {
    const ascii = s.replace(/[^\x20-\x7e]/g, '');
    expect(transliterate(ascii)).toBe(ascii);
  });

  test.prop([text], { numRuns: 300 })('romanizing twice changes nothing more in ASCII mode (output is a fixed point)', (s) => {
    const once = transliterate(s, { ascii: true });
    expect(transliterate(once, { ascii: true })).toBe(once);
  });

  test.prop([fc.constantFrom(...alphabet.filter((c) => c.length === 1)), fc.constantFrom(...alphabet)], { numRuns: 15 })(
    'linear time: 4× the input takes well under 16× the time (no quadratic path)',
    (a, b) => {
      const unit = (a + b).repeat(12_500);
      const time = (s: string) => {
        let best = Infinity;
        for (let k = 0; k < 3; k++) {
          const t0 = performance.now();
          transliterate(s, { ascii: true });
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      const small = time(unit);
      const large = time(unit.repeat(4));
      // 4× the work is linear; 16× would be quadratic. Small inputs get a 2 ms floor against timer noise.
      expect(large).toBeLessThan(10 * Math.max(small, 2));
    },
  );
});
