import { InvalidArgumentError } from '../errors.js';
import { defaultGlossary } from '../glossary/defaultGlossary.js';
import { nfcSafe } from '../normalize/nfcSafe.js';
import { applyScheme } from '../translit/applyScheme.js';
import { detectScript } from '../translit/detectScript.js';
import { describe, readOptions } from '../translit/readOptions.js';
import { SCHEME_IDS, baseLanguage, compiledScheme, schemeData } from '../translit/schemeRegistry.js';
import { givenNameClass, givenNameForms } from '../match/givenNameClass.js';
import { keyTokens } from '../normalize/keyTokens.js';
import type { SchemeData } from '../types.js';

/** One spelling of a name and the systems that produce it. */
export interface SpellingVariant {
  readonly text: string;
  /**
   * Scheme ids (`ru-de-press`, `hy-en` …); `id/ascii` for a scheme's plain-ASCII form;
   * `bridge>id` for spellings that reach a language through Russian (`hy-ru-cyrl>ru-fr-press`);
   * `label:xx` or an alias kind for spellings from the glossary (entityVariants).
   */
  readonly systems: readonly string[];
}

/** Options of {@link spellingVariants}. */
export interface SpellingVariantsOptions {
  /**
   * The name's language (BCP 47): `ru`, `uk`, `hy`, `ka`, `az`, `az-Cyrl`.
   * @default detected from the script; a Latin name the glossary knows is traced to its native form
   */
  readonly from?: string;
  /**
   * Only spellings produced by these systems (scheme ids, as in `listSchemes()`).
   * @default every system
   */
  readonly systems?: readonly string[];
  /**
   * Most spellings returned.
   * @default 100
   */
  readonly limit?: number;
}

/** Schemes that write a name into Russian Cyrillic, from which every Russian scheme runs. */
const BRIDGES: Record<string, string> = { hy: 'hy-ru-cyrl', ka: 'ka-ru-cyrl', az: 'az-ru' };

/** How common a system's spellings are in news: English practice first, scholarly systems last. */
function weight(id: string): number {
  if (id === 'given-names') return 2;
  const d = schemeData(id.split('>').pop()!.replace('/ascii', ''));
  let w = 3;
  if (d?.english) w = 10;
  else if (d?.standard) w = 7;
  else if (/-(icao|en-ian|ru)$/.test(d?.id ?? '')) w = 6;
  else if (d?.id.endsWith('-press')) w = 5;
  else if (/(iso|ala-lc)/.test(d?.id ?? '')) w = 1;
  if (id.includes('>')) w -= 1;
  if (id.endsWith('/ascii')) w -= 1;
  return w;
}

function run(data: SchemeData, text: string, ascii: boolean, firstStepOnly = false): string {
  let out = text;
  for (let d: SchemeData | undefined = data; d; d = firstStepOnly || d.then === undefined ? undefined : schemeData(d.then)) {
    out = applyScheme(compiledScheme(d, ascii && d.then === undefined && d.to === 'Latn'), out);
  }
  return out;
}

/** Which language a native name is in, by its letters. */
function languageOf(text: string): string | undefined {
  switch (detectScript(text)) {
    case 'Cyrl':
      if (/[іїєґІЇЄҐ]/.test(text)) return 'uk';
      if (/[әғҝҹһјөүӘҒҜҸҺЈӨҮ]/.test(text)) return 'az-Cyrl';
      return 'ru';
    case 'Armn':
      return 'hy';
    case 'Geor':
      return 'ka';
    case 'Latn':
      return /[əƏ]/.test(text) ? 'az' : undefined;
    default:
      return undefined;
  }
}

/**
 * The plausible spellings of a name, each labelled with the systems that produce it, most common
 * first: every scheme of its language (standards, English practice, the press practice of
 * German, French, Polish, Spanish, Italian, Romanian, Czech, Dutch, Portuguese, Swedish,
 * Lithuanian, Turkish, Azerbaijani and Turkmen for Russian names), and for Armenian,
 * Georgian and Azerbaijani names also the spellings that reach those languages through Russian
 * (Զոհրաբ → Зограб → Zograb, Sograb). A Latin name the bundled glossary knows is first traced to
 * its native form.
 *
 * @example
 * spellingVariants('Сергей Лавров').map((v) => v.text)
 * // ['Sergey Lavrov', 'Sergei Lavrov', 'Sergej Lawrow', 'Siergiej Ławrow', 'Sergueï Lavrov', …]
 */
export function spellingVariants(name: string, options?: SpellingVariantsOptions): readonly SpellingVariant[] {
  if (typeof name !== 'string') throw new InvalidArgumentError(`spellingVariants: name must be a string; got ${describe(name)}`);
  const o = readOptions('spellingVariants', options, ['from', 'systems', 'limit']);
  if (o.from !== undefined && typeof o.from !== 'string') throw new InvalidArgumentError(`spellingVariants: options.from must be a BCP 47 language tag; got ${describe(o.from)}`);
  const limit = o.limit ?? 100;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new InvalidArgumentError(`spellingVariants: options.limit must be a whole number from 1 to 10000; got ${describe(limit)}`);
  }
  let only: Set<string> | undefined;
  if (o.systems !== undefined) {
    if (!Array.isArray(o.systems) || o.systems.some((s) => typeof s !== 'string' || !SCHEME_IDS.includes(s.split('>').pop()!.replace('/ascii', '')))) {
      throw new InvalidArgumentError(`spellingVariants: options.systems must be an array of scheme ids; known: ${SCHEME_IDS.join(', ')}`);
    }
    only = new Set(o.systems as string[]);
  }
  const text = nfcSafe(name).trim();
  if (text === '' || text.length > 1000) return [];

  let native = text;
  let lang = o.from === undefined ? languageOf(text) : normalizeTag(o.from);
  if (lang === undefined) {
    // A romanized name: trace it to the native label of the entity the glossary knows.
    const hit = defaultGlossary().lookup(text, { minScore: 0.95 });
    const own = hit && nativeLabel(hit.entity.labels, hit.entity.countries ?? []);
    if (own) [lang, native] = own;
  }
  const found = new Map<string, Set<string>>();
  const add = (spelling: string, system: string): void => {
    const s = spelling.normalize('NFC');
    if (s === '' || (only && !only.has(system) && !only.has(system.split('>').pop()!.replace('/ascii', '')))) return;
    let set = found.get(s);
    if (!set) found.set(s, (set = new Set()));
    set.add(system);
  };
  if (lang !== undefined) {
    const base = baseLanguage(lang);
    const script = detectScript(native);
    for (const id of SCHEME_IDS) {
      const d = schemeData(id)!;
      if (baseLanguage(d.from) !== base || d.script !== script || d.to !== 'Latn') continue;
      add(run(d, native, false), id);
      if (!d.ascii) add(run(d, native, true), `${id}/ascii`);
    }
    // Through Russian: the Cyrillic form, then every Russian scheme over it.
    const bridge = BRIDGES[base];
    const bridgeData = bridge === undefined ? undefined : schemeData(bridge);
    let source = native;
    if (lang === 'az-Cyrl' && script === 'Cyrl') source = run(schemeData('az-cyrl-latn')!, native, false);
    if (bridgeData && detectScript(source) === bridgeData.script) {
      const cyrillic = run(bridgeData, source, false, true);
      add(cyrillic, bridge!);
      for (const id of SCHEME_IDS) {
        const d = schemeData(id)!;
        if (d.from !== 'ru' || d.to !== 'Latn') continue;
        add(run(d, cyrillic, false), `${bridge}>${id}`);
      }
    }
  }
  // Given names have established forms in each language that no letter rule makes (Alexander,
  // Alexandre, Aleksander for Александр): those forms with the family-name spellings found above.
  if (lang !== undefined && !only) addGivenNameForms(native, found, add);
  if (found.size === 0 && !only) add(text, 'input');
  // The most common system that writes a spelling ranks it; how many systems agree breaks ties.
  const ranked = [...found.entries()].map(([t, systems]) => ({ text: t, systems: [...systems], w: Math.max(...[...systems].map(weight)) * 100 + systems.size }));
  ranked.sort((a, b) => b.w - a.w || (a.text < b.text ? -1 : 1));
  return Object.freeze(ranked.slice(0, limit).map((r) => Object.freeze({ text: r.text, systems: Object.freeze(r.systems.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))) })));
}

/** Family-name spellings the schemes gave (best first) combined with the given name's known forms. */
function addGivenNameForms(native: string, found: ReadonlyMap<string, ReadonlySet<string>>, add: (text: string, system: string) => void): void {
  const words = native.split(/\s+/);
  if (words.length < 2) return;
  const cls = givenNameClass(keyTokens(words[0]!).join(''));
  if (cls === undefined) return;
  const rests = [...found.entries()]
    .filter(([t]) => /^\S+\s/.test(t) && /\p{Script=Latin}/u.test(t))
    .map(([t, systems]) => [t.slice(t.search(/\s/) + 1), Math.max(...[...systems].map(weight))] as const)
    .sort((a, b) => b[1] - a[1]);
  const seen = new Set<string>();
  for (const [rest] of rests) {
    if (seen.size >= 8) break;
    if (seen.has(rest)) continue;
    seen.add(rest);
    for (const given of givenNameForms(cls)) add(`${given} ${rest}`, 'given-names');
  }
}

function normalizeTag(tag: string): string {
  const [l, s] = tag.replace(/_/g, '-').split('-');
  const lang = (l ?? '').toLowerCase();
  return s && s.toLowerCase() === 'cyrl' ? `${lang}-Cyrl` : lang;
}

const OWN_LANGUAGE: Record<string, string> = { RU: 'ru', AM: 'hy', GE: 'ka', AZ: 'az', UA: 'uk', BY: 'ru', KZ: 'ru' };

/** The entity's label in its own language (by its country), where onomast has schemes for it. */
function nativeLabel(labels: Readonly<Record<string, string>>, countries: readonly string[]): [string, string] | undefined {
  for (const c of countries) {
    const lang = OWN_LANGUAGE[c];
    const label = lang && labels[lang];
    if (lang && label) return [lang, label];
  }
  return undefined;
}
