import { keyTokens } from '../normalize/keyTokens.js';
import { alignTokens } from './alignTokens.js';
import { describeAlignment } from './describeAlignment.js';
import { isPatronymic, isTitle } from './nameTags.js';

const TURKIC = /[şçğıəöüŞÇĞİƏÖÜ]/;
const NONE: ReadonlySet<number> = new Set();

/** A name's token readings (generic, and Azerbaijani for Turkic letters), titles and patronymics set aside. */
export interface Readings {
  readonly tokens: readonly (readonly string[])[];
  readonly keys: readonly string[];
}

/** The readings of a name, computed once per name (dedupe compares each name with many). */
export function nameReadings(name: string): Readings {
  const raw = [keyTokens(name)];
  if (TURKIC.test(name)) raw.push(keyTokens(name, 'az'));
  // Titles and patronymics are tags, not name parts (Sergey Viktorovich Lavrov is Sergey Lavrov).
  const tokens = raw.map((t) => {
    const kept = t.filter((x) => !isTitle(x) && !isPatronymic(x));
    return kept.length > 0 ? kept : t;
  });
  return { tokens, keys: tokens.map((t) => t.slice().sort().join(' ')) };
}

/**
 * The best score over both names' readings: 0.97 for an equal name key, else token alignment both
 * ways (the smaller), the last token weighted as a family name; a family name that does not match
 * makes another person (at most 0.5).
 */
export function compareReadings(a: Readings, b: Readings): { score: number; detail: string } {
  let best = { score: 0, detail: '' };
  for (let i = 0; i < a.tokens.length; i++) {
    for (let j = 0; j < b.tokens.length; j++) {
      const ta = a.tokens[i]!;
      const tb = b.tokens[j]!;
      if (ta.length === 0 || tb.length === 0 || ta.length > 12 || tb.length > 12) continue;
      if (a.keys[i] === b.keys[j]) return { score: 0.97, detail: `the same name key "${a.keys[i]}"` };
      const ab = alignTokens(ta, tb, tb.length > 1 ? tb.length - 1 : -1, NONE);
      const ba = alignTokens(tb, ta, ta.length > 1 ? ta.length - 1 : -1, NONE);
      const family = Math.min(ab.family, ba.family);
      const score = family < 0.85 ? Math.min(ab.score, ba.score, 0.5) : Math.min(ab.score, ba.score);
      if (score > best.score) {
        best = { score, detail: `tokens ${describeAlignment(ab)}` };
      }
    }
  }
  return best;
}
