import { describe, expect, test } from 'vitest';
import { conceptTokens } from '../../src/match/conceptTokens.js';
import { keyTokens } from '../../src/normalize/keyTokens.js';

const concepts = (name: string) => conceptTokens(keyTokens(name));

describe('conceptTokens', () => {
  test('translated words of names share a concept', () => {
    for (const name of ['Treaty of Kars', 'Trattato di Kars', 'Traité de Kars', 'Карсский договор', 'Kars Antlaşması']) expect(concepts(name)).toContain('~treaty');
    for (const name of ['Nagorno-Karabakh', 'Berg-Karabach', 'Haut-Karabakh', 'Dağlıq Qarabağ', 'Լեռնային Ղարաբաղ', 'მთიანი ყარაბაღი']) {
      expect(concepts(name)).toContain('~mountainous');
    }
    expect(concepts('Laçın dəhlizi')).toEqual(['lachin', '~corridor']);
    expect(concepts('Osetia del Sur')).toEqual(['osetia', 'del', '~south']); // del is an article, not Hungarian dél
  });

  test('acronyms that translate inside names', () => {
    for (const name of ['OSCE Minsk Group', 'ATƏT-in Minsk qrupu', 'Минская группа ОБСЕ', 'ԵԱՀԿ Մինսկի խումբ']) expect(concepts(name)).toContain('~osce');
  });

  test('statements and their dates', () => {
    expect(concepts('10 noyabr bəyanatı')).toEqual(['10', '~november', '~statement']);
    expect(concepts('Трёхстороннее заявление от 10 ноября')).toEqual(['~trilateral', '~statement', 'ot', '10', '~november']);
  });

  test('Vietnamese words of two syllables are one concept', () => {
    expect(concepts('hành lang Lachin')).toEqual(['~corridor', 'lachin']);
    expect(concepts('Tổ chức Hiệp ước An ninh Tập thể')).toEqual(['~organization', '~treaty', '~security', '~collective']);
  });

  test('compounds that start with a concept are split', () => {
    expect(concepts('Nordkaukasus')).toEqual(['~north', 'kaukasus']);
    expect(concepts('Bergkarabach')).toEqual(['~mountainous', 'karabach']);
    expect(concepts('Südossetien')).toEqual(['~south', 'oseten']);
  });

  test('other names come back as they were (the same array)', () => {
    const tokens = keyTokens('Sergey Lavrov');
    expect(conceptTokens(tokens)).toBe(tokens);
    expect(conceptTokens([])).toEqual([]);
  });
});
