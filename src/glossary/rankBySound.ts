import { alignTokens } from '../match/alignTokens.js';
import { editSimilarity } from '../match/metrics/editSimilarity.js';
import { soundOnset, soundReadings } from '../match/soundClasses.js';
import { fallback } from '../translit/fallback.js';
import type { EntityType } from '../types.js';
import type { GlossaryIndex } from './buildIndex.js';
import { postings } from './postings.js';
import { describeName } from './describeName.js';
import { bestPerEntity, penalizeNamesakes, type Ranked } from './rankEntities.js';

/** Devanagari and Bengali: read by sound only in names of several words. */
const INDIC = /[\u0900-\u09ff]/;

/** The score of a sound match: below a key (0.97) and fuzzy Latin matches, above dedupe's 0.85. */
export const SOUND_SCORE = 0.9;
/** Below this many classes in all, a name is too short to be told by its consonants (Ali Asadov "r stb"). */
const MIN_CLASSES = 5;
/** A one-word name needs fewer: it must still equal a one-word spelling. */
const MIN_ALONE = 3;
const LOOSE_MIN = 4;
/** A family name must agree this well: the same classes, or one edit in a long name (mnskn / mntskn). */
const FAMILY_MIN = 0.85;
/** At most this many spellings are aligned per reading. */
const MAX_CANDIDATES = 64;

/** Class strings: equal, or one edit apart when both are long (mnskn / mntskn). */
function classSimilarity(q: string, c: string): number {
  if (q === c) return 1;
  if (q.length < LOOSE_MIN || c.length < LOOSE_MIN) return 0;
  return editSimilarity(q, c);
}

/** The query's vowels, as its romanization has them. */
function queryVowels(query: string): string {
  // Korean writes ㅡ (eu) where a foreign name has no vowel (아르메니아 areumenia: Armenia).
  const read = fallback(query.slice(0, 100));
  return vowels(/[\uac00-\ud7a3]/.test(query) ? read.replace(/eu/g, '') : read);
}

/** A reading's vowels (y as i), a long vowel once: "Te Bi Li Xi" → eiii, "Tbilisi" → iii. */
function vowels(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text.toLowerCase()) {
    const v = ch === 'y' ? 'i' : 'aeiou'.includes(ch) ? ch : '';
    if (v !== '' && v !== prev) out += v;
    prev = v;
  }
  return out;
}

/** Longest common subsequence of two short strings, over the longer one's length. */
function vowelSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

/** Spellings of the same consonants read for their vowels at most (each is romanized). */
const MAX_VOWEL_TIES = 256;
/** A lead this large over every other entity's spellings settles a tie of consonants by vowels. */
const VOWEL_LEAD = 0.25;

/**
 * The spellings of the entity whose vowels are closest to the query's (`q`), when it leads every
 * other entity by VOWEL_LEAD; else all of them. For scripts that write vowels (kana, Hangul, Chinese
 * syllables, Greek, Thai), read through the fallback romanizer; Arabic and Hebrew write too few.
 */
function closestVowels(index: GlossaryIndex, q: string, same: readonly number[]): number[] {
  if (q.length < 2) return [...same];
  const best = new Map<number, number>();
  for (const id of same) {
    const name = index.names[id]!;
    const v = vowelSimilarity(q, vowels(fallback(name.text.slice(0, 100))));
    best.set(name.entity, Math.max(best.get(name.entity) ?? 0, v));
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked[0]![1] - ranked[1]![1] < VOWEL_LEAD) return [...same];
  return same.filter((id) => index.names[id]!.entity === ranked[0]![0]);
}

/**
 * Entities whose attested spellings have the query's sound classes (see `soundReadings`): the
 * same consonants word by word in the same order, or every word matched with the family name
 * equal and the rest one edit apart. Names of fewer than five classes (three for one word: Baku
 * "bk" is two) sound like too many others to be told apart. Best first; namesakes by sound lose
 * confidence.
 */
export function rankBySound(index: GlossaryIndex, query: string, types: ReadonlySet<EntityType> | undefined): Ranked[] {
  const sounds = index.sounds;
  const { best, offer } = bestPerEntity(index, types);
  const onset = soundOnset(query);
  // Romanized once, on the first tie that needs it.
  let q: string | undefined;
  for (const reading of soundReadings(query)) {
    // A concept (~protocol) tells as much as a three-class word.
    const classes = reading.reduce((n, t) => n + (t.startsWith('~') ? 3 : t.length), 0);
    if (classes < (reading.length === 1 ? MIN_ALONE : MIN_CLASSES)) continue;
    // Devanagari and Bengali write vowels: one word is matched by its letters and endings, not
    // its consonants (জর্জিয়া, রাশিয়ার); only names of several words are read by sound here.
    if (reading.length === 1 && INDIC.test(query)) continue;
    const key = reading.join(' ');
    let same = [...postings(sounds.keys, key), ...postings(sounds.sortedKeys, reading.slice().sort().join(' '))];
    // Names of the same consonants: those that begin as the query does (with a vowel or not) go first,
    // and alone when there are some (อาร์ทซัค is Artsakh, not Rusko).
    if (onset !== undefined && same.length > 1) {
      const agree = same.filter((id) => sounds.onsets[id] === 2 || sounds.onsets[id] === (onset ? 1 : 0));
      if (agree.length > 0) same = agree;
    }
    // Then those whose vowels are clearly the query's (蒲亭 pu ting: Putin, not Biden or Fidan).
    if (same.length > 1 && same.length <= MAX_VOWEL_TIES && new Set(same.map((id) => index.names[id]!.entity)).size > 1) same = closestVowels(index, (q ??= queryVowels(query)), same);
    for (const id of same) {
      const name = index.names[id]!;
      offer({ entity: name.entity, score: SOUND_SCORE, name, method: 'sound', explain: () => [`the same consonants "${key}" as ${describeName(name)}`] });
    }
    // Loose matches only where nothing sounds the same (they ignore word order).
    if (reading.length === 1 || same.length > 0) continue;
    // Candidates share a class string with the query, the longest (most telling) first.
    const hits = new Map<number, number>();
    for (const t of reading) for (const id of postings(sounds.tokens, t)) hits.set(id, (hits.get(id) ?? 0) + t.length);
    const pool = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES);
    for (const [id] of pool) {
      const name = index.names[id]!;
      const classes = sounds.classes[id]!;
      const a = alignTokens(reading, classes, name.family, new Set(), classSimilarity);
      if (a.familyOnly || a.family < FAMILY_MIN || a.score < FAMILY_MIN) continue;
      const score = SOUND_SCORE * a.score;
      offer({ entity: name.entity, score, name, method: 'sound', explain: () => [`consonants "${reading.join(' ')}" against "${classes.join(' ')}" of ${describeName(name)}`] });
    }
  }
  const prominence = (r: Ranked) => index.entities[r.entity]!.prominence ?? 0.5;
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || prominence(b) - prominence(a) || a.entity - b.entity);
  const top = ranked[0];
  if (top && ranked.length > 1 && top.score - ranked[1]!.score < 0.02) {
    return penalizeNamesakes(ranked, prominence, () => 'other entities sound the same; ranked by prominence');
  }
  return ranked;
}
