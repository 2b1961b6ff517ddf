import { describe, expect, test } from 'vitest';
import { chAsKh } from '../../src/normalize/chAsKh.js';

describe('chAsKh', () => {
  test('ch read as kh (h in the skeleton), whatever its case', () => {
    expect(chAsKh('Arcach')).toBe('Arcah');
    expect(chAsKh('Chačaturian')).toBe('hačaturian');
    expect(chAsKh('CHAČATURIAN')).toBe('HAČATURIAN');
  });

  test('sch stays, and text without ch gives undefined', () => {
    expect(chAsKh('Schewardnadse')).toBeUndefined();
    expect(chAsKh('Lavrov')).toBeUndefined();
  });
});
