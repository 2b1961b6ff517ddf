/**
 * The last-resort romanizer for scripts onomast has no scheme for: the `transliteration` package,
 * loaded synchronously on first need (its 190 KB table costs ~60 ms to import, so importing
 * onomast never pays for it). Its known faults are corrected: `@` (for schwa) becomes `a` and
 * backticks become apostrophes.
 */
type Romanizer = (text: string) => string;

let loaded: Romanizer | null | undefined;

interface ModuleBuiltin {
  createRequire(from: string): (id: string) => unknown;
}

declare const module: { require?: (id: string) => unknown } | undefined;

/**
 * A synchronous `require` without naming `require` (bundlers rewrite that identifier into a
 * shim that throws in ESM): Node's `createRequire` through `process.getBuiltinModule` (Node ≥ 20.16),
 * else CommonJS `module.require`.
 */
function nodeRequire(): ((id: string) => unknown) | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const builtin = typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('module') as ModuleBuiltin | undefined) : undefined;
  if (builtin) return builtin.createRequire(import.meta.url);
  if (typeof module === 'object' && module !== null && typeof module.require === 'function') return module.require.bind(module);
  return undefined;
}

function load(): Romanizer | null {
  try {
    const req = nodeRequire();
    if (!req) return null;
    const pkg = req('transliteration') as { transliterate?: (s: string) => string };
    return typeof pkg.transliterate === 'function' ? pkg.transliterate : null;
  } catch {
    return null;
  }
}

/** True once the fallback package has been loaded (for tests of lazy loading). */
export function isFallbackLoaded(): boolean {
  return loaded !== undefined && loaded !== null;
}

/**
 * Romanizes a run of letters of a script without a scheme. Returns the input unchanged where the
 * package cannot be loaded synchronously (browsers, Node < 20.16 in ESM).
 */
export function fallback(text: string): string {
  if (loaded === undefined) loaded = load();
  if (!loaded) return text;
  let out: string;
  try {
    out = loaded(text);
  } catch {
    return text;
  }
  return out.replace(/@/g, 'a').replace(/`/g, "'");
}
