import { InvalidDataError } from '../errors.js';
import type { Glossary } from '../types.js';
import { makeGlossary } from './makeGlossary.js';
import { validateEntities } from './validateEntities.js';

/**
 * A glossary over your own entities (same data model as `data/schema/entity.schema.json`), with
 * the same API as the bundled one. The data is validated first: anything wrong throws an
 * `InvalidDataError` whose `problems` list every issue with its JSON path; valid data is copied
 * field by field and frozen, so it cannot pollute prototypes or change afterwards.
 * To extend the bundled glossary, pass `[...defaultGlossary().entities(), ...yours]`.
 *
 * @example
 * const g = createGlossary([{ id: 'acme', type: 'organization', canonical: 'Acme', labels: { en: 'Acme' }, description: 'A company' }]);
 * g.lookup('ACME')?.entity.id // 'acme'
 */
export function createGlossary(entities: unknown): Glossary {
  const { entities: valid, problems } = validateEntities(entities);
  if (problems.length > 0) throw new InvalidDataError('createGlossary', 'the entity data', problems);
  return makeGlossary(valid);
}
