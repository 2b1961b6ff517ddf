// Adds the names CLDR gives countries (territory names) and cities (time-zone exemplar cities) in
// the languages of LANGS to the bundled entities: a label where the entity has none for that
// language, an alias (source: the CLDR file) where CLDR writes it differently. Not run by the
// build: CLDR is 180 MB, so it is installed beside the repo on demand.
//
//   npm install --prefix /tmp/cldr cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0
//   node scripts/import-cldr.mjs /tmp/cldr/node_modules && npm run compile-data
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const modules = process.argv[2];
if (!modules || !existsSync(join(modules, 'cldr-localenames-full'))) {
  console.error('usage: node scripts/import-cldr.mjs <node_modules with cldr-localenames-full and cldr-dates-full>');
  process.exit(2);
}
const VERSION = JSON.parse(readFileSync(join(modules, 'cldr-localenames-full/package.json'), 'utf8')).version;
const sourceOf = (pkg, locale, file) => `https://github.com/unicode-org/cldr-json/blob/${VERSION}/cldr-json/${pkg}/main/${locale}/${file}`;

/** The languages of news onomast serves (base CLDR locales). */
const LANGS = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'is', 'et', 'lv', 'lt', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs',
  'sr', 'sr-Latn', 'hu', 'ro', 'bg', 'mk', 'el', 'sq', 'tr', 'az', 'ka', 'hy', 'ru', 'uk', 'be', 'kk', 'uz', 'ky', 'tk', 'tg', 'mn',
  'fa', 'ar', 'he', 'ur', 'hi', 'bn', 'zh', 'zh-Hant', 'ja', 'ko', 'th', 'vi', 'id', 'ms', 'ca', 'eu', 'gl', 'ga', 'cy',
];
/** BCP 47 tag in the data for a CLDR locale (CLDR's nb is the Norwegian of the data's no). */
const tagOf = (locale) => (locale === 'nb' ? 'no' : locale);

const dataDir = join(import.meta.dirname, '..', 'data', 'entities');
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
const data = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8'))]));
const entities = [...data.values()].flat();

const readJson = (...p) => JSON.parse(readFileSync(join(modules, ...p), 'utf8'));
const territories = (locale) => readJson('cldr-localenames-full/main', locale, 'territories.json').main[locale].localeDisplayNames.territories;
const zones = (locale) => readJson('cldr-dates-full/main', locale, 'timeZoneNames.json').main[locale].dates.timeZoneNames.zone;

// Cities: the time zones whose English exemplar city is the English label of a city in the data.
// English lists an exemplar city only where it differs from the zone id (Asia/Yerevan → Yerevan):
// the zone ids are those any of the languages names.
const enZones = zones('en');
const zoneIds = new Set();
for (const locale of LANGS) {
  if (!existsSync(join(modules, 'cldr-dates-full/main', locale))) continue;
  for (const [area, places] of Object.entries(zones(locale) ?? {})) {
    for (const [city, names] of Object.entries(places ?? {})) if (typeof names?.exemplarCity === 'string') zoneIds.add(`${area}/${city}`);
  }
}
const cityZones = [];
for (const id of zoneIds) {
  const [area, city] = id.split('/');
  const en = enZones[area]?.[city]?.exemplarCity ?? city.replace(/_/g, ' ');
  const entity = entities.find((e) => e.type === 'place' && (e.subtype === 'city' || e.subtype === 'town') && (e.labels.en ?? e.canonical) === en);
  if (entity) cityZones.push({ area, city, entity });
}
const countries = entities.filter((e) => e.type === 'place' && e.subtype === 'country' && e.countries?.length === 1);

let labels = 0;
let aliases = 0;
const add = (entity, lang, text, source, kind = 'official') => {
  text = text.normalize('NFC').trim();
  // Qualified names ("Hong Kong SAR China") and placeholders ("TR-variant") are not names.
  if (text === '' || /[()]/.test(text) || /^[A-Z]{2}-/.test(text)) return;
  // Short forms are mostly abbreviations (ΗΠΑ, VK, EE. UU., ארה״ב): only lowercase-bearing words stay.
  if (kind === 'short' && (!/\p{Ll}/u.test(text) || text.includes('.') || text.length < 4)) return;
  // A language without a label gets CLDR's name even where another language writes it the same
  // (sk Rusko as cs): inflected forms are matched against the names of their own language.
  if (entity.labels[lang] === undefined && kind === 'official') {
    entity.labels[lang] = text;
    labels++;
  } else {
    const known = [entity.canonical, ...Object.values(entity.labels), ...(entity.aliases ?? []).map((a) => a.text)];
    if (known.includes(text)) return;
    (entity.aliases ??= []).push({ text, lang, kind, source });
    aliases++;
  }
  // Labels carry no source of their own: the entity lists the CLDR folder they come from.
  const folder = source.replace('/blob/', '/tree/').replace(/\/[^/]+\/[^/]+$/, '');
  if (!(entity.sources ??= []).includes(folder)) entity.sources.push(folder);
};

for (const locale of LANGS) {
  const lang = tagOf(locale);
  if (existsSync(join(modules, 'cldr-localenames-full/main', locale))) {
    const names = territories(locale);
    const source = sourceOf('cldr-localenames-full', locale, 'territories.json');
    for (const e of countries) {
      const code = e.countries[0];
      for (const [key, kind] of [[code, 'official'], [`${code}-alt-variant`, 'official'], [`${code}-alt-short`, 'short']]) {
        if (typeof names[key] === 'string') add(e, lang, names[key], source, kind);
      }
    }
  }
  if (existsSync(join(modules, 'cldr-dates-full/main', locale))) {
    const z = zones(locale);
    const source = sourceOf('cldr-dates-full', locale, 'timeZoneNames.json');
    for (const { area, city, entity } of cityZones) {
      const name = z?.[area]?.[city]?.exemplarCity;
      if (typeof name === 'string') add(entity, lang, name, source);
    }
  }
}

// JSON.stringify writes 1.0 as 1: keep the data's one-decimal prominences as they were.
for (const [f, list] of data) writeFileSync(join(dataDir, f), `${JSON.stringify(list, null, 2).replace(/("prominence": [01])(,?\n)/g, '$1.0$2')}\n`);
console.log(`${countries.length} countries, ${cityZones.length} cities (${cityZones.map((c) => c.entity.id).join(', ')}): ${labels} labels, ${aliases} aliases added`);
