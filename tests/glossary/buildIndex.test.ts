import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/glossary/buildIndex.js';
import type { Entity } from '../../src/index.js';

const place = (id: string, labels: Record<string, string>, prominence?: number): Entity => ({
  id, type: 'place', canonical: labels.en!, description: 'A place in the tests', labels, ...(prominence === undefined ? {} : { prominence }),
});

describe('buildIndex: places in the names of agreements and organizations', () => {
  const entities: Entity[] = [
    place('zurich', { en: 'Zurich', it: 'Zurigo', de: 'Zürich' }, 0.6),
    place('kars', { en: 'Kars' }, 0.5),
    place('kars-river', { en: 'Kars' }, 0.4),
    { id: 'zurich-protocols', type: 'agreement', canonical: 'Zurich Protocols', description: 'An agreement in the tests', labels: { en: 'Zurich Protocols', it: 'Protocolli di Zurigo' } },
    {
      id: 'zurich-insurance', type: 'organization', canonical: 'Zurich Insurance', description: 'An organization in the tests', labels: { en: 'Zurich Insurance' },
      aliases: [{ text: 'Zurigo', lang: 'it', kind: 'abbreviation', source: 'https://example.org/zurigo' }],
    },
  ];
  const index = buildIndex(entities);

  test('every one-word name of a place is the place; a word two places of like prominence bear is neither', () => {
    expect(index.places.get('zurigo')).toBe(0);
    expect(index.places.get('zurich')).toBe(0);
    expect(index.places.has('kars')).toBe(false);
  });

  test('names of agreements are indexed with their places linked', () => {
    const linked = index.names.filter((n) => n.entity === 3).map((n) => n.linked);
    expect(linked).toContainEqual(['@zurich', '~protocol']);
    expect(linked).toContainEqual(['~protocol', 'di', '@zurich']);
  });

  test('one-word places, abbreviations and names that are nothing but a place are not linked', () => {
    expect(index.names.filter((n) => n.entity <= 2 || n.kind === 'abbreviation').every((n) => n.linked === undefined)).toBe(true);
    expect(buildIndex([...entities, place('zurich-lake', { en: 'Lake Zurich' })]).names.at(-1)?.linked).toEqual(['lake', '@zurich']);
    expect(index.names.find((n) => n.text === 'Zurich Insurance')?.linked).toEqual(['@zurich', 'insurance']);
  });
});
