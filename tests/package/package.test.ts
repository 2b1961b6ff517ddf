// Smoke tests of the built package (dist/, built by `npm test`'s pretest step), run as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';

const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', input: input ?? '', timeout: 20_000 });
const cli = join(root, 'dist', 'cli', 'main.js');

describe('package entry points', () => {
  test.each(['onomast', 'onomast/translit'])('ESM import of %s', (entry) => {
    const r = node(['--input-type=module', '-e', `import { transliterate } from '${entry}'; console.log(transliterate('Сергей Лавров'))`]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('Sergey Lavrov');
  });

  test.each(['onomast', 'onomast/translit'])('CommonJS require of %s', (entry) => {
    const r = node(['-e', `const { transliterate, getScheme } = require('${entry}'); console.log(transliterate('Сергей Лавров'), getScheme('ru-bgn-pcgn').id)`]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('Sergey Lavrov ru-bgn-pcgn');
  });

  test.each([
    ['ESM', '--input-type=module', "import { transliterate } from 'onomast/translit'; import { createRequire } from 'node:module'; const cache = createRequire(import.meta.url).cache;"],
    ['CJS', '--input-type=commonjs', "const { transliterate } = require('onomast/translit'); const cache = require.cache;"],
  ])('%s: the transliteration package is loaded only when a script without a scheme is seen', (_kind, type, prelude) => {
    const script = `${prelude}
      const loaded = () => Object.keys(cache).some((k) => k.includes('node_modules/transliteration/'));
      transliterate('Сергей Лавров, Ереван; İlham Əliyev', { ascii: true });
      const before = loaded();
      transliterate('Αθήνα');
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const r = node([type, '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: false, after: true });
  });

  test('data files are exported', () => {
    const r = node(['-e', "console.log(require.resolve('onomast/data/schemes/ru-bgn-pcgn.json'))"]);
    expect(r.stdout.trim()).toBe(join(root, 'data', 'schemes', 'ru-bgn-pcgn.json'));
  });
});

describe('CLI', () => {
  test('translit names from arguments and stdin', () => {
    expect(execFileSync(process.execPath, [cli, 'translit', 'Сергей Лавров', 'ЖУКОВ'], { encoding: 'utf8' })).toBe('Sergey Lavrov\nZHUKOV\n');
    expect(node([cli, 'translit', '--ascii'], '\ufeffİlham Əliyev\r\nЩукин\n').stdout).toBe('Ilham Aliyev\nShchukin\n');
    expect(node([cli, 'translit', '--scheme', 'ru-bgn-pcgn', '--json', 'Пётр']).stdout).toBe('{"input":"Пётр","output":"Pëtr"}\n');
  });

  test('schemes lists every scheme', () => {
    const r = node([cli, 'schemes', '--from', 'ru']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ru-bgn-pcgn\tru\tstandard\tBGN\/PCGN 1947$/m);
  });

  test.each([
    [['translit', '--bogus'], /Unknown option '--bogus'/],
    [['translit', '--scheme', 'nope', 'x'], /unknown scheme "nope"; known schemes:/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /Usage: onomast <command>/],
  ])('usage errors exit 2 without a stack trace: %j', (args, message) => {
    const r = node([cli, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test('help and version', () => {
    expect(node([cli, '--help']).stdout).toMatch(/translit/);
    expect(node([cli, 'translit', '--help']).stdout).toMatch(/--scheme ID/);
    expect(node([cli, '--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a closed pipe (| head -1) ends quietly with exit 0', () => {
    const r = spawnSync('bash', ['-c', `yes 'Сергей Лавров' | head -100000 | '${process.execPath}' '${cli}' translit | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('Sergey Lavrov\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
