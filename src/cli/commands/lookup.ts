import { parseArgs } from 'node:util';
import { defaultGlossary } from '../../glossary/defaultGlossary.js';
import { loadGlossary } from '../../glossary/loadGlossary.js';
import type { EntityType, Glossary, LookupResult } from '../../types.js';
import { inputLines, tsvCell, writeLine } from '../io.js';

const common = `Options:
  --glossary FILE   a user glossary (JSON array of entities) instead of the bundled one
  --types LIST      only these entity types, comma-separated: person,place,agreement,organization
  --min-score N     lowest score accepted (0–1)
  --json            NDJSON, one object per line
  -h, --help        this help`;

export const lookupHelp = `Usage: onomast lookup [options] [names...]

Resolves each name (or each line of stdin) to the entity it means.
Output (TSV): query, entity id, canonical name, score, method, matched spelling.
Exit code 1 when some names were not found.

${common}

Example:
  onomast lookup 'Serghei Lavrov' 'Xankəndi' 'Vladimir Potanin'`;

export const searchHelp = `Usage: onomast search [options] [names...]

Lists the entities each name may mean, best first.
Output (TSV): query, rank, entity id, canonical name, score, method, matched spelling.
Exit code 1 when some names found nothing.

${common}
  --limit N         at most N results per name (default 10)

Example:
  onomast search --types person Aliyev`;

const options = {
  glossary: { type: 'string' },
  types: { type: 'string' },
  'min-score': { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

interface Parsed {
  glossary: Glossary;
  match: { types?: EntityType[]; minScore?: number; limit?: number };
  json: boolean;
  names: string[];
  help: boolean;
}

function parse(args: string[], withLimit: boolean): Parsed {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (!withLimit && values.limit !== undefined) throw Object.assign(new Error("Unknown option '--limit' for lookup"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  const match: Parsed['match'] = {};
  if (values.types !== undefined) match.types = values.types.split(',').map((t) => t.trim()) as EntityType[];
  if (values['min-score'] !== undefined) match.minScore = Number(values['min-score']);
  if (values.limit !== undefined) match.limit = Number(values.limit);
  return {
    glossary: values.glossary === undefined ? defaultGlossary() : loadGlossary(values.glossary),
    match,
    json: values.json,
    names: positionals,
    help: values.help,
  };
}

function row(query: string, r: LookupResult | undefined, rank?: number): string {
  const cells = [query, ...(rank === undefined ? [] : [String(rank)])];
  if (r) cells.push(r.entity.id, r.entity.canonical, r.score.toFixed(3), r.method, r.matched.text);
  return cells.map(tsvCell).join('\t');
}

/** The NDJSON record of one answer. */
function record(query: string, r: LookupResult | undefined): object {
  if (!r) return { query, found: false };
  return { query, found: true, id: r.entity.id, canonical: r.entity.canonical, type: r.entity.type, score: r.score, method: r.method, matched: r.matched, explanation: r.explanation };
}

export async function lookupCommand(args: string[]): Promise<number> {
  const p = parse(args, false);
  if (p.help) {
    await writeLine(lookupHelp);
    return 0;
  }
  let missing = 0;
  for await (const query of inputLines(p.names)) {
    const r = p.glossary.lookup(query, p.match);
    if (!r) missing++;
    await writeLine(p.json ? JSON.stringify(record(query, r)) : row(query, r));
  }
  return missing > 0 ? 1 : 0;
}

export async function searchCommand(args: string[]): Promise<number> {
  const p = parse(args, true);
  if (p.help) {
    await writeLine(searchHelp);
    return 0;
  }
  let missing = 0;
  for await (const query of inputLines(p.names)) {
    const results = p.glossary.search(query, p.match);
    if (results.length === 0) {
      missing++;
      await writeLine(p.json ? JSON.stringify({ query, results: [] }) : row(query, undefined, 0));
      continue;
    }
    if (p.json) {
      await writeLine(JSON.stringify({ query, results: results.map((r) => record(query, r)) }));
      continue;
    }
    for (const [k, r] of results.entries()) await writeLine(row(query, r, k + 1));
  }
  return missing > 0 ? 1 : 0;
}
