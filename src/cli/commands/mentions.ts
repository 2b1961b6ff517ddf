import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultGlossary } from '../../glossary/defaultGlossary.js';
import { loadGlossary } from '../../glossary/loadGlossary.js';
import { findMentions } from '../../mentions/findMentions.js';
import type { EntityType } from '../../types.js';
import { readTextFile, tsvCell, writeLine } from '../io.js';

export const mentionsHelp = `Usage: onomast mentions [options] [FILE...]

Finds every mention of a glossary entity in each text file (or in stdin when no file is given).
Output (TSV): file, start, end, entity id, score, text as written. Offsets are UTF-16 code units.

Options:
  --glossary FILE   a user glossary (JSON array of entities) instead of the bundled one
  --types LIST      only these entity types, comma-separated: person,place,agreement,organization
  --min-score N     lowest score reported (0–1, default 0.7)
  --json            NDJSON, one mention per line
  -h, --help        this help

Example:
  onomast mentions article.txt`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function mentionsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      glossary: { type: 'string' },
      types: { type: 'string' },
      'min-score': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(mentionsHelp);
    return 0;
  }
  const glossary = values.glossary === undefined ? defaultGlossary() : loadGlossary(values.glossary);
  const options = {
    glossary,
    ...(values.types === undefined ? {} : { types: values.types.split(',').map((t) => t.trim()) as EntityType[] }),
    ...(values['min-score'] === undefined ? {} : { minScore: Number(values['min-score']) }),
  };
  const sources = positionals.length > 0 ? positionals : ['-'];
  let failed = 0;
  for (const file of sources) {
    let text: string;
    try {
      text = file === '-' ? await readStdin() : readTextFile(file, (p) => readFileSync(p));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`onomast: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.message}\n`);
      failed++;
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`; // keep offsets: the BOM becomes a space
    for (const m of findMentions(text, options)) {
      await writeLine(values.json ? JSON.stringify({ file, ...m }) : [file, String(m.start), String(m.end), m.entityId, m.score.toFixed(3), m.text].map(tsvCell).join('\t'));
    }
  }
  return failed > 0 ? 1 : 0;
}
