import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, createGlossary, findMentions } from '../../src/index.js';
import { root } from '../helpers.js';

const ids = (text: string) => findMentions(text).map((m) => m.entityId);

describe('findMentions', () => {
  test('names, inflections, misspellings, partial mentions', () => {
    const text = 'Lavrov visits Baku; Mammadyarov meets Mnatsaknyan in Bratislava. Later, Ilham Aliyev said Aliyev would not.';
    const ms = findMentions(text);
    expect(ms.map((m) => m.entityId)).toEqual(['sergey-lavrov', 'baku', 'elmar-mammadyarov', 'zohrab-mnatsakanyan', 'bratislava', 'ilham-aliyev', 'ilham-aliyev']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms[3]!.score).toBeLessThan(1);
  });

  test.each([
    ['Сергей Лавров прибыл в Баку, где встретился с Ильхамом Алиевым.', ['sergey-lavrov', 'baku', 'ilham-aliyev']],
    ['Министр Лаврову передали приглашение Пашиняна в Ереване.', ['sergey-lavrov', 'nikol-pashinyan', 'yerevan']],
    ['İlham Əliyev Bakıda Lavrovu qəbul edib.', ['ilham-aliyev', 'baku', 'sergey-lavrov']],
    ["Dışişleri Bakanı Lavrov Bakü'de Aliyev'in konuğu oldu.", ['sergey-lavrov', 'baku', 'ilham-aliyev']],
    ['Նիկոլ Փաշինյանը Երևանում ընդունեց Լավրովին։', ['nikol-pashinyan', 'yerevan', 'sergey-lavrov']],
    ['ლავროვი ბაქოში ალიევს შეხვდა.', ['sergey-lavrov', 'baku', 'ilham-aliyev']],
    ['Siergiej Ławrow spotkał się z Ilhamem Alijewem.', ['sergey-lavrov', 'ilham-aliyev']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('the longest match wins and matches do not overlap', () => {
    const ms = findMentions('The Nagorno-Karabakh conflict and the Lachin corridor.');
    expect(ms.map((m) => m.entityId)).toEqual(['nagorno-karabakh', 'lachin-corridor']);
  });

  test('Heydar Aliyev stays Heydar; a later bare Aliyev follows the document', () => {
    const ms = findMentions('Heydar Aliyev ruled until 2003. Aliyev died in Cleveland.');
    expect(ms.map((m) => m.entityId)).toEqual(['heydar-aliyev', 'heydar-aliyev']);
  });

  test('common words and adjectives are not names', () => {
    expect(ids('Any decision on march 9 is important. It was on time. The Azerbaijani and Russian sides agreed.')).toEqual([]);
  });

  test('acronyms match only as written', () => {
    expect(ids('The CSTO and the EU; ОДКБ.')).toEqual(['csto', 'european-union', 'csto']);
    expect(ids('Csto eu')).toEqual([]);
  });

  test('a user glossary and type filters', () => {
    const g = createGlossary([{ id: 'acme-corp', type: 'organization', canonical: 'Acme Corporation', labels: { en: 'Acme Corporation' }, description: 'A company' }]);
    expect(findMentions('Shares of Acme Corporation rose in Baku.', { glossary: g }).map((m) => m.entityId)).toEqual(['acme-corp']);
    expect(findMentions('Lavrov in Baku', { types: ['place'] }).map((m) => m.entityId)).toEqual(['baku']);
  });

  test('bad arguments', () => {
    expect(() => findMentions(3 as never)).toThrow(InvalidArgumentError);
    expect(() => findMentions('x', { types: ['city'] } as never)).toThrow(/options.types/);
    expect(() => findMentions('x', { glossary: {} } as never)).toThrow(/options.glossary/);
  });
});

// Texts written for the project (tests/fixtures/mentions/README.md) in eight languages, with
// every expected span, traps included (Georgia the US state, "Они" at the start of a sentence,
// loose names of agreements): measured as precision and recall over all spans.
const dir = join(root, 'tests', 'fixtures', 'mentions');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
interface Doc { text: string; mentions: { id: string; surface: string }[] }
describe('fixture texts', () => {
  const expected = new Set<string>();
  const got = new Set<string>();
  for (const file of files) {
    const { documents } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { documents: Doc[] };
    documents.forEach((doc, i) => {
      let from = 0;
      for (const m of doc.mentions) {
        const start = doc.text.indexOf(m.surface, from);
        from = start + m.surface.length;
        expected.add(`${file}#${i} ${m.id}@${start}:${m.surface}`);
      }
      for (const m of findMentions(doc.text)) got.add(`${file}#${i} ${m.entityId}@${m.start}:${m.text}`);
    });
  }
  const tp = [...got].filter((g) => expected.has(g)).length;

  test.runIf(files.length > 0)(`precision ≥ 0.95 over ${files.length} languages`, () => {
    expect(tp / got.size, [...got].filter((g) => !expected.has(g)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  test.runIf(files.length > 0)('recall ≥ 0.95', () => {
    expect(tp / expected.size, [...expected].filter((e) => !got.has(e)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
