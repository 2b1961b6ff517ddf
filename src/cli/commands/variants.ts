import { parseArgs } from 'node:util';
import { spellingVariants } from '../../variants/spellingVariants.js';
import { inputLines, tsvCell, writeLine } from '../io.js';

export const variantsHelp = `Usage: onomast variants [--from LANG] [--limit N] [--json] [names...]

Lists the plausible spellings of each name (or each line of stdin), most common first, with the
systems that produce them (BGN/PCGN, English practice, the press of other languages, spellings
that arrive through Russian).
Output (TSV): name, spelling, systems (comma-separated).

Options:
  --from LANG   the name's language: ru, uk, hy, ka, az, az-Cyrl (default: from its script;
                a Latin name the glossary knows is traced to its native form)
  --limit N     at most N spellings per name (default 100)
  --json        NDJSON: {"name", "variants": [{"text", "systems"}]}
  -h, --help    this help

Example:
  onomast variants 'Զոհրաբ Մնացականյան'`;

export async function variantsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(variantsHelp);
    return 0;
  }
  const options = { ...(values.from === undefined ? {} : { from: values.from }), ...(values.limit === undefined ? {} : { limit: Number(values.limit) }) };
  for await (const name of inputLines(positionals)) {
    const variants = spellingVariants(name, options);
    if (values.json) await writeLine(JSON.stringify({ name, variants }));
    else for (const v of variants) await writeLine([name, v.text, v.systems.join(',')].map(tsvCell).join('\t'));
  }
  return 0;
}
