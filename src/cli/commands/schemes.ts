import { parseArgs } from 'node:util';
import { listSchemes } from '../../translit/listSchemes.js';
import { tsvCell, writeLine } from '../io.js';

export const schemesHelp = `Usage: onomast schemes [--from LANG] [--json]

Lists the romanization schemes: id, source language, flags (standard, english, ascii) and title.

Options:
  --from LANG    only schemes for this language (ru, uk, hy, ka, az, az-Cyrl, tr)
  --json         NDJSON, one scheme per line
  -h, --help     this help`;

export async function schemesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(schemesHelp);
    return 0;
  }
  for (const s of listSchemes(values.from === undefined ? {} : { from: values.from })) {
    const flags = [s.standard ? 'standard' : '', s.english ? 'english' : '', s.ascii ? 'ascii' : ''].filter(Boolean).join(',') || '-';
    await writeLine(values.json ? JSON.stringify(s) : [s.id, s.from, flags, s.title].map(tsvCell).join('\t'));
  }
  return 0;
}
