import { ENTITIES_JSON } from '../generated/entities.js';
import { SPELLINGS_JSON } from '../generated/spellings.js';
import { decodeSpellings, type EncodedSpellings } from './spellingsCodec.js';
import type { Entity, Glossary } from '../types.js';
import { makeGlossary } from './makeGlossary.js';

let bundled: Glossary | undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The bundled glossary (data/entities: people, places, agreements and organizations of the South
 * Caucasus and Russian diplomacy). Parsed and indexed on first use, then shared.
 *
 * @example
 * defaultGlossary().getEntity('sergey-lavrov').canonical // 'Sergey Lavrov'
 */
export function defaultGlossary(): Glossary {
  // The spellings were computed by scripts/compile-data.ts: no romanizing at start-up.
  bundled ??= makeGlossary(deepFreeze(JSON.parse(ENTITIES_JSON) as Entity[]), () => decodeSpellings(JSON.parse(SPELLINGS_JSON) as EncodedSpellings));
  return bundled;
}
