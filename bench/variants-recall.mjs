// How many attested Latin spellings of the glossary's people appear among spellingVariants of
// their native name: every Latin-script label (de, fr, pl, tr …) and translit/full/official
// alias, against the variants generated from the label in the person's own language.
// A proxy for unseen real spellings from news. Run: npm run build && node bench/variants-recall.mjs
import { join } from 'node:path';

const { defaultGlossary, spellingVariants } = await import(join(import.meta.dirname, '..', 'dist', 'index.js'));
const OWN = { RU: 'ru', AM: 'hy', GE: 'ka', AZ: 'az', UA: 'uk' };
const isLatin = (s) => /^[\p{Script=Latin}\s.'’-]+$/u.test(s) && /\p{L}/u.test(s);
let total = 0;
let found = 0;
const byLang = new Map();
const misses = [];
for (const e of defaultGlossary().entities()) {
  if (e.type !== 'person') continue;
  const lang = (e.countries ?? []).map((c) => OWN[c]).find((l) => l && e.labels[l]);
  if (!lang) continue;
  const variants = new Set(spellingVariants(e.labels[lang], { from: lang, limit: 10_000 }).map((v) => v.text.toLowerCase()));
  const attested = new Map();
  for (const [l, text] of Object.entries(e.labels)) if (l !== lang && isLatin(text)) attested.set(text, l);
  for (const a of e.aliases ?? []) if (['translit', 'full', 'official'].includes(a.kind) && isLatin(a.text) && a.text.trim().includes(' ')) attested.set(a.text, a.lang);
  for (const [text, l] of attested) {
    if (text.split(/\s+/).length !== e.labels[lang].split(/\s+/).length) continue; // same name parts only
    total++;
    const hit = variants.has(text.toLowerCase());
    if (hit) found++;
    else if (misses.length < 40) misses.push(`${text} [${l}] ← ${e.labels[lang]}`);
    const s = byLang.get(l) ?? [0, 0];
    s[0] += hit ? 1 : 0;
    s[1]++;
    byLang.set(l, s);
  }
}
console.log(`attested Latin spellings of people found among spellingVariants: ${found}/${total} = ${((100 * found) / total).toFixed(1)}% in ${byLang.size} languages`);
console.log([...byLang.entries()].sort((a, b) => b[1][1] - a[1][1]).map(([l, [f, t]]) => `${l} ${f}/${t}`).join(', '));
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
