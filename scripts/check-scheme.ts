/**
 * Checks scheme files on their own (no generated code needed): validates each against the JSON
 * Schema, compiles it, and runs its samples. Usage: npx tsx scripts/check-scheme.ts data/schemes/a.json ...
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';

// ajv is CommonJS: under tsx the class is on `.default`, under a bundler it is the default export.
const Ajv2020 = (Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module;
import { compileScheme } from '../src/translit/compileScheme.js';
import { applyScheme } from '../src/translit/applyScheme.js';
import type { SchemeData } from '../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'data/schema/scheme.schema.json'), 'utf8')));

function load(id: string): (SchemeData & { samples: [string, string][] }) | undefined {
  try {
    return JSON.parse(readFileSync(join(root, 'data/schemes', `${id}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs a scheme and its `then` chain over one string, as transliterate does for a run of its script. */
export function runChain(data: SchemeData, text: string): string {
  let out = text;
  for (let d: SchemeData | undefined = data; d; d = d.then ? load(d.then) : undefined) out = applyScheme(compileScheme(d, false), out.normalize('NFC'));
  return out;
}

const files = process.argv.slice(2);
if (files.length === 0) files.push(...readdirSync(join(root, 'data/schemes')).filter((f) => f.endsWith('.json')).map((f) => join('data/schemes', f)));
let failed = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as SchemeData & { samples: [string, string][] };
  if (!validate(data)) {
    failed++;
    console.log(`${basename(file)}: INVALID\n  ${(validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`).join('\n  ')}`);
    continue;
  }
  let bad = 0;
  for (const [src, expected] of data.samples as [string, string][]) {
    const got = runChain(data, src);
    if (got !== expected.normalize('NFC')) {
      bad++;
      console.log(`${basename(file)}: ${src} → ${got}   (expected ${expected})`);
    }
  }
  if (bad) failed++;
  console.log(`${basename(file)}: ${data.samples.length - bad}/${data.samples.length} samples pass`);
}
process.exit(failed ? 1 : 0);
