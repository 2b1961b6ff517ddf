import { GIVEN_NAME_CLASSES } from '../generated/givenNames.js';

let byToken: Map<string, number> | undefined;

/**
 * The equivalence class of a given name's skeleton token (Serzh / Serge / Sergey; Hovhannes /
 * Ovanes / Ivan; Heydar / Gaidar), from data/names/given-names.json, or undefined.
 */
export function givenNameClass(token: string): number | undefined {
  if (!byToken) {
    byToken = new Map();
    GIVEN_NAME_CLASSES.forEach((c, i) => {
      for (const t of c.keys) byToken!.set(t, i);
    });
  }
  return byToken.get(token);
}

/** The Latin spellings of a given-name class (Alexander, Alexandre, Aleksander, Oleksandr …). */
export function givenNameForms(cls: number): readonly string[] {
  return GIVEN_NAME_CLASSES[cls]?.latin ?? [];
}
