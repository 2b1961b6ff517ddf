import { describe, expect, test } from 'vitest';
import { linkPlaces } from '../../src/glossary/linkPlaces.js';
import type { Entity } from '../../src/index.js';

const entities: Entity[] = [{ id: 'zurich', type: 'place', canonical: 'Zurich', description: 'A city in the tests', labels: { en: 'Zurich' } }];
const places = new Map([['zurigo', 0], ['zurich', 0]]);

describe('linkPlaces', () => {
  test('one-word names of places become the place', () => {
    expect(linkPlaces(['~protocol', 'di', 'zurigo'], places, entities)).toEqual(['~protocol', 'di', '@zurich']);
  });

  test('the same array when no place is named, or nothing but places and designators would be left', () => {
    const none = ['minsk', '~group'];
    expect(linkPlaces(none, places, entities)).toBe(none);
    expect(linkPlaces(['zurigo'], places, entities)).toEqual(['zurigo']);
    expect(linkPlaces(['zurigo', 'di'], places, entities)).toEqual(['zurigo', 'di']);
  });
});
