import { keyTokens } from '../normalize/keyTokens.js';
import { conceptTokens } from './conceptTokens.js';
import { nfcSafe } from '../normalize/nfcSafe.js';
import { fallback } from '../translit/fallback.js';

/**
 * Sound classes: a name reduced to its consonants, each folded to one of seven classes that
 * writing systems confuse (b = b p f v w, t = t d, k = k g q h, s = s z c j ch sh zh, r = l r,
 * m, n), vowels dropped, repeats once. Scripts that write few vowels (Arabic, Hebrew), add
 * them (Japanese, Korean) or spell by syllables (Chinese) agree with a Latin spelling here and
 * almost nowhere else: سيرغي لافروف, סרגיי לברוב, セルゲイ・ラブロフ, 세르게이 라브로프 and
 * Sergey Lavrov are all "srk rbrb".
 */

const LATIN_CLASS = new Map<string, string>([
  ['b', 'b'], ['p', 'b'], ['f', 'b'], ['v', 'b'], ['w', 'b'],
  ['t', 't'], ['d', 't'],
  ['k', 'k'], ['g', 'k'], ['q', 'k'], ['h', 'k'],
  ['s', 's'], ['z', 's'], ['c', 's'], ['j', 's'], ['x', 's'],
  ['l', 'r'], ['r', 'r'], ['m', 'm'], ['n', 'n'],
]);

/** Appends a class to a class string, once (repeats fold: Mammadov, محمد). */
function push(out: string, c: string): string {
  return c === '' || out.endsWith(c) ? out : out + c;
}

/** The sound classes of a skeleton token (lowercase ASCII, see `keyTokens`): lavrov → rbrb. */
export function latinClasses(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    // sh, ch, zh: one sibilant; bh, dh, ph, th: one stop, as Indic scripts and English write them
    // (ভ্লাদিমির bhladimir, Vladimir). The h is not a sound of its own there.
    if (ch === 'h' && i > 0 && 'sczbdpt'.includes(token[i - 1]!)) continue;
    out = push(out, LATIN_CLASS.get(ch) ?? '');
  }
  return out;
}

/** One letter's class in a script read letter by letter; '' for vowels, '?' for Arabic و / Hebrew ו (v or a vowel). */
const LETTER_CLASS = new Map<string, string>();
const letters = (chars: string, c: string) => {
  for (const ch of chars) LETTER_CLASS.set(ch, c);
};
// Arabic, Persian, Urdu
letters('بپفڤ', 'b');
letters('تثدطضظٹڈ', 't');
letters('ذ', 's'); // z in Persian and in foreign names (آذربایجان)
letters('كکگقغڭخحهہ', 'k');
letters('سصشزژجچ', 's');
letters('لرڑ', 'r');
letters('م', 'm');
letters('نں', 'n');
letters('وۋ', '?');
// Hebrew (geresh letters ג׳ צ׳ ז׳ are read as s below)
letters('בפף', 'b');
letters('דטת', 't');
letters('גכךקחה', 'k');
letters('זסשצץ', 's');
letters('לר', 'r');
letters('מם', 'm');
letters('נן', 'n');
letters('ו', '?');
// Thai (the silencing mark ์ is ignored: in a foreign name it marks a letter of the original, เซอร์เกย์)
letters('กขฃคฅฆหฮ', 'k');
letters('งณน', 'n');
letters('จฉชซฌศษส', 's');
letters('ฎฏฐฑฒดตถทธ', 't');
letters('บปผฝพฟภ', 'b');
letters('ม', 'm');
letters('รฤลฦฬ', 'r');
letters('ว', '?');
// Greek (digraphs ντ μπ γκ γγ τσ τζ below)
letters('βπφψ', 'b');
letters('τδθ', 't');
letters('κγχξ', 'k');
letters('σςζ', 's');
letters('λρ', 'r');
letters('μ', 'm');
letters('ν', 'n');

/** Small kana vowels: after フ they make it fa, fi, fe, fo. */
const SMALL_VOWELS = new Set([...'ァィゥェォぁぃぅぇぉ']);
const GREEK_VOWELS = new Set([...'αεηιουωάέήίόύώ']);
const GREEK_FRONT = new Set([...'ιεηυίέήύϊ']);
const T_LETTERS = new Set(['ت', 'ط', 'ט', 'ת', 'ต', 'ท', 'ถ', 'ด']);
const GREEK_DIGRAPHS = new Map<string, string>([['ντ', 't'], ['μπ', 'b'], ['γκ', 'k'], ['γγ', 'k'], ['τσ', 's'], ['τζ', 's']]);
const GERESH = new Set(['\u05f3', "'", '\u2019']);

/**
 * Katakana by row (hiragana is katakana − 0x60): k, s (サ シ ス セ ソ and their voiced forms),
 * t (タ テ ト) but s for チ ツ (chi, tsu), n, k for ハ ヒ ヘ ホ, b for フ (fu) and バ/パ rows, m,
 * r, b for ワ (w, v); vowels, ヤ row, small kana and ー are ''.
 */
function kanaClass(code: number): string {
  if (code >= 0x3041 && code <= 0x3096) code += 0x60;
  if (code >= 0x30ab && code <= 0x30b4) return 'k';
  if (code >= 0x30b5 && code <= 0x30be) return 's';
  if (code >= 0x30bf && code <= 0x30c9) return code === 0x30c1 || code === 0x30c2 || code === 0x30c4 || code === 0x30c5 ? 's' : code === 0x30c3 ? '' : 't';
  if (code >= 0x30ca && code <= 0x30ce) return 'n';
  if (code >= 0x30cf && code <= 0x30dd) {
    const k = (code - 0x30cf) % 3; // ハ バ パ, ヒ ビ ピ …: plain, voiced, half-voiced
    return k === 0 && code !== 0x30d5 ? 'k' : 'b';
  }
  if (code >= 0x30de && code <= 0x30e2) return 'm';
  if (code >= 0x30e9 && code <= 0x30ed) return 'r';
  if (code === 0x30f3) return 'n';
  // ワ is the w, and the v, of foreign names (イワノフ Ivanov), as Latin w is b here.
  if (code === 0x30f4 || code === 0x30ef || code === 0x30ee) return 'b';
  if (code === 0x30f5 || code === 0x30f6) return 'k';
  return '';
}

/** Hangul initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) and finals. */
const HANGUL_INITIAL = 'kkntt' + 'rmbbs' + 's' + '-' + 'ssskt' + 'bk';
const HANGUL_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'm', 'b', 'b', 's', 's', 'n', 's', 's', 'k', 't', 'b', 'k'];

function hangulClasses(code: number): string {
  const s = code - 0xac00;
  const initial = HANGUL_INITIAL[Math.floor(s / 588)]!;
  return (initial === '-' ? '' : initial) + HANGUL_FINAL[s % 28]!;
}

/** A pinyin syllable's classes: its initial (zh ch sh j q x z c → s, r l → r, w → b, y → none) and a final n/ng. */
function pinyinClasses(syllable: string): string {
  if (syllable === 'er') return 'r';
  const two = syllable.slice(0, 2);
  // w writes v in names (韦 wei, 沃 wo); y is a vowel.
  const first = syllable[0] ?? '';
  const initial = two === 'zh' || two === 'ch' || two === 'sh' || 'jqxzc'.includes(first) ? 's' : first === 'y' ? '' : LATIN_CLASS.get(first) ?? '';
  return syllable.length > 1 && (syllable.endsWith('n') || syllable.endsWith('ng')) ? `${initial}n` : initial;
}

/** Words that say what kind of place a name is (republic, region, province, city …), and Greek articles, in the scripts read here. */
const DESIGNATOR_WORDS = new Set([
  'جمهورية', 'الجمهورية', 'منطقة', 'إقليم', 'مقاطعة', 'محافظة', 'مدينة', 'جمهوری', 'استان', 'منطقه', 'شهر', 'شهرستان',
  'הרפובליקה', 'רפובליקת', 'מחוז', 'העיר', 'δημοκρατία', 'δημοκρατίας', 'περιφέρεια', 'πόλη', 'του', 'της', 'των', 'τον', 'την', 'το',
  '공화국', '자치공화국', '자치주', '자치', '지역', '구역', '주', '시',
]);
/** Chinese and Japanese suffixes that say what a document or place is, as concepts. */
const HAN_CONCEPTS: readonly (readonly [string, string])[] = [
  ['议定书', '~protocol'], ['議定書', '~protocol'], ['宣言', '~declaration'], ['原则', '~principles'], ['原則', '~principles'],
  ['条约', '~treaty'], ['條約', '~treaty'], ['条約', '~treaty'], ['声明', '~statement'], ['走廊', '~corridor'], ['回廊', '~corridor'],
  ['备忘录', '~memorandum'], ['備忘録', '~memorandum'], ['覚書', '~memorandum'],
];
/** Korean words (written apart) that say the same. */
const WORD_CONCEPTS = new Map<string, string>([
  ['의정서', '~protocol'], ['선언', '~declaration'], ['원칙', '~principles'], ['조약', '~treaty'], ['성명', '~statement'], ['회랑', '~corridor'], ['양해각서', '~memorandum'],
]);

/** The concept a word in another script stands for (بروتوكول, πρωτόκολλο: ~protocol), if any. */
function conceptOf(word: string): string | undefined {
  const tokens = keyTokens(word);
  if (tokens.length !== 1) return undefined;
  const c = conceptTokens(tokens);
  return c !== tokens && c.length === 1 ? c[0] : undefined;
}

/** The sound classes of Nagorno (~mountainous). */
const NAGORNO = 'nkrn';

/**
 * Appends a word's classes to a reading. Nagorno is borrowed as written where it is not
 * translated (ナゴルノ, 나고르노, ناغورنو, נגורנו), and Korean may write it joined to the name
 * (나고르노카라바흐): it is the concept ~mountainous.
 */
function pushWord(reading: string[], classes: string): void {
  if (classes === '') return;
  if (classes === NAGORNO) reading.push('~mountainous');
  else if (classes.startsWith(NAGORNO) && classes.length >= NAGORNO.length + 3) reading.push('~mountainous', classes.slice(NAGORNO.length));
  else reading.push(classes);
}

/** Surname endings that Persian joins with a zero-width joiner, or writes apart when it is lost. */
const PERSIAN_SUFFIXES = new Set(['اف', 'یف', 'یوف', 'اوف', 'ف']);
/** The same as suffixes of a Chinese, Japanese or Korean name, longest first. */
const HAN_SUFFIXES = ['자치공화국', '공화국', '자치주', '연방', '自治共和国', '自治共和國', '共和国', '共和國', '自治州', '連邦', '联邦', '聯邦', '地区', '地區', '地域', '区', '區', '省', '州', '市', '县', '縣', '県'];
/** Chinese and Japanese prefixes that translate (南オセチア, 北高加索, 山地卡拉巴赫), as concepts. */
const HAN_PREFIXES: readonly (readonly [string, string])[] = [['山地', '~mountainous'], ['南', '~south'], ['北', '~north']];
/** Thai prefixes written without a space: republic, federation (สาธารณรัฐอาร์ทซัค, สหพันธรัฐรัสเซีย). */
const THAI_PREFIXES = ['สาธารณรัฐ', 'สหพันธรัฐ'];

/** A word without the designator a Chinese, Japanese or Korean name ends in or a Thai one begins with (ロシア連邦 → ロシア). */
export function withoutJoinedDesignator(word: string): string {
  // Thai writes "Republic of" as a prefix without a space (สาธารณรัฐอาร์ทซัค).
  for (const prefix of THAI_PREFIXES) if (word.startsWith(prefix) && word.length > prefix.length + 2) word = word.slice(prefix.length);
  for (const suffix of HAN_SUFFIXES) if (word.length > suffix.length + 1 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

/** The scripts read here (Devanagari and Bengali through the skeleton, as their b/v and aspirates vary); everything else goes through the skeleton (`latinClasses`) alone. */
export function hasSoundScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0x9ff) || (c >= 0xe01 && c <= 0xe2e) || (c >= 0x3041 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff)) return true;
  }
  return false;
}

/** The words of a name as the sound readings see them: designators gone, suffixes split off. At most 12. */
function soundWords(text: string): string[] {
  const all = nfcSafe(text).toLowerCase().split(/[\s\u00b7\u30fb\u2027\u2010-\u2015\-_,.;:()"«»„“”]+/u).filter((w) => w !== '').slice(0, 12);
  // Designators are not the name: جمهورية أرمينيا, 아르차흐 공화국, 克尔巴贾尔区, ゼンギラン県.
  const named = all.filter((w) => !DESIGNATOR_WORDS.has(w));
  const words: string[] = [];
  for (const w of named.length > 0 ? named : all) {
    // Persian written without its zero-width joiner splits -ov/-ev off the name (علی اف, بایرام اف).
    if (PERSIAN_SUFFIXES.has(w) && words.length > 0) {
      words[words.length - 1] += w;
      continue;
    }
    // A Chinese or Japanese name may begin with a word that translates (南オセチア: south Ossetia)
    // and end in the kind of document it is (ビシュケク議定書, 卡尔斯条约).
    let rest = w;
    const prefix = HAN_PREFIXES.find(([han]) => rest.length > han.length + 1 && rest.startsWith(han));
    if (prefix) {
      words.push(prefix[1]);
      rest = rest.slice(prefix[0].length);
    }
    const suffix = HAN_CONCEPTS.find(([han]) => rest.length > han.length + 1 && rest.endsWith(han));
    if (suffix) words.push(withoutJoinedDesignator(rest.slice(0, -suffix[0].length)), suffix[1]);
    else words.push(withoutJoinedDesignator(rest));
  }
  return words;
}

/** Letters that begin a word with a vowel (or the glide y) in the scripts read here. */
const VOWEL_ONSET = new Set([...'اأإآعئیيאעיอยアイウエオァィゥェォヤユヨあいうえおやゆよαεηιουωάέήίόύώ']);

/**
 * Whether a name begins with a vowel (Artsakh, อาร์ทซัค, 아르차흐, 阿爾察赫) or a consonant (Rusko),
 * which every script writes: a tie-break between names of the same consonants. Undefined when
 * the first word is a concept. Latin and Cyrillic words are read through their skeleton.
 */
export function soundOnset(text: string): boolean | undefined {
  let word = soundWords(text)[0];
  if (word === undefined || word.startsWith('~') || WORD_CONCEPTS.has(word)) return undefined;
  // Thai writes a vowel sign before the consonant it follows (เซาท์ is "sao").
  word = word.replace(/^[\u0e40-\u0e44]+/, '');
  const ch = word[0];
  if (ch === undefined) return undefined;
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return Math.floor((code - 0xac00) / 588) === 11; // ㅇ: no initial consonant
  if (code >= 0x4e00 && code <= 0x9fff) return /^[aeiouy]/.test(fallback(ch).toLowerCase());
  if (VOWEL_ONSET.has(ch)) return true;
  if (LETTER_CLASS.has(ch) || (code >= 0x3041 && code <= 0x30ff) || (code >= 0x370 && code <= 0x3ff)) return false;
  const t = keyTokens(word)[0];
  return t === undefined ? undefined : /^[aeiouy]/.test(t);
}

/**
 * Sound-class readings of a name in Greek, Arabic-script, Hebrew, Thai, kana, Hangul or Chinese
 * characters (words in other scripts are read through their skeleton): one array of class
 * strings per reading. Arabic و, Hebrew ו and Thai ว are a consonant (v) or a vowel (o, u),
 * Japanese チ is chi or the ti of a Russian name and フ fu or the kh of one: two readings, one for
 * each. Nagorno, borrowed as written, is the concept ~mountainous; 南, 北 and 山地 at the start of
 * a Chinese or Japanese name are south, north and mountainous. At most 12 words.
 */
export function soundReadings(text: string): string[][] {
  const words = soundWords(text);
  const asConsonant: string[] = [];
  const asVowel: string[] = [];
  let ambiguous = false;
  for (const word of words) {
    // Words that translate (protocol, 의정서, بروتوكول) are compared as concepts (see `conceptTokens`).
    const concept = word.startsWith('~') ? word : WORD_CONCEPTS.get(word) ?? conceptOf(word);
    if (concept) {
      asConsonant.push(concept);
      asVowel.push(concept);
      continue;
    }
    let a = '';
    let b = '';
    for (let i = 0; i < word.length; i++) {
      const ch = word[i]!;
      const code = ch.charCodeAt(0);
      if ((code >= 0x3041 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7a3)) {
        // チ is chi in Japanese words but the ti of Russian names (プーチン Putin), フ is fu but
        // also the kh of a name (カラバフ Karabakh): both readings.
        if (code === 0x30c1 || code === 0x3061) {
          ambiguous = true;
          a = push(a, 's');
          b = push(b, 't');
          continue;
        }
        // (フィ, フェ with a small vowel are fi, fe: only f)
        if ((code === 0x30d5 || code === 0x3075) && !SMALL_VOWELS.has(word[i + 1] ?? '')) {
          ambiguous = true;
          a = push(a, 'b');
          b = push(b, 'k');
          continue;
        }
        const c = code >= 0xac00 ? hangulClasses(code) : kanaClass(code);
        for (const x of c) {
          a = push(a, x);
          b = push(b, x);
        }
        continue;
      }
      // Greek γ before a front vowel is the glide y in foreign names (Αλίγιεφ Aliyev, Ταγίπ
      // Tayyip); a g is written γκ.
      if (ch === 'γ' && GREEK_FRONT.has(word[i + 1] ?? '')) {
        if (word[i + 1] === 'ι' && GREEK_VOWELS.has(word[i + 2] ?? '')) i++;
        continue;
      }
      const digraph = GREEK_DIGRAPHS.get(word.slice(i, i + 2));
      if (digraph) {
        a = push(a, digraph);
        b = push(b, digraph);
        i++;
        continue;
      }
      let c = LETTER_CLASS.get(ch);
      if (c === undefined) continue; // vowels, alef, yod, marks, ZWNJ, tatweel
      // ت+س, ט/ת+ס, ท+ซ: one sound (ts, ц) written with two letters, as the Latin skeleton has it (Mnatsakanyan).
      if (c === 's' && T_LETTERS.has(word[i - 1] ?? '')) {
        a = `${a.slice(0, -1)}s`;
        b = `${b.slice(0, -1)}s`;
        continue;
      }
      if (GERESH.has(word[i + 1] ?? '') && 'גצז'.includes(ch)) c = 's';
      // Word-final ه / ה is a vowel (-e, -a): Mammadzadeh, אריה.
      if ((ch === 'ه' || ch === 'ה') && i === word.length - 1) continue;
      if (ch === 'ψ') c = 'bs';
      if (ch === 'ξ') c = 'ks';
      if (c === '?') {
        ambiguous = true;
        a = push(a, 'b');
        continue;
      }
      for (const x of c) {
        a = push(a, x);
        b = push(b, x);
      }
    }
    if (/[\u4e00-\u9fff]/.test(word) && !/[\u3041-\u30ff]/.test(word)) {
      // Chinese: every character is a syllable of the pinyin reading.
      let s = '';
      // 卡 is kǎ in foreign names (卡拉巴赫 Karabakh, 卡尔斯 Kars), where pinyin tables read qiǎ.
      const reading = fallback(word.replace(/卡/g, '咖'));
      for (const syllable of reading.toLowerCase().split(/[^a-zü]+/)) for (const x of pinyinClasses(syllable)) s = push(s, x);
      a = b = s;
    } else if (a === '' && b === '' && !/[\u0370-\u03ff\u0590-\u06ff\u0e00-\u0e7f]/.test(word)) {
      // A word in another script (a Latin initial, a Cyrillic word): through the skeleton.
      a = b = keyTokens(word).map(latinClasses).join('');
    }
    pushWord(asConsonant, a);
    pushWord(asVowel, b);
  }
  return ambiguous && asVowel.join(' ') !== asConsonant.join(' ') ? [asConsonant, asVowel] : [asConsonant];
}
