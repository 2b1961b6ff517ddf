// Linear time for every function: inputs of 1M, 4M and 8M characters from 14 families (repetitions,
// mark runs, long tokens, many short tokens, mixed scripts …). Fails (exit 1) when t(4M)/t(1M) > 6
// and t(8M)/t(4M) > 3.4 confirms it. Run: npm run build && node bench/linear.mjs
import { join } from 'node:path';

const o = await import(join(import.meta.dirname, '..', 'dist', 'index.js'));
const families = {
  'one letter': 'a',
  'Cyrillic words': 'Лавров ',
  'mark run': '\u0301',
  'long Cyrillic token': 'Щ',
  'many short tokens': 'a ',
  'mixed scripts': 'Lavrov Лавров Լավրով ლავროვი Λαβρόφ ',
  emoji: '👨‍👩‍👧🇦🇲',
  'zero-width and bidi': '\u200b\u200f\u202e',
  apostrophes: "a'",
  hyphens: 'a-',
  digits: '1234567890',
  'names for mentions': 'Ilham Aliyev met Aliyev in Baku. ',
  'Armenian word': 'Մնացականյան',
  'Turkic suffixes': "Şuşa'da Bakıda ",
};
const fns = {
  transliterate: (s) => o.transliterate(s),
  'transliterate ascii': (s) => o.transliterate(s, { ascii: true }),
  normalizeName: (s) => o.normalizeName(s),
  foldDiacritics: (s) => o.foldDiacritics(s),
  nameKey: (s) => o.nameKey(s),
  detectScript: (s) => o.detectScript(s),
  lookup: (s) => o.lookup(s),
  findMentions: (s) => o.findMentions(s),
  spellingVariants: (s) => o.spellingVariants(s),
};
const make = (unit, n) => (unit === '\u0301' ? `a${unit.repeat(n - 1)}` : unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const time = (fn, s) => {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    fn(s);
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 0.5);
};
o.lookup('warm up');
o.findMentions('warm up');
let failures = 0;
const rows = [];
for (const [fname, fn] of Object.entries(fns)) {
  for (const [family, unit] of Object.entries(families)) {
    const t1 = time(fn, make(unit, 1_000_000));
    const t4 = time(fn, make(unit, 4_000_000));
    let verdict = 'linear';
    let t8;
    if (t4 / t1 > 6) {
      t8 = time(fn, make(unit, 8_000_000));
      verdict = t8 / t4 > 3.4 ? 'SUPER-LINEAR' : 'linear (confirmed at 8M)';
      if (verdict === 'SUPER-LINEAR') failures++;
    }
    rows.push(`${fname.padEnd(20)} ${family.padEnd(22)} 1M ${t1.toFixed(0).padStart(6)} ms  4M ${t4.toFixed(0).padStart(6)} ms  ratio ${(t4 / t1).toFixed(1).padStart(4)}${t8 === undefined ? '' : `  8M ${t8.toFixed(0)} ms`}  ${verdict}`);
  }
}
console.log(rows.join('\n'));
console.log(failures === 0 ? `all ${rows.length} function × input families are linear` : `${failures} super-linear`);
process.exit(failures === 0 ? 0 : 1);
