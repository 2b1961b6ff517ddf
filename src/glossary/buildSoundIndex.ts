import { isDesignator } from '../match/nameTags.js';
import { keyTokens } from '../normalize/keyTokens.js';
import { latinClasses } from '../match/soundClasses.js';
import type { NameEntry } from './buildIndex.js';

/** Every spelling by its sound classes (see `soundClasses`). */
export interface SoundIndex {
  /** Per name entry, the sound classes of its tokens ('' for a token of vowels only; concepts as they are). */
  readonly classes: readonly (readonly string[])[];
  /** People: class strings in order, joined by spaces → name entries (order tells Sergei Shoigu "srk sk" from Jacques Chirac "sk srk"). */
  readonly keys: ReadonlyMap<string, readonly number[]>;
  /** Anything else: class strings and concepts, sorted, without connectors → name entries (Bishkek Protocol: "bsk ~protocol"). */
  readonly sortedKeys: ReadonlyMap<string, readonly number[]>;
  /** Class string → name entries containing it. */
  readonly tokens: ReadonlyMap<string, readonly number[]>;
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
  const keys = new Map<string, number[]>();
  const sortedKeys = new Map<string, number[]>();
  const tokens = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  names.forEach((name, id) => {
    const person = isPerson(name.entity);
    const words = person ? name.tokens : (name.concepts ?? name.tokens).filter((t) => !isDesignator(t));
    const c = words.map((t) => (t.startsWith('~') ? t : latinClasses(t)));
    classes.push(c);
    if (name.generated || name.kind === 'abbreviation') return;
    const kept = c.filter((x) => x !== '');
    if (kept.length === 0) return;
    if (person) add(keys, kept.join(' '), id);
    else add(sortedKeys, kept.slice().sort().join(' '), id);
    for (const t of kept) add(tokens, t, id);
    // Turkish and Azerbaijani ğ is not a sound of its own in other scripts (Erdoğan: ארדואן, エルドアン).
    if (person && /[ğĞ]/.test(name.text)) {
      const silent = keyTokens(name.text.replace(/[ğĞ]/g, '')).map(latinClasses).filter((x) => x !== '');
      if (silent.length > 0) add(keys, silent.join(' '), id);
    }
  });
  return { classes, keys, sortedKeys, tokens };
}
