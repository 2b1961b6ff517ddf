/**
 * onomast command line: `onomast <command> [options] [names...]`.
 * Exit codes: 0 ok, 1 some input failed, 2 usage error. Expected failures print one line, no stack.
 */
import { isOnomastError } from '../errors.js';
import { schemesCommand, schemesHelp } from './commands/schemes.js';
import { compareCommand, compareHelp } from './commands/compare.js';
import { dedupeCommand, dedupeHelp } from './commands/dedupe.js';
import { keysCommand, keysHelp } from './commands/keys.js';
import { lookupCommand, lookupHelp, searchCommand, searchHelp } from './commands/lookup.js';
import { normalizeCommand, normalizeHelp } from './commands/normalize.js';
import { mentionsCommand, mentionsHelp } from './commands/mentions.js';
import { translitCommand, translitHelp } from './commands/translit.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { variantsCommand, variantsHelp } from './commands/variants.js';
import { UsageError, writeLine } from './io.js';

declare const __VERSION__: string | undefined;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string; summary: string }> = {
  translit: { run: translitCommand, help: translitHelp, summary: 'romanize names by a scheme (BGN/PCGN, national, English practice ...)' },
  schemes: { run: schemesCommand, help: schemesHelp, summary: 'list the romanization schemes' },
  lookup: { run: lookupCommand, help: lookupHelp, summary: 'resolve names to the entity they mean (bundled glossary or --glossary)' },
  search: { run: searchCommand, help: searchHelp, summary: 'list the entities a name may mean, best first' },
  variants: { run: variantsCommand, help: variantsHelp, summary: 'list the plausible spellings of a name, with the systems that produce them' },
  mentions: { run: mentionsCommand, help: mentionsHelp, summary: 'find every mention of a glossary entity in text files (or stdin)' },
  normalize: { run: normalizeCommand, help: normalizeHelp, summary: 'normalized form and name key of names' },
  compare: { run: compareCommand, help: compareHelp, summary: 'how alike two names are, and why' },
  dedupe: { run: dedupeCommand, help: dedupeHelp, summary: 'cluster the names of a CSV/TSV/NDJSON column or of stdin lines' },
  keys: { run: keysCommand, help: keysHelp, summary: 'export name keys, or the glossary alias table with keys, for joins elsewhere' },
  validate: { run: validateCommand, help: validateHelp, summary: 'check a user glossary file, listing every problem' },
};

const mainHelp = `Usage: onomast <command> [options] [names...]

Who or what a name means, however it is spelled.

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run \`onomast <command> --help\` for a command's options. Names come from the arguments,
or one per line from stdin. Exit codes: 0 ok, 1 some input failed, 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    await writeLine(rest[0] && commands[rest[0]] ? commands[rest[0]]!.help : mainHelp);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    await writeLine(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; commands: ${Object.keys(commands).join(', ')}`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const code = (err as { code?: unknown } | null)?.code;
    if (err instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`onomast: ${(err as Error).message}\nRun \`onomast --help\` for usage.\n`);
      process.exitCode = 2;
    } else if (isOnomastError(err)) {
      // Bad data (a glossary file that is missing or invalid) is bad input: 1; a bad option: 2.
      process.stderr.write(`onomast: ${err.message}\n`);
      process.exitCode = err.code === 'ERR_INVALID_DATA' ? 1 : 2;
    } else {
      process.stderr.write(`onomast: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
