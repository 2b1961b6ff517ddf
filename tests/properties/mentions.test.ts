import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findMentions } from '../../src/index.js';

const words = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'in', 'and', 'will', 'continue', '—', ',', '.', 'Ереван', 'встреча', 'Հայաստան', 'და', 'ə', '😀', '\u200f', '\u0301', 'A', 'ONE'];
const filler = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((a) => a.join(' '));
const names = ['Sergey Lavrov', 'Nikol Pashinyan', 'Jeyhun Bayramov', 'Mikheil Saakashvili', 'Bratislava', 'Nagorno-Karabakh', 'Лавров', 'Ереване'];
const anyText = fc.oneof(filler, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('findMentions properties', () => {
  test.prop([anyText], { numRuns: 1000 })('offsets slice the input exactly; sorted, non-overlapping', (text) => {
    let last = 0;
    for (const m of findMentions(text)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      last = m.end;
    }
  });

  test.prop([filler, fc.string({ unit: 'grapheme-ascii', maxLength: 20 })], { numRuns: 300 })('prefixing text with a sentence shifts the spans', (text, prefix) => {
    const head = `${prefix.replace(/[A-Za-z]/g, 'x')}. `;
    const a = findMentions(text).map((m) => [m.entityId, m.start + head.length, m.end + head.length]);
    const b = findMentions(head + text).filter((m) => m.start >= head.length).map((m) => [m.entityId, m.start, m.end]);
    expect(b).toEqual(a);
  });

  test.prop([filler, fc.constantFrom(...names), filler], { numRuns: 300 })('a name inserted into random text is found', (left, name, right) => {
    const text = `${left}. ${name} ${right}`;
    const start = left.length + 2;
    expect(findMentions(text).some((m) => m.start === start && m.end === start + name.length)).toBe(true);
  });
});
