// Supply-chain checks of what `npm publish` would ship: the packed files against the `files`
// whitelist, size budgets, no install scripts, and transliteration as the only runtime dependency.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const allowed = [...pkg.files, 'package.json', 'README.md', 'LICENSE'];
for (const { path } of pack.files) {
  if (!allowed.some((a) => path === a || path.startsWith(`${a}/`))) problems.push(`packed file outside "files": ${path}`);
  if (/(^|\/)(tests?|bench|scripts|node_modules|\.ci|\.changeset)\//.test(path)) problems.push(`development file packed: ${path}`);
}
const BUDGET = { packed: 4 * 2 ** 20, unpacked: 16 * 2 ** 20 };
if (pack.size > BUDGET.packed) problems.push(`packed size ${pack.size} B exceeds ${BUDGET.packed} B`);
if (pack.unpackedSize > BUDGET.unpacked) problems.push(`unpacked size ${pack.unpackedSize} B exceeds ${BUDGET.unpacked} B`);
for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) {
  if (pkg.scripts?.[hook]) problems.push(`install-time script "${hook}" in package.json`);
}
const deps = Object.keys(pkg.dependencies ?? {});
if (deps.join() !== 'transliteration') problems.push(`runtime dependencies must be only transliteration; found: ${deps.join(', ')}`);
if (pkg.optionalDependencies || pkg.bundleDependencies) problems.push('optional or bundled dependencies in package.json');
try {
  execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { stdio: 'ignore' });
} catch {
  problems.push('package-lock.json is not committed');
}
console.log(`${pack.files.length} files, ${(pack.size / 2 ** 20).toFixed(2)} MiB packed, ${(pack.unpackedSize / 2 ** 20).toFixed(2)} MiB unpacked`);
for (const p of problems) console.log(`problem: ${p}`);
process.exit(problems.length === 0 ? 0 : 1);
