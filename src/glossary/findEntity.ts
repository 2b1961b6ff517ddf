import type { Entity } from '../types.js';
import { defaultGlossary } from './defaultGlossary.js';

/**
 * The bundled entity with this id, or `undefined`.
 *
 * @example
 * findEntity('no-such-id') // undefined
 */
export function findEntity(id: string): Entity | undefined {
  return defaultGlossary().findEntity(id);
}
