/**
 * Validates data/schemes/*.json against data/schema/scheme.schema.json (plus the checks a JSON
 * Schema cannot express) and writes src/generated/schemes.ts.
 * `--check` only verifies that the generated file is up to date (used in CI).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';

// ajv is CommonJS: under tsx the class is on `.default`, under a bundler it is the default export.
const Ajv2020 = (Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemesDir = join(root, 'data', 'schemes');
const outFile = join(root, 'src', 'generated', 'schemes.ts');
const entitiesDir = join(root, 'data', 'entities');
const entitiesOut = join(root, 'src', 'generated', 'entities.ts');
const spellingsOut = join(root, 'src', 'generated', 'spellings.ts');
const givenOut = join(root, 'src', 'generated', 'givenNames.ts');

interface SchemeFile {
  id: string;
  from: string;
  script: string;
  standard: boolean;
  english: boolean;
  locale?: string;
  then?: string;
  letters: Record<string, string>;
  after?: { prev: string; map: Record<string, string> }[];
  before?: { next: string; map: Record<string, string> }[];
  endings?: Record<string, string>;
  words?: Record<string, string>;
  samples: [string, string][];
  [key: string]: unknown;
}

export function loadSchemes(): SchemeFile[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'data', 'schema', 'scheme.schema.json'), 'utf8')));
  const problems: string[] = [];
  const schemes: SchemeFile[] = [];
  for (const file of readdirSync(schemesDir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(schemesDir, file), 'utf8')) as SchemeFile;
    if (!validate(data)) {
      for (const e of validate.errors ?? []) problems.push(`${file}${e.instancePath}: ${e.message}`);
      continue;
    }
    if (`${data.id}.json` !== file) problems.push(`${file}: id ${data.id} does not match the file name`);
    const lower = (s: string) => (data.locale ? s.toLocaleLowerCase(data.locale) : s.toLowerCase());
    const keyMaps: [string, Record<string, string>][] = [
      ['letters', data.letters],
      ...(data.after ?? []).map((g, i) => [`after[${i}]`, g.map] as [string, Record<string, string>]),
      ...(data.before ?? []).map((g, i) => [`before[${i}]`, g.map] as [string, Record<string, string>]),
      ['endings', data.endings ?? {}],
      ['words', data.words ?? {}],
    ];
    for (const [where, map] of keyMaps) {
      for (const key of Object.keys(map)) {
        if (lower(key) !== key) problems.push(`${file}: ${where} key ${JSON.stringify(key)} is not lowercase`);
        if (key.normalize('NFC') !== key) problems.push(`${file}: ${where} key ${JSON.stringify(key)} is not NFC`);
      }
    }
    schemes.push(data);
  }
  const ids = new Set(schemes.map((s) => s.id));
  const seen = new Map<string, string>();
  for (const s of schemes) {
    if (s.then !== undefined && !ids.has(s.then)) problems.push(`${s.id}.json: then names unknown scheme ${s.then}`);
    for (const flag of ['standard', 'english'] as const) {
      if (!s[flag]) continue;
      const k = `${flag}:${s.from}:${s.script}`;
      const other = seen.get(k);
      if (other) problems.push(`${s.id}.json and ${other}.json are both ${flag} for ${s.from} (${s.script})`);
      seen.set(k, s.id);
    }
  }
  if (problems.length > 0) throw new Error(`data/schemes has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return schemes;
}

interface EntityFile {
  id: string;
  distinctFrom?: string[];
  [key: string]: unknown;
}

/** Validates data/entities/*.json against the entity schema, unique ids, sorted files, known distinctFrom ids. */
export function loadEntities(): EntityFile[] {
  // strictRequired off: the schema's anyOf [source] | [system] names properties defined one level up.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'data', 'schema', 'entity.schema.json'), 'utf8')));
  const problems: string[] = [];
  const all: EntityFile[] = [];
  const fileOf = new Map<string, string>();
  for (const file of readdirSync(entitiesDir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(entitiesDir, file), 'utf8')) as EntityFile[];
    if (!validate(data)) {
      for (const e of (validate.errors ?? []).slice(0, 50)) problems.push(`${file}${e.instancePath}: ${e.message}`);
      continue;
    }
    const ids = data.map((e) => e.id);
    if (ids.join('\n') !== [...ids].sort().join('\n')) problems.push(`${file}: entities are not sorted by id`);
    for (const e of data) {
      const other = fileOf.get(e.id);
      if (other) problems.push(`${file}: id ${e.id} is also in ${other}`);
      fileOf.set(e.id, file);
      all.push(e);
    }
  }
  for (const e of all) {
    for (const other of e.distinctFrom ?? []) {
      if (!fileOf.has(other)) problems.push(`${fileOf.get(e.id)}: ${e.id} is distinctFrom unknown id ${other}`);
      if (other === e.id) problems.push(`${fileOf.get(e.id)}: ${e.id} is distinctFrom itself`);
    }
  }
  if (problems.length > 0) throw new Error(`data/entities has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function renderEntities(entities: EntityFile[]): string {
  // A JSON string parsed on first use: cheaper to load than an object literal, and nothing is built at import.
  return (
    '// Generated by scripts/compile-data.ts from data/entities/*.json. Do not edit: run `npm run compile-data`.\n' +
    `export const ENTITIES_JSON: string = ${JSON.stringify(JSON.stringify(entities))};\n`
  );
}

function render(schemes: SchemeFile[]): string {
  const body = schemes.map(({ samples: _samples, $schema: _s, ...rest }) => rest);
  return (
    '// Generated by scripts/compile-data.ts from data/schemes/*.json. Do not edit: run `npm run compile-data`.\n' +
    "import type { SchemeData } from '../types.js';\n\n" +
    `export const SCHEMES: readonly SchemeData[] = ${JSON.stringify(body, null, 1)};\n`
  );
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
/**
 * The bundled glossary's spellings, computed by the library's own code (so they always match
 * what createGlossary would compute). Imported late: it needs the schemes just generated.
 */
async function renderSpellings(entities: EntityFile[]): Promise<string> {
  const { spellingsOf } = await import('../src/glossary/buildIndex.js');
  const { encodeSpellings } = await import('../src/glossary/spellingsCodec.js');
  const encoded = encodeSpellings(spellingsOf(entities as never));
  return (
    '// Generated by scripts/compile-data.ts from data/entities and src/ (normalize, translit). Do not edit: run `npm run compile-data`.\n' +
    `export const SPELLINGS_JSON: string = ${JSON.stringify(JSON.stringify(encoded))};\n`
  );
}

/** data/names/given-names.json → classes of skeleton tokens (what the matcher compares). */
async function renderGivenNames(): Promise<string> {
  const { keyTokens } = await import('../src/normalize/keyTokens.js');
  const data = JSON.parse(readFileSync(join(root, 'data', 'names', 'given-names.json'), 'utf8')) as { classes: { names: string[] }[] };
  const classes = data.classes
    .map((c) => ({
      keys: [...new Set(c.names.map((n) => keyTokens(n).join('')).filter((t) => t.length > 1))].sort(),
      latin: [...new Set(c.names.filter((n) => /^[\p{Script=Latin}'’-]+$/u.test(n)))],
    }))
    .filter((c) => c.keys.length > 1);
  return (
    '// Generated by scripts/compile-data.ts from data/names/given-names.json. Do not edit: run `npm run compile-data`.\n' +
    `export const GIVEN_NAME_CLASSES: readonly { readonly keys: readonly string[]; readonly latin: readonly string[] }[] = ${JSON.stringify(classes)};\n`
  );
}

function current(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // missing counts as stale
  }
}

if (isMain) {
  const check = process.argv.includes('--check');
  const entities = loadEntities();
  // In order, each written before the next is rendered: the spellings are computed with the
  // freshly generated schemes and entities.
  const outputs: [string, () => string | Promise<string>][] = [
    [outFile, () => render(loadSchemes())],
    [entitiesOut, () => renderEntities(entities)],
    [spellingsOut, () => renderSpellings(entities)],
    [givenOut, () => renderGivenNames()],
  ];
  for (const [file, make] of outputs) {
    const text = await make();
    if (current(file) === text) continue;
    if (check) {
      console.error(`${file} is stale: run \`npm run compile-data\` and commit the result.`);
      process.exit(1);
    }
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  if (check) console.log('src/generated is up to date');
}
