import { parseArgs } from 'node:util';
import { readGlossaryFile } from '../../glossary/readGlossaryFile.js';
import { validateEntities } from '../../glossary/validateEntities.js';
import { isOnomastError, type InvalidDataError } from '../../errors.js';
import { UsageError, writeLine } from '../io.js';

export const validateHelp = `Usage: onomast validate [--json] FILE...

Checks user glossary files (JSON arrays of entities, see data/schema/entity.schema.json) and
lists every problem with its JSON path. Exit code 1 when any file has problems.

Options:
  --json       NDJSON: {"file", "valid", "entities", "problems": [{"path", "message"}]}
  -h, --help   this help`;

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    await writeLine(validateHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
  let bad = 0;
  for (const file of positionals) {
    let problems: readonly { path: string; message: string }[];
    let count = 0;
    try {
      const result = validateEntities(readGlossaryFile(file));
      problems = result.problems;
      count = result.entities.length;
    } catch (e) {
      if (!isOnomastError(e) || e.code !== 'ERR_INVALID_DATA') throw e;
      problems = (e as InvalidDataError).problems;
    }
    if (problems.length > 0) bad++;
    if (values.json) {
      await writeLine(JSON.stringify({ file, valid: problems.length === 0, entities: count, problems }));
    } else if (problems.length === 0) {
      await writeLine(`${file}: ok, ${count} entities`);
    } else {
      await writeLine(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const p of problems) await writeLine(`  ${p.path}: ${p.message}`);
    }
  }
  return bad > 0 ? 1 : 0;
}
