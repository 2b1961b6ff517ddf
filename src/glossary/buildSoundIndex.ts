import { latinClasses } from '../match/soundClasses.js';
import type { NameEntry } from './buildIndex.js';

/** Every spelling by its sound classes (see `soundClasses`). */
export interface SoundIndex {
  /** Per name entry, the sound classes of its tokens ('' for a token of vowels only). */
  readonly classes: readonly (readonly string[])[];
  /** Class strings in order, joined by spaces → name entries (order tells Sergei Shoigu "srk sk" from Jacques Chirac "sk srk"). */
  readonly keys: ReadonlyMap<string, readonly number[]>;
  /** Class string → name entries containing it. */
  readonly tokens: ReadonlyMap<string, readonly number[]>;
}

/**
 * The sound index of the attested spellings (built on the first query in a script that needs it).
 * Spellings a scheme generated and abbreviations stay out: at seven classes, their consonants
 * collide with real names (ԼՂԻՄ is "rkm", Ilham).
 */
export function buildSoundIndex(names: readonly NameEntry[]): SoundIndex {
  const classes: string[][] = [];
  const keys = new Map<string, number[]>();
  const tokens = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  names.forEach((name, id) => {
    const c = name.tokens.map(latinClasses);
    classes.push(c);
    if (name.generated || name.kind === 'abbreviation') return;
    const kept = c.filter((x) => x !== '');
    if (kept.length === 0) return;
    add(keys, kept.join(' '), id);
    for (const t of kept) add(tokens, t, id);
  });
  return { classes, keys, tokens };
}
