// The two real news articles onomast is built for (third-party text, kept outside the repo in
// ../shared/fixtures): prints every mention found, for review. Run: npm run build && node bench/articles.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, '..', 'shared', 'fixtures');
if (!existsSync(dir)) {
  console.log(`no ${dir}: nothing to check`);
  process.exit(0);
}
const { findMentions } = await import(join(root, 'dist', 'index.js'));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const mentions = findMentions(readFileSync(join(dir, f), 'utf8'));
  const byEntity = new Map();
  for (const m of mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m.text]);
  console.log(`${f}: ${mentions.length} mentions of ${byEntity.size} entities`);
  for (const [id, texts] of byEntity) console.log(`  ${id.padEnd(30)} ${[...new Set(texts)].join(' | ')}`);
}
