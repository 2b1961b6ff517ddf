import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, compareNames } from '../../src/index.js';

describe('compareNames', () => {
  test.each([
    ['Ilham Aliyev', 'Ilham Aliyev', 1],
    ['Ilham Aliyev', 'Ильхам Алиев', 0.97],
    ['ALIYEV ILHAM', 'İlham Əliyev', 0.97],
    ['Sergey Lavrov', 'Siergiej Ławrow', 0.97],
  ])('%s ~ %s = %s', (a, b, score) => {
    expect(compareNames(a, b).score).toBe(score);
  });

  test.each([
    ['Elmar Mammadyarov', 'Elmar Mamedyarov'],
    ['Zohrab Mnatsakanyan', 'Zograb Mnatsakanian'],
    ['Aliyev I.', 'Ilham Aliyev'],
    ['Sergey Viktorovich Lavrov', 'Sergey Lavrov'],
  ])('alike: %s ~ %s', (a, b) => {
    expect(compareNames(a, b).score).toBeGreaterThanOrEqual(0.9);
  });

  test.each([
    ['Vladimir Putin', 'Vladimir Potanin'],
    ['Heydar Aliyev', 'Ilham Aliyev'],
    ['Elmar Mammadov', 'Elmar Mammadyarov'],
    ['Armen Sarkissian', 'Serzh Sargsyan'],
    ['', 'Lavrov'],
  ])('different: %s ~ %s', (a, b) => {
    expect(compareNames(a, b).score).toBeLessThan(0.8);
  });

  test('symmetric, with an explanation', () => {
    const ab = compareNames('Elmar Mammadyarov', 'Elmar Mamedyarov');
    expect(compareNames('Elmar Mamedyarov', 'Elmar Mammadyarov').score).toBe(ab.score);
    expect(ab.explanation.join(' ')).toMatch(/mamadiarov~mamediarov/);
  });

  test('non-strings', () => {
    expect(() => compareNames(1 as never, 'x')).toThrow(InvalidArgumentError);
    expect(() => compareNames('x', null as never)).toThrow(/compareNames: b must be a string/);
  });
});
