import { GIVEN_NAME_CLASSES } from '../generated/givenNames.js';

let byToken: Map<string, number> | undefined;

/**
 * The equivalence class of a given name's skeleton token (Serzh / Serge / Sergey; Hovhannes /
 * Ovanes / Ivan; Heydar / Gaidar), from data/names/given-names.json, or undefined.
 */
export function givenNameClass(token: string): number | undefined {
  if (!byToken) {
    byToken = new Map();
    GIVEN_NAME_CLASSES.forEach((names, i) => {
      for (const t of names) byToken!.set(t, i);
    });
  }
  return byToken.get(token);
}
