import { isDesignator } from '../match/nameTags.js';
import { keyTokens } from '../normalize/keyTokens.js';
import { latinClasses } from '../match/soundClasses.js';
import type { NameEntry } from './buildIndex.js';
import { addPosting, type Postings } from './postings.js';

/** Every spelling by its sound classes (see `soundClasses`). */
export interface SoundIndex {
  /** Per name entry, the sound classes of its tokens ('' for a token of vowels only; concepts as they are). */
  readonly classes: readonly (readonly string[])[];
  /** People: class strings in order, joined by spaces → name entries (order tells Sergei Shoigu "srk sk" from Jacques Chirac "sk srk"). */
  readonly keys: Postings;
  /** Anything else: class strings and concepts, sorted, without connectors → name entries (Bishkek Protocol: "bsk ~protocol"). */
  readonly sortedKeys: Postings;
  /** Class string → name entries containing it. */
  readonly tokens: Postings;
  /** Per name entry: 1 when its first word begins with a vowel, 0 with a consonant, 2 when that word is a concept. */
  readonly onsets: Uint8Array;
}

/**
 * The sound index of the attested spellings (built on the first query in a script that needs it).
 * Spellings a scheme generated and abbreviations stay out: at seven classes, their consonants
 * collide with real names (ԼՂԻՄ is "rkm", Ilham).
 *
 * @param isPerson whether entity `e` is a person (names of anything else are matched by concept and in any order)
 */
export function buildSoundIndex(names: readonly NameEntry[], isPerson: (e: number) => boolean): SoundIndex {
  const classes: (readonly string[])[] = [];
  const keys: Postings = new Map();
  const sortedKeys: Postings = new Map();
  const tokens: Postings = new Map();
  const onsets = new Uint8Array(names.length);
  names.forEach((name, id) => {
    const person = isPerson(name.entity);
    const words = person ? name.tokens : (name.concepts ?? name.tokens).filter((t) => !isDesignator(t));
    const c = words.map((t) => (t.startsWith('~') ? t : latinClasses(t)));
    classes.push(c);
    const first = words.find((_, i) => c[i] !== '');
    onsets[id] = first === undefined || first.startsWith('~') ? 2 : /^[aeiouy]/.test(first) ? 1 : 0;
    if (name.generated || name.kind === 'abbreviation') return;
    const kept = c.filter((x) => x !== '');
    if (kept.length === 0) return;
    // People in order, anything else sorted (see the fields).
    const addKey = (k: readonly string[]) => (person ? addPosting(keys, k.join(' '), id) : addPosting(sortedKeys, k.slice().sort().join(' '), id));
    addKey(kept);
    for (const t of kept) addPosting(tokens, t, id);
    // dz is one sound (z) where kana, Hangul and Chinese write it (Kobakhidze: コバヒゼ, 코바히제, 科巴希泽)
    if (words.some((t) => t.includes('dz'))) addKey(words.map((t) => (t.startsWith('~') ? t : latinClasses(t.replace(/dz/g, 'z')))).filter((x) => x !== ''));
    // Turkish and Azerbaijani ğ is not a sound of its own in other scripts (Erdoğan: ארדואן, エルドアン).
    if (person && /[ğĞ]/.test(name.text)) {
      const silent = keyTokens(name.text.replace(/[ğĞ]/g, '')).map(latinClasses).filter((x) => x !== '');
      if (silent.length > 0) addKey(silent);
    }
  });
  return { classes, keys, sortedKeys, tokens, onsets };
}
