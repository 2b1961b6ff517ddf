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
