import { fc, test as ftest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, createGlossary, dedupeNames } from '../../src/index.js';

const NAMES = ['Ilham Aliyev', 'Ilham Aliev', 'İlham Əliyev', 'Ильхам Алиев', 'Aliyev I.', 'ALIYEV ILHAM', 'Heydar Aliyev', 'Heydər Əliyev',
  'Sergey Lavrov', 'Sergei Lavrov', 'Лавров Сергей', 'Elmar Mammadov', 'Elmar Mammadyarov', 'Elmar Mamedyarov', 'Armen Sarkissian', 'Serzh Sargsyan', 'Serge Sarkissian'];
const clusterOf = (clusters: ReturnType<typeof dedupeNames>, name: string) => clusters.find((c) => c.members.includes(name));

describe('dedupeNames', () => {
  test('with the glossary: names join their entity, confusables stay apart', () => {
    const c = dedupeNames(NAMES);
    expect(clusterOf(c, 'Ильхам Алиев')).toMatchObject({ entityId: 'ilham-aliyev', canonical: 'Ilham Aliyev' });
    expect(clusterOf(c, 'ALIYEV ILHAM')!.members).toEqual(expect.arrayContaining(['Ilham Aliyev', 'İlham Əliyev', 'Aliyev I.']));
    expect(clusterOf(c, 'Heydər Əliyev')!.entityId).toBe('heydar-aliyev');
    expect(clusterOf(c, 'Elmar Mamedyarov')!.entityId).toBe('elmar-mammadyarov');
    expect(clusterOf(c, 'Elmar Mammadov')!.entityId).toBeUndefined();
    expect(clusterOf(c, 'Serge Sarkissian')!.entityId).toBe('serzh-sargsyan');
    expect(clusterOf(c, 'Armen Sarkissian')!.entityId).toBe('armen-sarkissian');
  });

  test('without the glossary: precise clusters by the names alone', () => {
    const c = dedupeNames(NAMES, { glossary: false });
    expect(clusterOf(c, 'Ильхам Алиев')!.members).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Ilham Aliev', 'İlham Əliyev']));
    expect(clusterOf(c, 'Heydar Aliyev')!.members).not.toContain('Ilham Aliyev');
    expect(clusterOf(c, 'Elmar Mammadov')!.members).toEqual(['Elmar Mammadov']);
    expect(clusterOf(c, 'Armen Sarkissian')!.members).not.toContain('Serzh Sargsyan');
    for (const x of c) expect(x.entityId).toBeUndefined();
  });

  test('keyOnly links equal name keys only', () => {
    const c = dedupeNames(['Ilham Aliyev', 'Aliev Ilham', 'Elmar Mammadyarov', 'Elmar Mamedyarov'], { glossary: false, keyOnly: true });
    expect(c.map((x) => x.members.length).sort()).toEqual([1, 1, 2]);
  });

  test('a user glossary', () => {
    const g = createGlossary([{ id: 'acme', type: 'organization', canonical: 'Acme Corporation', labels: { en: 'Acme Corporation', ru: 'Акме' }, description: 'A company' }]);
    const c = dedupeNames(['Acme Corporation', 'Акме', 'ACME CORPORATION'], { glossary: g });
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ entityId: 'acme', canonical: 'Acme Corporation' });
  });

  test('empty input, duplicates, odd strings', () => {
    expect(dedupeNames([])).toEqual([]);
    expect(dedupeNames(['', '', ' ', '\ud800'])).toHaveLength(3);
    expect(dedupeNames(['x', 'x', 'x'])[0]!.members).toEqual(['x']);
  });

  test('bad arguments', () => {
    expect(() => dedupeNames('x' as never)).toThrow(InvalidArgumentError);
    expect(() => dedupeNames([1] as never)).toThrow(/names\[0\] must be a string/);
    expect(() => dedupeNames([], { threshold: 2 })).toThrow(/options.threshold/);
    expect(() => dedupeNames([], { glossary: {} } as never)).toThrow(/options.glossary/);
  });

  ftest.prop([fc.shuffledSubarray(NAMES, { minLength: 1 }), fc.boolean()], { numRuns: 1000 })('independent of input order, and idempotent', (names, useGlossary) => {
    const options = useGlossary ? {} : { glossary: false as const };
    const a = dedupeNames(names, options);
    const b = dedupeNames([...names].reverse(), options);
    expect(b).toEqual(a);
    for (const cluster of a) {
      const again = dedupeNames(cluster.members, options);
      expect(again).toHaveLength(1);
      expect(again[0]!.members).toEqual(cluster.members);
    }
  });
});
