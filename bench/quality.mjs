// Scores on tests/fixtures/names-42.tsv: standard forms (BGN/PCGN or national) and English-practice
// ASCII, onomast against the `transliteration` package (the mandated fallback) and iuliia (Russian only).
// Strict = exact; apostrophe-like marks (’ ʹ ' ”) are unified before comparing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { transliterate } = await import('../dist/index.js');
const peer = require('transliteration');
const iuliia = require('iuliia');

const rows = readFileSync(join(root, 'tests/fixtures/names-42.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const unify = (s) => s.normalize('NFC').replace(/[’ʹʼ'`]/g, '’').replace(/[”ʺ"]/g, '”');
const contenders = {
  onomast: { standard: (s, from) => transliterate(s, { from }), english: (s, from) => transliterate(s, { from, ascii: true }) },
  transliteration: { standard: (s) => peer.transliterate(s), english: (s) => peer.transliterate(s) },
  'iuliia (bgn_pcgn / wikipedia)': {
    standard: (s, from) => (from === 'ru' ? iuliia.translate(s, iuliia.BGN_PCGN) : s),
    english: (s, from) => (from === 'ru' ? iuliia.translate(s, iuliia.WIKIPEDIA) : s),
  },
};
for (const [name, fns] of Object.entries(contenders)) {
  let standard = 0;
  let english = 0;
  const misses = [];
  for (const [from, native, std, eng] of rows) {
    if (unify(fns.standard(native, from)) === unify(std)) standard++;
    else if (name === 'onomast') misses.push(`standard ${native}: ${fns.standard(native, from)}`);
    if (fns.english(native, from) === eng) english++;
    else if (name === 'onomast') misses.push(`english ${native}: ${fns.english(native, from)}`);
  }
  console.log(`${name.padEnd(30)} standard ${standard}/${rows.length}   English-practice ASCII ${english}/${rows.length}`);
  for (const m of misses) console.log(`  miss: ${m}`);
}
