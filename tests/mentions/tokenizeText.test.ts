import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../src/mentions/tokenizeText.js';

const words = (text: string) => tokenizeText(text).map((t) => t.word);

describe('tokenizeText', () => {
  test('an apostrophe between letters stays inside the word', () => {
    expect(words("Lavrov Bakü'de Aliyev'in konuğu")).toEqual(['Lavrov', "Bakü'de", "Aliyev'in", 'konuğu']);
    expect(words('Знам’янка')).toEqual(['Знам’янка']);
  });

  test('so do the ‘ and ` that Uzbek Latin writes for ʻ', () => {
    expect(words('Tog‘li Qorabog‘ni')).toEqual(['Tog‘li', 'Qorabog‘ni']);
    expect(words('Erdo`g`anning')).toEqual(['Erdo`g`anning']);
  });

  test('quotation marks around a word are not part of it', () => {
    expect(words('‘Lavrov’ said')).toEqual(['Lavrov', 'said']);
  });

  test('offsets give back the word', () => {
    const text = 'Mnatsakanyan, Mammadyarov';
    for (const t of tokenizeText(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});
