import { parseArgs } from 'node:util';
import { compareNames } from '../../match/compareNames.js';
import { UsageError, writeLine } from '../io.js';

export const compareHelp = `Usage: onomast compare [--json] NAME NAME

How alike two names are (0–1), whatever their scripts and spelling systems, and why.

Example:
  onomast compare 'Ilham Aliyev' 'Ильхам Алиев'`;

export async function compareCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    await writeLine(compareHelp);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('compare takes exactly two names');
  const [a, b] = positionals as [string, string];
  const r = compareNames(a, b);
  await writeLine(values.json ? JSON.stringify({ a, b, ...r }) : `${r.score.toFixed(3)}\t${r.explanation.join('; ')}`);
  return 0;
}
