import { parseArgs } from 'node:util';
import { transliterate } from '../../translit/transliterate.js';
import { inputLines, tsvCell, writeLine } from '../io.js';

export const translitHelp = `Usage: onomast translit [--from LANG] [--scheme ID] [--ascii] [--json] [names...]

Romanizes each name (or each line of stdin when no names are given).

Options:
  --from LANG    source language: ru, uk, hy, ka, az, az-Cyrl, tr (default: detect the script per run)
  --scheme ID    a scheme id (see \`onomast schemes\`), e.g. ru-icao, hy-en, ka-national
  --ascii        plain ASCII, English practice (İlham Əliyev → Ilham Aliyev)
  --json         NDJSON: {"input": ..., "output": ...} per line
  -h, --help     this help

Examples:
  onomast translit 'Сергей Лавров'                    Sergey Lavrov
  onomast translit --scheme ru-de-press 'Сергей Лавров' Sergej Lawrow
  onomast translit --ascii 'Զոհրաբ Մնացականյան'        Zohrab Mnatsakanyan`;

export async function translitCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      scheme: { type: 'string' },
      ascii: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeLine(translitHelp);
    return 0;
  }
  const options = {
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.scheme === undefined ? {} : { scheme: values.scheme }),
    ascii: values.ascii,
  };
  for await (const line of inputLines(positionals)) {
    const output = transliterate(line, options);
    await writeLine(values.json ? JSON.stringify({ input: line, output }) : process.stdout.isTTY ? `${tsvCell(line)}\t${tsvCell(output)}` : output);
  }
  return 0;
}
