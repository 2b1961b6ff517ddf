import { InvalidDataError } from '../errors.js';
import type { Glossary } from '../types.js';
import { makeGlossary } from './makeGlossary.js';
import { readGlossaryFile } from './readGlossaryFile.js';
import { validateEntities } from './validateEntities.js';

/**
 * A glossary from a JSON file (an array of entities, as in `data/entities/*.json`). Node only
 * (≥ 20.16). The file is checked before it is read (exists, regular, ≤ 64 MiB), decoded as
 * strict UTF-8 and validated: any problem throws an `InvalidDataError` listing every issue with
 * its JSON path.
 *
 * @example
 * const g = loadGlossary('./my-glossary.json');
 * g.lookup('Lavrov');
 */
export function loadGlossary(path: string): Glossary {
  const data = readGlossaryFile(path);
  const { entities, problems } = validateEntities(data);
  if (problems.length > 0) throw new InvalidDataError('loadGlossary', path, problems);
  return makeGlossary(entities);
}
