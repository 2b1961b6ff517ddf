import { describe, expect, test } from 'vitest';
import { isDesignator, isPatronymic, isTitle } from '../../src/match/nameTags.js';
import { keyTokens } from '../../src/normalize/keyTokens.js';

// The tags are read on skeleton tokens (Soviet → sovet).
const token = (word: string) => keyTokens(word)[0]!;

describe('nameTags', () => {
  test('titles and offices are tags', () => {
    for (const w of ['President', 'Minister', 'Prezident', 'M']) expect(isTitle(token(w))).toBe(true);
  });

  test('the letters of an abbreviated title (г-н, г-жа) are not titles: they may be initials', () => {
    expect(isTitle('n')).toBe(false);
    expect(isTitle('g')).toBe(false);
    expect(isTitle('v')).toBe(false);
  });

  test('designators are titles too, but not every title is a designator', () => {
    expect(isDesignator(token('Republic'))).toBe(true);
    expect(isTitle(token('Republic'))).toBe(true);
    expect(isDesignator(token('Minister'))).toBe(false);
    expect(isDesignator(token('Soviet'))).toBe(true);
    expect(isDesignator(token('Республики'))).toBe(true);
  });

  test('patronymics', () => {
    expect(isPatronymic(token('Viktorovich'))).toBe(true);
    expect(isPatronymic(token('Lavrov'))).toBe(false);
  });
});
