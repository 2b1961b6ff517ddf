import type { Spelling } from './buildIndex.js';

/** Compact JSON form of spellings: value tables plus one tuple per spelling. */
export interface EncodedSpellings {
  readonly kinds: string[];
  readonly langs: string[];
  readonly systems: string[];
  /** [entity, text, kind, lang, system (-1: none), normalized (0: text itself), tokens joined by ' ', family] */
  readonly rows: [number, string, number, number, number, string | 0, string, number][];
}

/** Encodes spellings for `src/generated/spellings.ts` (run by scripts/compile-data.ts). */
export function encodeSpellings(spellings: readonly Spelling[]): EncodedSpellings {
  const tables = { kinds: [] as string[], langs: [] as string[], systems: [] as string[] };
  const index = (table: string[], value: string) => {
    let i = table.indexOf(value);
    if (i === -1) i = table.push(value) - 1;
    return i;
  };
  const rows = spellings.map((s): EncodedSpellings['rows'][number] => [
    s.entity, s.text, index(tables.kinds, s.kind), index(tables.langs, s.lang),
    s.system === undefined ? -1 : index(tables.systems, s.system),
    s.normalized === s.text ? 0 : s.normalized, s.tokens.join(' '), s.family,
  ]);
  return { ...tables, rows };
}

/** Decodes `encodeSpellings` output. */
export function decodeSpellings(encoded: EncodedSpellings): Spelling[] {
  const { kinds, langs, systems, rows } = encoded;
  return rows.map(([entity, text, kind, lang, system, normalized, tokens, family]) => ({
    entity, text, kind: kinds[kind]!, lang: langs[lang]!, system: system === -1 ? undefined : systems[system],
    generated: kinds[kind] === 'generated', normalized: normalized === 0 ? text : normalized, tokens: tokens.split(' '), family,
  }));
}
