import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InvalidDataError, createGlossary, defaultGlossary, loadGlossary, lookup, search } from '../../src/index.js';
import type { Entity } from '../../src/index.js';

const acme: Entity = {
  id: 'acme-corp', type: 'organization', canonical: 'Acme Corporation', description: 'A company in the tests',
  labels: { en: 'Acme Corporation', ru: 'Акме' },
  aliases: [{ text: 'ACME', lang: 'en', kind: 'abbreviation', source: 'https://example.org/acme' }],
};
const dir = mkdtempSync(join(tmpdir(), 'onomast-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createGlossary', () => {
  test('a user glossary has the same API as the bundled one', () => {
    const g = createGlossary([acme]);
    expect(g.size).toBe(1);
    expect(g.lookup('acme')?.entity.id).toBe('acme-corp');
    expect(g.lookup('Акме')?.entity.id).toBe('acme-corp');
    expect(g.lookup('Sergey Lavrov')).toBeUndefined();
    expect(lookup('Акме', { glossary: g })?.entity.id).toBe('acme-corp');
    expect(search('Acme Corp', { glossary: g })[0]?.entity.id).toBe('acme-corp');
    expect(g.getEntity('acme-corp')).not.toBe(acme); // a frozen copy
    expect(Object.isFrozen(g.getEntity('acme-corp').labels)).toBe(true);
  });

  test('extending the bundled glossary', () => {
    const g = createGlossary([...defaultGlossary().entities(), acme]);
    expect(g.lookup('ACME')?.entity.id).toBe('acme-corp');
    expect(g.lookup('Lavrov')?.entity.id).toBe('sergey-lavrov');
  });

  test('invalid data lists every problem with its JSON path', () => {
    const bad = [acme, { ...acme }, { id: 'Bad Id', type: 'thing', canonical: '', labels: {}, description: 'x' }];
    try {
      createGlossary(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidDataError);
      const paths = (e as InvalidDataError).problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['$[1].id', '$[2].id', '$[2].type']));
      expect((e as Error).message).toMatch(/^createGlossary: the entity data has \d+ problems:/);
    }
  });

  test('prototype keys are rejected and pollute nothing', () => {
    const hostile = JSON.parse('[{"id":"x","type":"person","canonical":"X","description":"xxx","labels":{"en":"X","__proto__":{"polluted":1}},"__proto__":{"polluted":1}}]');
    expect(() => createGlossary(hostile)).toThrow(InvalidDataError);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('loadGlossary', () => {
  test('from a JSON file', () => {
    const file = join(dir, 'acme.json');
    writeFileSync(file, `\ufeff${JSON.stringify([acme])}`);
    expect(loadGlossary(file).lookup('ACME')?.entity.id).toBe('acme-corp');
  });

  test('a missing file or bad JSON is an InvalidDataError naming the path', () => {
    expect(() => loadGlossary(join(dir, 'missing.json'))).toThrow(/missing\.json/);
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[{"id": ');
    expect(() => loadGlossary(file)).toThrow(InvalidDataError);
  });
});
