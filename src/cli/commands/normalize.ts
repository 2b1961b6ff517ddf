import { parseArgs } from 'node:util';
import { nameKey } from '../../normalize/nameKey.js';
import { normalizeName } from '../../normalize/normalizeName.js';
import { inputLines, tsvCell, writeLine } from '../io.js';

export const normalizeHelp = `Usage: onomast normalize [--json] [names...]

Writes each name (or each line of stdin) with its normalized form and its name key (the
script- and spelling-folded, order-free key dedupe and lookup block on).
Output (TSV): name, normalized, key.`;

export async function normalizeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    await writeLine(normalizeHelp);
    return 0;
  }
  for await (const name of inputLines(positionals)) {
    const normalized = normalizeName(name);
    const key = nameKey(name);
    await writeLine(values.json ? JSON.stringify({ name, normalized, key }) : [name, normalized, key].map(tsvCell).join('\t'));
  }
  return 0;
}
