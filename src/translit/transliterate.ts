import { InvalidArgumentError, UnknownSchemeError } from '../errors.js';
import { nfcSafe } from '../normalize/nfcSafe.js';
import type { SchemeData } from '../types.js';
import { applyScheme, unmapped } from './applyScheme.js';
import type { CompiledScheme } from './compileScheme.js';
import { asciiFold } from './asciiFold.js';
import { fallback } from './fallback.js';
import { describe, readOptions } from './readOptions.js';
import { ARMENIAN, CYRILLIC, GEORGIAN, LATIN, NEUTRAL, OTHER, classOf, classOfAt, type CharClass } from './scriptOf.js';
import { LANGUAGES, SCHEME_IDS, baseLanguage, compiledScheme, schemeData, schemeForRole } from './schemeRegistry.js';

/** Options of {@link transliterate}. */
export interface TransliterateOptions {
  /**
   * BCP 47 tag of the source language: `ru`, `uk`, `hy`, `ka`, `az`, `az-Cyrl`, `tr` (a region
   * subtag is ignored). Selects the language's standard scheme (or, with `ascii`, its
   * English-practice scheme) for text in that language's script.
   * @default undefined — each run of text is romanized by the default of its script
   */
  readonly from?: string;
  /**
   * A scheme id from `listSchemes()`, e.g. `ru-icao`. Applies to text in the scheme's script;
   * other scripts get their defaults.
   * @default undefined
   */
  readonly scheme?: string;
  /**
   * Plain ASCII output (U+0000–U+007F guaranteed). With `from` or no scheme: the language's
   * English-practice form (İlham Əliyev → Ilham Aliyev); with `scheme`: that scheme with its
   * diacritics and romanization marks stripped.
   * @default false
   */
  readonly ascii?: boolean;
}

const OPTION_KEYS = ['from', 'scheme', 'ascii'] as const;
const SCRIPT_OF_CLASS = { [CYRILLIC]: 'Cyrl', [ARMENIAN]: 'Armn', [GEORGIAN]: 'Geor', [LATIN]: 'Latn' } as Record<number, string>;

interface Plan {
  readonly lang: string | undefined;
  readonly scheme: SchemeData | undefined;
  readonly ascii: boolean;
  /** Compiled scheme chains per run class and guessed language, filled on first use. */
  readonly chains: Map<string, readonly CompiledScheme[]>;
}

const plans = new Map<string, Plan>();
/** For the Cyrillic block U+0400–U+04FF: 1 = only Ukrainian writes it, 2 = only 1958–1991 Azerbaijani (among ru, uk, az-Cyrl). */
const CYRILLIC_HINT = new Uint8Array(0x100);
for (const ch of 'іїєґІЇЄҐ') CYRILLIC_HINT[ch.charCodeAt(0) - 0x400] = 1;
for (const ch of 'әғҝҹһјөүӘҒҜҸҺЈӨҮ') CYRILLIC_HINT[ch.charCodeAt(0) - 0x400] = 2;
const NO_OPTIONS: Plan = { lang: undefined, scheme: undefined, ascii: false, chains: new Map() };

/**
 * Romanizes names and text by per-language standards with context rules and real casing.
 * Never throws on any string; throws `InvalidArgumentError` for a non-string or bad options and
 * `UnknownSchemeError` for an unknown scheme id.
 *
 * @example
 * transliterate('Сергей Лавров')                         // 'Sergey Lavrov' (BGN/PCGN)
 * transliterate('Сергей Лавров', { scheme: 'ru-de-press' }) // 'Sergej Lawrow'
 * transliterate('İlham Əliyev', { from: 'az', ascii: true }) // 'Ilham Aliyev'
 * transliterate('Քոչարյան', { ascii: true })              // 'Kocharyan'
 */
export function transliterate(text: string, options?: TransliterateOptions): string {
  if (typeof text !== 'string') throw new InvalidArgumentError(`transliterate: text must be a string; got ${describe(text)}`);
  const plan = options === undefined ? NO_OPTIONS : planFor(options);
  return run(nfcSafe(text), plan);
}

function planFor(options: TransliterateOptions): Plan {
  // Fast path for the usual small literal: read the three options and check there is nothing else.
  let from: unknown;
  let scheme: unknown;
  let ascii: unknown;
  try {
    if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
      ({ from, scheme, ascii } = options);
      const count = (from === undefined ? 0 : 1) + (scheme === undefined ? 0 : 1) + (ascii === undefined ? 0 : 1);
      if (Object.keys(options).length !== count) ({ from, scheme, ascii } = readOptions('transliterate', options, OPTION_KEYS));
    } else readOptions('transliterate', options, OPTION_KEYS);
  } catch (e) {
    // Getters and proxies that throw are reported by readOptions with the valid keys.
    if (e instanceof InvalidArgumentError) throw e;
    readOptions('transliterate', options, OPTION_KEYS);
    throw new InvalidArgumentError(`transliterate: options could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (from !== undefined && typeof from !== 'string') throw new InvalidArgumentError(`transliterate: options.from must be a BCP 47 language tag (one of ${LANGUAGES.join(', ')}); got ${describe(from)}`);
  if (scheme !== undefined && typeof scheme !== 'string') throw new InvalidArgumentError(`transliterate: options.scheme must be a scheme id string; got ${describe(scheme)}`);
  if (ascii !== undefined && typeof ascii !== 'boolean') throw new InvalidArgumentError(`transliterate: options.ascii must be true or false; got ${describe(ascii)}`);
  const key = `${from ?? ''}\u0000${scheme ?? ''}\u0000${ascii === true}`;
  const cached = plans.get(key);
  if (cached) return cached;
  let lang: string | undefined;
  if (from !== undefined) {
    lang = baseLanguage(from.replace(/_/g, '-').toLowerCase());
    if (!LANGUAGES.includes(lang)) {
      throw new InvalidArgumentError(`transliterate: unsupported language ${JSON.stringify(from)} in options.from; supported: ${LANGUAGES.join(', ')} (or omit from to detect the script)`);
    }
  }
  let data: SchemeData | undefined;
  if (scheme !== undefined) {
    data = schemeData(scheme);
    if (!data) throw new UnknownSchemeError('transliterate', scheme, SCHEME_IDS);
    if (lang !== undefined && baseLanguage(data.from) !== lang) {
      const own = SCHEME_IDS.filter((id) => baseLanguage(schemeData(id)!.from) === lang);
      throw new InvalidArgumentError(`transliterate: scheme ${scheme} is for ${data.from}, not ${from}; schemes for ${lang}: ${own.join(', ')}`);
    }
  }
  const plan: Plan = { lang, scheme: data, ascii: ascii === true, chains: new Map() };
  if (plans.size < 256) plans.set(key, plan);
  return plan;
}

function run(text: string, plan: Plan): string {
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const cls = classOfAt(text, i);
    if (cls === NEUTRAL || (cls === LATIN && !plan.ascii && plan.scheme?.script !== 'Latn')) {
      i++;
      continue;
    }
    // A run: characters of one script with the neutral characters between them.
    let end = i + 1;
    let last = i + 1;
    if (cls === OTHER) {
      // Step by code point so that an astral letter's surrogate pair is never cut.
      end = i + codeUnits(text, i);
      while (end < n && classOfAt(text, end) === OTHER) end += codeUnits(text, end);
      last = end;
    } else {
      while (end < n) {
        const c = classOf(text.charCodeAt(end));
        if (c === cls) last = end + 1;
        else if (c !== NEUTRAL) break;
        end++;
      }
    }
    if (copyFrom < i) out += text.slice(copyFrom, i);
    const span = text.slice(i, last);
    out += cls === OTHER ? fallback(span) : romanizeRun(span, cls, plan);
    copyFrom = i = last;
  }
  if (copyFrom < n) out += text.slice(copyFrom);
  else if (copyFrom === 0) out = text;
  return plan.ascii ? asciiFold(out) : out;
}

function romanizeRun(span: string, cls: CharClass, plan: Plan): string {
  const lang = plan.scheme?.script === SCRIPT_OF_CLASS[cls] ? '' : (plan.lang ?? guessLanguage(span, cls) ?? '');
  const key = `${cls}${lang}`;
  let chain = plan.chains.get(key);
  if (!chain) {
    chain = compileChain(span, cls, plan);
    plan.chains.set(key, chain);
  }
  let out = span;
  unmapped.seen = false;
  for (const scheme of chain) out = applyScheme(scheme, out);
  return cls === LATIN || !unmapped.seen ? out : fallbackResidue(out, cls);
}

/** The compiled schemes (with their `then` steps) to run over a run of one class. */
function compileChain(span: string, cls: CharClass, plan: Plan): CompiledScheme[] {
  const chain: CompiledScheme[] = [];
  for (const s of schemesFor(span, cls, SCRIPT_OF_CLASS[cls]!, plan)) {
    for (let d: SchemeData | undefined = s; d; d = d.then === undefined ? undefined : schemeData(d.then)) {
      // Only the last step of a chain writes Latin; earlier steps (Latin → Cyrillic) must not be folded.
      chain.push(compiledScheme(d, plan.ascii && d.then === undefined && d.to === 'Latn'));
    }
  }
  return chain;
}

/** The schemes to run over one run of text, in order (usually one). */
function schemesFor(span: string, cls: CharClass, script: string, plan: Plan): SchemeData[] {
  if (plan.scheme && plan.scheme.script === script) return [plan.scheme];
  const lang = plan.lang !== undefined && schemeForRole('standard', plan.lang, script) ? plan.lang : plan.lang !== undefined && cls === LATIN ? plan.lang : guessLanguage(span, cls);
  if (lang === undefined) return [];
  if (plan.ascii) {
    const english = schemeForRole('english', lang, script);
    if (english) return [english];
    const standard = schemeForRole('standard', lang, script);
    if (!standard) return [];
    const latin = schemeForRole('english', lang, 'Latn');
    return latin && standard.to === 'Latn' ? [standard, latin] : [standard];
  }
  const standard = schemeForRole('standard', lang, script);
  return standard ? [standard] : [];
}

/** 2 at the start of a surrogate pair, else 1. */
function codeUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Which language's scheme a run of a script gets when `from` does not say. */
function guessLanguage(span: string, cls: CharClass): string | undefined {
  switch (cls) {
    case CYRILLIC:
      for (let i = 0; i < span.length; i++) {
        const hint = CYRILLIC_HINT[span.charCodeAt(i) - 0x400];
        if (hint === 1) return 'uk';
        if (hint === 2) return 'az';
      }
      return 'ru';
    case ARMENIAN:
      return 'hy';
    case GEORGIAN:
      return 'ka';
    case LATIN:
      // Schwa is written only in Azerbaijani among the languages onomast knows.
      return span.includes('ə') || span.includes('Ə') ? 'az' : undefined;
    default:
      return undefined;
  }
}

/** Letters of the run's script that its scheme has no rule for (Serbian ђ in a Russian run) go to the fallback. */
function fallbackResidue(out: string, cls: CharClass): string {
  let i = 0;
  while (i < out.length && classOf(out.charCodeAt(i)) !== cls) i++;
  if (i === out.length) return out;
  let result = '';
  let copyFrom = 0;
  while (i < out.length) {
    if (classOf(out.charCodeAt(i)) !== cls) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < out.length && classOf(out.charCodeAt(end)) === cls) end++;
    result += out.slice(copyFrom, i) + fallback(out.slice(i, end));
    copyFrom = i = end;
  }
  return result + out.slice(copyFrom);
}
