/**
 * The bundled schemes: lookup by id, by (language, script, role), and compiled forms cached
 * per (id, ascii). Compilation is lazy: a scheme costs nothing until it is first used.
 */
import { SCHEMES } from '../generated/schemes.js';
import type { SchemeData } from '../types.js';
import { compileScheme, type CompiledScheme } from './compileScheme.js';

const byId = new Map<string, SchemeData>(SCHEMES.map((s) => [s.id, s]));
const compiled = new Map<string, CompiledScheme>();

/** All scheme ids, sorted. */
export const SCHEME_IDS: readonly string[] = [...byId.keys()].sort();

/** Languages (base BCP 47 subtag) that have at least one scheme. */
export const LANGUAGES: readonly string[] = [...new Set(SCHEMES.map((s) => baseLanguage(s.from)))].sort();

/** The language subtag of a BCP 47 tag (`az-Cyrl` → `az`). */
export function baseLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
}

export function schemeData(id: string): SchemeData | undefined {
  return byId.get(id);
}

/** The compiled scheme, or its ASCII variant (outputs folded to ASCII). */
export function compiledScheme(data: SchemeData, ascii: boolean): CompiledScheme {
  const key = ascii ? `${data.id}+ascii` : data.id;
  let c = compiled.get(key);
  if (!c) {
    c = compileScheme(data, ascii && !data.ascii);
    compiled.set(key, c);
  }
  return c;
}

const roles = new Map<string, SchemeData>();
for (const s of SCHEMES) {
  const lang = baseLanguage(s.from);
  if (s.standard) roles.set(`standard:${lang}:${s.script}`, s);
  if (s.english) roles.set(`english:${lang}:${s.script}`, s);
}

/** The standard or English-practice scheme of a language for a script. */
export function schemeForRole(role: 'standard' | 'english', lang: string, script: string): SchemeData | undefined {
  return roles.get(`${role}:${lang}:${script}`);
}
