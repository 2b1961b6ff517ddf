import { isDesignator } from '../match/nameTags.js';
import type { Entity } from '../types.js';

/**
 * Match tokens with the one-word names of places as `@place-id` (the same array when none is, or
 * when nothing but places and designators would be left: a name that is a place is the place's).
 */
export function linkPlaces(tokens: readonly string[], places: ReadonlyMap<string, number>, entities: readonly Entity[]): readonly string[] {
  let out: string[] | undefined;
  let rest = false;
  tokens.forEach((t, i) => {
    const p = places.get(t);
    if (p === undefined) {
      if (!isDesignator(t)) rest = true;
      out?.push(t);
      return;
    }
    out ??= tokens.slice(0, i);
    out.push(`@${entities[p]!.id}`);
  });
  return out && rest ? out : tokens;
}
