import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // Library entries: dual ESM + CJS with separate .d.ts / .d.cts.
    entry: { index: 'src/index.ts', translit: 'src/translit/index.ts', duckdb: 'src/duckdb/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    shims: true,
    splitting: true,
    treeshake: true,
    // Keep UTF-8 scheme data as written (escaping grows it ~60%).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    // onomast/duckdb loads its optional peer only when called.
    external: ['transliteration', '@duckdb/node-api'],
  },
  {
    // The CLI: ESM only, Node platform.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    external: ['transliteration', '@duckdb/node-api'],
  },
]);
