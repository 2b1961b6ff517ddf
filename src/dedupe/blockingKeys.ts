import type { Readings } from '../match/compareReadings.js';

/**
 * The keys dedupe blocks a name on: its name keys (one per reading: generic, and Azerbaijani
 * when it has Turkic letters) and the consonant skeleton of each token of four letters or more
 * (Mammadyarov/Mamedyarov → mmdrv, Mnatsakanyan/Mnatsaknyan → mncknn). `onomast keys` exports
 * the same keys so that other engines can join on them.
 */
export function blockingKeys(readings: Readings): { readonly keys: readonly string[]; readonly skeletons: readonly string[] } {
  const keys = [...new Set(readings.keys.filter((k) => k.length > 0))];
  const skeletons = new Set<string>();
  for (const token of readings.tokens[0] ?? []) if (token.length >= 4) skeletons.add(token.replace(/[aeiou]/g, ''));
  return { keys, skeletons: [...skeletons] };
}
