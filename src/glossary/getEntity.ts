import type { Entity } from '../types.js';
import { defaultGlossary } from './defaultGlossary.js';

/**
 * The bundled entity with this id; throws `UnknownEntityError` when there is none.
 *
 * @example
 * getEntity('zohrab-mnatsakanyan').labels.hy // 'Զոհրաբ Մնացականյան'
 */
export function getEntity(id: string): Entity {
  return defaultGlossary().getEntity(id);
}
