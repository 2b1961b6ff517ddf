import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { defaultGlossary, lookup, nameKey } from '../../src/index.js';
import type { Entity } from '../../src/index.js';

const entities = defaultGlossary().entities();
const spellings = (e: Entity) => [e.canonical, ...Object.values(e.labels), ...(e.aliases ?? []).map((a) => a.text)];
const pairs = entities.flatMap((e) => spellings(e).map((text) => [e, text] as const));

describe('bundled glossary properties', () => {
  // Namesakes (two people called Ali Hasanov, a mountain and a town called Ararat) share a name
  // key; between them the more prominent wins, by design.
  test.prop([fc.constantFrom(...pairs)], { numRuns: 1000 })('every label and alias looks up to its entity (or a namesake with the same name key)', ([entity, text]) => {
    const r = lookup(text);
    expect(r, text).toBeDefined();
    if (r!.entity.id !== entity.id) {
      expect(spellings(r!.entity).map((s) => nameKey(s)), `${text}: ${entity.id} vs ${r!.entity.id}`).toContain(nameKey(text));
    }
  });
});

describe('lookup by sound on any text of the scripts it reads', () => {
  // Letters of Arabic, Hebrew, Greek, Thai (leading vowels too), kana (small ones, ー), Hangul,
  // Chinese, Devanagari and Bengali, with spaces, middle dots, slashes, dots and Uzbek apostrophes.
  const letters = fc.constantFrom(
    ...'سيرغلافوحدمنكبتשלוםבראגΛαβρόφντμπγκσςกขรลวฟซเแโใไอสาธณัฐアイウカキラブロフワィッー・가나다라마세르게이연방谢尔盖拉夫罗议定书南北山地共和国卡রাশিয়ারভ্লাদিমিरूस ·/.‘`'.split(''),
  );
  const text = fc.array(letters, { maxLength: 60 }).map((a) => a.join(''));
  test.prop([text], { numRuns: 500 })('never throws; a sound match is a known entity at 0.9 or less', (query) => {
    const r = lookup(query, { minScore: 0 });
    if (r?.method === 'sound') {
      expect(r.score).toBeLessThanOrEqual(0.9);
      expect(defaultGlossary().findEntity(r.entity.id)).toBeDefined();
    }
  });
});
