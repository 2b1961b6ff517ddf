import { describe, expect, test } from 'vitest';
import { hasSoundScript, latinClasses, soundOnset, soundReadings } from '../../src/match/soundClasses.js';
import { keyTokens } from '../../src/normalize/keyTokens.js';

const latin = (name: string) => keyTokens(name).map(latinClasses);

describe('soundClasses', () => {
  test('Latin spellings of one name share their classes', () => {
    for (const name of ['Sergey Lavrov', 'Sergej Lawrow', 'Serghei Lavrov']) expect(latin(name)).toEqual(['srk', 'rbrb']);
    expect(latin('Mnatsakanyan')).toEqual(['mnskn']);
    expect(latin('Zohrab')).toEqual(['skrb']); // the h of zoh-rab is a sound; the h of sh is not
    expect(latin('Shusha')).toEqual(['s']);
    expect(latin('Kutaisi')).toEqual(['kts']); // t and s apart: two sounds
  });

  test.each([
    // Arabic and Persian write few vowels; و is v or a vowel (two readings)
    ['ديمتري ميدفيديف', ['tmtr', 'mtbtb']],
    ['مراد', ['mrt']],
    ['كوتايسي', ['kts']],
    ['مناتساكانيان', ['mnskn']], // تس side by side is ts, one sound
    // Hebrew
    ['דמיטרי מדבדב', ['tmtr', 'mtbtb']],
    // Greek digraphs: ντ is d, μπ is b
    ['Ντμίτρι Μεντβέντεφ', ['tmtr', 'mtbtb']],
    // kana: vowels written after every consonant, ー and small kana silent
    ['ドミートリー・メドヴェージェフ', ['tmtr', 'mtbsb']],
    ['クタイス', ['kts']],
    ['イワニシビリ', ['bnsbr']], // ワ is the v of a foreign name, as Latin w is b
    // Thai: the silencing mark keeps the letter of the original (เซอร์ is "ser")
    ['เซอร์เกย์ ลาฟรอฟ', ['srk', 'rbrb']],
    // Greek γι before a vowel is the glide y
    ['Αλίγιεφ', ['rb']],
    ['Ρετζέπ Ταγίπ Ερντογάν', ['rsb', 'tb', 'rtkn']],
    // Persian without its zero-width joiner: -ov written apart
    ['جیهون بایرام اف', ['skn', 'brmb']],
    // designators are not the name
    ['جمهورية أرمينيا', ['rmn']],
    ['아르차흐 공화국', ['rsk']],
    ['克尔巴贾尔区', ['krbsr']],
    // prefixes that translate, federation as a designator, 卡 as ka
    ['南オセチア共和国', ['~south', 'st']],
    ['山地卡拉巴赫', ['~mountainous', 'krbk']],
    ['ロシア連邦', ['rs']],
    ['สหพันธรัฐรัสเซีย', ['rs']],
    ['나고르노-까라바흐공화국', ['~mountainous', 'krbk']], // Nagorno, borrowed as written, is the concept
    ['나고르노카라바흐 자치주', ['~mountainous', 'krbk']],
    ['ناغورنو كاراباخ', ['~mountainous', 'krbk']],
    ['สาธารณรัฐอาร์ทซัค', ['rsk']],
    // the kind of document, as a concept: a suffix in Chinese and Japanese, a word elsewhere
    ['ビシュケク議定書', ['bsk', '~protocol']],
    ['비슈케크 의정서', ['bsk', '~protocol']],
    ['بروتوكول بيشكيك', ['~protocol', 'bsk']],
    ['Πρωτόκολλο του Μπισκέκ', ['~protocol', 'bsk']], // του is an article
    // Hangul syllables: initial and final consonants
    ['드미트리 메드베데프', ['tmtr', 'mtbtb']],
    // Chinese: pinyin initials, middle dot between words
    ['德米特里·梅德韦杰夫', ['tmtr', 'mtbsb']],
  ])('%s → %j', (name, classes) => {
    expect(soundReadings(name)).toContainEqual(classes);
  });

  test('Japanese チ is chi, or the ti of a Russian name', () => {
    expect(soundReadings('ミシュスチン')).toEqual([['msn'], ['mstn']]);
  });

  test('Japanese フ is fu, or the kh of a name', () => {
    expect(soundReadings('カラバフ')).toEqual([['krb'], ['krbk']]);
    expect(soundReadings('フィズリ')).toEqual([['bsr']]); // フィ is fi
  });

  test('Arabic و gives a reading as a consonant and one as a vowel', () => {
    expect(soundReadings('نیکول')).toEqual([['nkbr'], ['nkr']]);
  });

  test('which scripts are read by sound', () => {
    for (const s of ['Λαβρόφ', 'لافروف', 'לברוב', 'ラブロフ', 'らぶろふ', '라브로프', '拉夫罗夫']) expect(hasSoundScript(s)).toBe(true);
    for (const s of ['Lavrov', 'Лавров', 'Լավրով', 'ლავროვი', '']) expect(hasSoundScript(s)).toBe(false);
  });

  test('any string: no throw, at most 12 words', () => {
    expect(soundReadings('\ud800\u0000\u200f')).toEqual([[]]);
    expect(soundReadings('ب '.repeat(100))[0]).toHaveLength(12);
  });
});

describe('soundOnset', () => {
  test.each([
    ['Artsakh', true], ['Rusko', false], ['อาร์ทซัค', true], ['สาธารณรัฐอาร์ทซัค', true], ['เซาท์ออสซีเชีย', false],
    ['아르차흐', true], ['러시아', false], ['阿爾察赫', true], ['アルザフ', true], ['ロシア', false], ['إلهام علييف', true],
    ['ארמניה', true], ['Αρμενία', true], ['Ρωσία', false],
  ])('%s begins with a vowel: %s', (name, vowel) => {
    expect(soundOnset(name)).toBe(vowel);
  });

  test('no answer for a concept or an empty name', () => {
    expect(soundOnset('의정서')).toBeUndefined();
    expect(soundOnset('')).toBeUndefined();
  });
});

describe('latinClasses', () => {
  test('sh, ch, zh are one sibilant; bh, dh, ph, th one stop', () => {
    expect(latinClasses('shusha')).toBe('s');
    expect(latinClasses('bhladimir')).toBe(latinClasses('vladimir'));
    expect(latinClasses('thomas')).toBe(latinClasses('tomas'));
  });
});
