/** Rules dedupeNames and dedupeWithDuckDB share, so that both engines give the same clusters. */

/** A skeleton block larger than this is not compared pair by pair (only its equal keys link). */
export const MAX_BLOCK = 100;
/** A glossary match must be at least this sure to put a name in an entity's cluster. */
export const ENTITY_MIN = 0.85;
/** The score of a link between two names with an equal name key. */
export const KEY_SCORE = 0.97;

/**
 * How well a spelling reads as a cluster's canonical name, among equally frequent ones: a
 * Latin-script spelling (2) written as a name, not ALL CAPS and without a comma (1).
 */
export function niceness(name: string): number {
  return (/^[\p{Script=Latin}\s.'’-]+$/u.test(name) ? 2 : 0) + (name !== name.toUpperCase() && !name.includes(',') ? 1 : 0);
}
