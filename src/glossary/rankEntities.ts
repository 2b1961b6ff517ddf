import { chAsKh } from '../normalize/chAsKh.js';
import { keyTokens } from '../normalize/keyTokens.js';
import { normalizeNameUnchecked } from '../normalize/normalizeName.js';
import { alignTokens, tokenSimilarity, type Alignment } from '../match/alignTokens.js';
import { describeAlignment } from '../match/describeAlignment.js';
import { isDesignator, isPatronymic, isTitle } from '../match/nameTags.js';
import type { Entity, EntityType } from '../types.js';
import { adjectiveStems, languageStems, stemCandidates } from '../mentions/inflection/stemCandidates.js';
import { CYRILLIC } from '../translit/scriptOf.js';
import { baseLanguage } from '../translit/schemeRegistry.js';
import { tokenizeText } from '../mentions/tokenizeText.js';
import type { GlossaryIndex, NameEntry } from './buildIndex.js';
import { linkPlaces } from './linkPlaces.js';
import { postings } from './postings.js';
import { describeName } from './describeName.js';
import { conceptTokens } from '../match/conceptTokens.js';
import { rankBySound, SOUND_SCORE } from './rankBySound.js';
import { hasSoundScript, withoutJoinedDesignator } from '../match/soundClasses.js';

/** How a candidate was found. */
export type MatchMethod = 'exact' | 'key' | 'fuzzy' | 'family' | 'sound';

/** One entity a query may mean, with the spelling that matched it. */
export interface Ranked {
  readonly entity: number;
  readonly score: number;
  readonly name: NameEntry;
  readonly method: MatchMethod;
  /** Why, in words; built only for the results returned (candidates are many). */
  readonly explain: () => readonly string[];
}

/** Single-token names need a closer fuzzy match than multi-token ones (Lachine ≠ Lachin). */
const SINGLE_TOKEN_MIN = 0.88;
/** A person's family name must match at least this well for a fuzzy match. */
const FAMILY_MIN = 0.85;

/**
 * Every entity the query may mean, best first: exact spellings (score 1), equal name keys (0.97),
 * then fuzzy token alignment over candidates drawn from the token and typo indexes, then
 * family-name-only matches ranked by prominence (0.9 when one person bears the name); for scripts
 * that write vowels loosely, matches by sound (0.9); "A/B" as the entity both are; when nothing
 * is sure, the base forms of inflected words (× 0.95). Names of places, agreements and
 * organizations are compared with translatable words as concepts and the places they name as
 * places; a longer name containing a whole known agreement or organization name scores 0.86. With
 * `exhaustive` (search) the fuzzy stage runs even after an exact hit, so that every bearer of a
 * shared name is listed. Linear in the query; the work per query is bounded by the candidates of
 * its tokens, never a scan of the glossary.
 */
export function rankEntities(index: GlossaryIndex, query: string, types: ReadonlySet<EntityType> | undefined, exhaustive = false): Ranked[] {
  let ranked = rankName(index, query, types, exhaustive);
  // Arabic, Hebrew, Greek, kana, Hangul, Chinese: romanized, a name rarely meets its Latin
  // spelling letter for letter (لافروف lfrwf, ラブロフ raburofu); its consonants do.
  if ((ranked[0]?.score ?? 0) < SOUND_SCORE && query.length <= 200 && hasSoundScript(query)) ranked = merge(index, ranked, rankBySound(index, query, types));
  // Two spellings of one name with a slash (Stepanakert/Khankendi): the entity both are.
  if ((ranked[0]?.score ?? 0) < 0.85 && query.includes('/') && query.length <= 200) ranked = merge(index, ranked, rankAlternatives(index, query, types));
  // An uncertain match may still be an inflected form of a known name, and a family name that several
  // bear the inflected form of one that only one person bears.
  const top = ranked[0];
  if ((top && top.score >= 0.85 && !(top.method === 'family' && top.score < UNIQUE_FAMILY)) || query.length > 200) return ranked;
  // An inflected form (Ильхамом Алиевым, Paşinyanın, Փաշինյանի): the base forms of its words
  // that are known spellings, at a slightly lower score.
  const best = new Map<number, Ranked>(ranked.map((r) => [r.entity, r]));
  const forms = baseForms(index, query);
  for (let f = 0; f < forms.length; f++) {
    const { text: base, langs } = forms[f]!;
    // Fuzzy matching (costly) for the few forms with the most words stemmed; the rest by key.
    for (const r of rankName(index, base, types, false, f >= FUZZY_FORMS || base.length > 60)) {
      // A base form must be a known spelling, or very close to one (Serża Sarkisjana → Serż Sarkisjan),
      // or the family name of the one person who bears it (Saakašviliho → Saakašvili).
      if ((r.method === 'fuzzy' && r.score < 0.9) || (r.method === 'family' && r.score < UNIQUE_FAMILY)) continue;
      // An ending of particular languages proposes short place and other names in those languages
      // only (Venäjän → Venäjä [fi]; Russian → Rusi [sq] is no match); a long base form is telling
      // enough by itself (Ázerbajdžánské republiky → Republika Azerbajdžan), and people's names are not translated.
      if (langs && base.length < LONG_BASE && index.entities[r.entity]!.type !== 'person' && !writtenIn(index.entities[r.entity]!, r.name, langs)) continue;
      const score = r.score * 0.95;
      const prev = best.get(r.entity);
      if (!prev || score > prev.score) best.set(r.entity, { ...r, score, explain: () => [`inflected form of "${base}"`, ...r.explain()] });
    }
  }
  if (ranked.every((r) => best.get(r.entity) === r) && best.size === ranked.length) return ranked;
  return merge(index, ranked, [...best.values()]);
}

/** The entity every part of "A/B" is (each part at least 0.85), at the lower score of the two. */
function rankAlternatives(index: GlossaryIndex, query: string, types: ReadonlySet<EntityType> | undefined): Ranked[] {
  const parts = query.split('/').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return [];
  const tops = parts.map((p) => rankEntities(index, p, types)[0]);
  const first = tops[0];
  if (!first || tops.some((t) => !t || t.entity !== first.entity || t.score < 0.85)) return [];
  const weakest = tops.reduce((a, b) => (b!.score < a!.score ? b : a))!;
  return [{ ...weakest, score: Math.min(weakest.score, 0.95), explain: () => [`each of "${parts.join('", "')}" is this entity`, ...weakest.explain()] }];
}

/** Two ranked lists as one, by score (each already tiered: scores fall with rank), the better result per entity. */
function merge(index: GlossaryIndex, a: readonly Ranked[], b: readonly Ranked[]): Ranked[] {
  if (b.length === 0) return a as Ranked[];
  const best = new Map<number, Ranked>(a.map((r) => [r.entity, r]));
  for (const r of b) {
    const prev = best.get(r.entity);
    if (!prev || r.score > prev.score) best.set(r.entity, r);
  }
  const prominence = (r: Ranked) => index.entities[r.entity]!.prominence ?? 0.5;
  return [...best.values()].sort((x, y) => y.score - x.score || prominence(y) - prominence(x) || x.entity - y.entity);
}

/**
 * The spelling is the entity's, in one of the languages (as its own label or one it shares: Baku
 * is sr-Latn too); an attested alias, in any language; or, when the entity has no label in one of
 * those languages, its canonical name, which a language without a name of its own takes over
 * (Bakussa → Baku [fi]).
 */
function writtenIn(entity: Entity, name: NameEntry, langs: readonly string[]): boolean {
  if (langs.includes(baseLanguage(name.lang))) return true;
  // Another name of the entity than what each language calls it (Artsakh, Khankendi) crosses languages.
  if (name.kind !== 'label' && name.kind !== 'canonical' && !name.generated) return true;
  const labelled = new Set<string>();
  for (const [lang, label] of Object.entries(entity.labels)) {
    const base = baseLanguage(lang);
    if (!langs.includes(base)) continue;
    if (label === name.text) return true;
    labelled.add(base);
  }
  return name.text === entity.canonical && langs.some((l) => !labelled.has(l));
}

/** A possible base form of a query; `langs` when an ending of particular languages proposed it. */
interface BaseForm {
  readonly text: string;
  readonly langs: readonly string[] | undefined;
  /** How many of its words are stems (not as written). */
  readonly stems: number;
}

/** A base form this long matches whatever the language of the ending that proposed it. */
const LONG_BASE = 8;

/** Base forms matched fuzzily as well as by key. */
const FUZZY_FORMS = 3;

/** Up to 16 base forms of a query whose words may be inflected: each word as written or a stem. */
function baseForms(index: GlossaryIndex, query: string): BaseForm[] {
  const words = tokenizeText(query);
  if (words.length === 0 || words.length > 4) return [];
  const turkic = /[ıİğĞəƏşŞçÇöÖüÜ]|['’ʼ]/.test(query);
  let forms: BaseForm[] = [{ text: '', langs: undefined, stems: 0 }];
  for (const w of words) {
    const stems: { text: string; langs: readonly string[] | undefined }[] = [];
    // Designators and titles are set aside whatever their case (Republika Arcachu): not stemmed.
    const tag = keyTokens(w.word).every((t) => isTitle(t));
    const add = (text: string, langs: readonly string[] | undefined) => {
      const prev = stems.find((x) => x.text === text);
      if (!prev) stems.push({ text, langs });
      else if (prev.langs && (!langs || langs.some((l) => !prev.langs!.includes(l)))) prev.langs = langs && [...prev.langs, ...langs];
    };
    if (!tag) {
      // ロシア連邦, 南オセチア共和国, สหพันธรัฐรัสเซีย: the name without its designator.
      const bare = withoutJoinedDesignator(w.word);
      if (bare !== w.word) add(bare, undefined);
      // Arabic and Persian join a one-letter preposition or conjunction to the name (لباكو: to Baku, وموسكو).
      if (/^[وبلفك][\u0620-\u064a\u066e-\u06d3]{3,}$/.test(w.word)) add(w.word.slice(1), undefined);
      for (const text of stemCandidates(w.word, w.script, turkic, true)) add(text, undefined);
      for (const s of languageStems(w.word)) add(s.stem, s.langs.split(' '));
      if (w.script === CYRILLIC) for (const text of adjectiveStems(w.word)) add(text, undefined);
    }
    // Stems whose words the glossary has, the most specific first: the longest ending taken off
    // (Азербайджанська → Азербайджан before Азербайджанськ). Where no stem is known, the most
    // specific ones, for fuzzy matching (Tblisiju).
    const removed = (text: string) => w.word.length - commonPrefix(w.word, text);
    stems.sort((a, b) => removed(b.text) - removed(a.text));
    const known = stems.filter((x) => isKnown(index, x.text));
    const kept = known.length > 0 ? known : stems;
    const options: BaseForm[] = [{ text: w.word, langs: undefined, stems: 0 }, ...kept.slice(0, MAX_STEMS).map((x) => ({ ...x, stems: 1 }))];
    const next: BaseForm[] = [];
    for (const f of forms) {
      for (const o of options) {
        // Words of one name are in one language: endings of different languages do not mix.
        const langs = !f.langs ? o.langs : !o.langs ? f.langs : f.langs.filter((l) => o.langs!.includes(l));
        if (langs && langs.length === 0) continue;
        next.push({ text: f.text === '' ? o.text : `${f.text} ${o.text}`, langs, stems: f.stems + o.stems });
      }
    }
    forms = next;
  }
  // Most words stemmed first (stable: the most specific stems first among equals).
  return forms
    .filter((f) => f.text !== query)
    .sort((a, b) => b.stems - a.stems)
    .slice(0, 16);
}

/** Stems tried per word (at most 5⁴ forms for the four words a query may have, of which 16 are looked up). */
const MAX_STEMS = 4;

/** Every word of the text is a word of some spelling in the glossary (as written, as a concept, or a place). */
function isKnown(index: GlossaryIndex, text: string): boolean {
  const known = (tokens: readonly string[]) => tokens.length > 0 && tokens.every((t) => postings(index.tokens, t).length > 0 || conceptTokens([t])[0] !== t || index.places.has(t));
  // ch read as kh too, as rankName does (Arcach: Artsakh)
  const kh = chAsKh(text);
  return known(keyTokens(text)) || (kh !== undefined && known(keyTokens(kh)));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The best result per entity of the wanted types, and the function that offers one. */
export function bestPerEntity(index: GlossaryIndex, types: ReadonlySet<EntityType> | undefined): { best: Map<number, Ranked>; offer: (r: Ranked) => void } {
  const best = new Map<number, Ranked>();
  const offer = (r: Ranked) => {
    if (types && !types.has(index.entities[r.entity]!.type)) return;
    const prev = best.get(r.entity);
    if (!prev || r.score > prev.score) best.set(r.entity, r);
  };
  return { best, offer };
}

function rankName(index: GlossaryIndex, query: string, types: ReadonlySet<EntityType> | undefined, exhaustive: boolean, keysOnly = false): Ranked[] {
  const { best, offer } = bestPerEntity(index, types);

  const normalized = normalizeNameUnchecked(query);
  if (normalized === '') return [];
  for (const id of postings(index.exact, normalized)) {
    const name = index.names[id]!;
    offer({ entity: name.entity, score: 1, name, method: 'exact', explain: () => [`exact ${describeName(name)}`] });
  }

  // Readings of the query: the generic one, and the Azerbaijani one when Turkic letters make it
  // plausible (Şuşa rayonu is Shusha in Azerbaijani, Susa in a generic fold).
  const raw = [keyTokens(query)];
  // x is kh in Azerbaijani and Uzbek Latin (Mariya Zaxarova), whatever other letters the name has.
  if (/[şçğıəöüŞÇĞİƏÖÜxX]/.test(query)) raw.push(keyTokens(query, 'az'));
  // ch is kh in Czech, Polish, German and Dutch spellings (Arcach, Artsach, Chačaturian).
  const kh = /^[\p{Script=Latin}\p{M}\s'’.-]*$/u.test(query) ? chAsKh(query) : undefined;
  if (kh !== undefined) {
    const tokens = keyTokens(kh);
    if (tokens.join(' ') !== raw[0]!.join(' ')) raw.push(tokens);
  }
  // Georgian gives consonant-final names a nominative -i (ილჰამ ალიევი is Ilham Aliyev).
  if (/[\u10a0-\u10ff\u1c90-\u1cbf]/.test(query)) {
    const bare = raw[0]!.map((t) => (t.length >= 4 && t.endsWith('i') && !'aeiou'.includes(t[t.length - 2]!) ? t.slice(0, -1) : t));
    if (bare.some((t, i) => t !== raw[0]![i])) raw.push(bare);
  }
  // Names of places, agreements and organizations are indexed with translatable words as concepts
  // (Trattato di Kars: ~treaty kars); people's names as written (Berg, Nord are surnames).
  // Names of places, agreements and organizations are also indexed with the places they name as places
  // (Déclaration de Choucha, Shusha Declaration: ~declaration @shusha): a linked reading meets those.
  const readings: { tokens: readonly string[]; people: boolean | undefined; linked?: boolean }[] = [];
  for (const r of raw) {
    const c = conceptTokens(r);
    if (c === r) readings.push({ tokens: r, people: undefined });
    else readings.push({ tokens: r, people: true }, { tokens: c, people: false });
    const l = linkPlaces(c, index.places, index.entities);
    if (l !== c) readings.push({ tokens: l, people: false, linked: true });
  }
  const offerIn = (people: boolean | undefined, r: Ranked) => {
    if (people === undefined || people === (index.entities[r.entity]!.type === 'person')) offer(r);
  };
  for (const { tokens: all, people } of readings) {
    if (all.length === 0 || all.length > 12) continue;
    const key = all.slice().sort().join(' ');
    offerKey(index, key, 0.97, [], (r) => offerIn(people, r));
    offerBare(index, key, (r) => offerIn(people, r), []);
  }
  if (keysOnly && best.size === 0) {
    // Base forms looked up by key alone still set their titles and designators aside (Górsko
    // Karabach Obwód Autonomiczny), as the fuzzy stage below does.
    for (const { tokens: all, people } of readings) {
      const kept = all.filter((t) => !isTitle(t));
      if (kept.length === 0 || kept.length === all.length || all.length > 12) continue;
      const tagNote = [`titles set aside: ${all.filter((t) => !kept.includes(t)).join(' ')}`];
      offerKey(index, kept.slice().sort().join(' '), 0.95, tagNote, (r) => offerIn(people, r));
    }
  }
  if ((best.size > 0 && !exhaustive) || keysOnly) return finish(index, best);

  for (const { tokens: all, people, linked } of readings) {
    if (all.length === 0 || all.length > 12) continue;
    // Tags: titles go (when something is left); patronymics and years may stay unmatched at a small cost.
    const kept = all.filter((t) => !isTitle(t));
    const tokens = kept.length > 0 ? kept : all;
    const dropped = all.filter((t) => !tokens.includes(t));
    const ignorable = new Set<number>();
    tokens.forEach((t, i) => {
      // Patronymics and middle names may go unmatched at a small cost (Ararat Samveli Mirzoyan,
      // Serzh Azati Sargsyan: the father's name in the genitive).
      if (isPatronymic(t) || /^[0-9]+$/.test(t) || (tokens.length >= 3 && i > 0 && i < tokens.length - 1)) ignorable.add(i);
    });
    const tagNote = dropped.length > 0 ? [`titles set aside: ${dropped.join(' ')}`] : [];
    if (dropped.length > 0) {
      const strippedKey = tokens.slice().sort().join(' ');
      offerKey(index, strippedKey, 0.95, tagNote, (r) => offerIn(people, r));
      offerBare(index, strippedKey, (r) => offerIn(people, r), tagNote);
      if (best.size > 0 && !exhaustive) continue;
    }
    // Candidates share tokens (hundreds of names contain "sergei"): compare each token pair once.
    const memo = new Map<string, Map<string, number>>();
    const similarity = (q: string, c: string) => {
      let row = memo.get(q);
      if (!row) memo.set(q, (row = new Map()));
      let v = row.get(c);
      if (v === undefined) row.set(c, (v = tokenSimilarity(q, c)));
      return v;
    };
    for (const id of candidates(index, tokens, ignorable)) {
      const name = index.names[id]!;
      const candidate = (linked ? name.linked : undefined) ?? name.concepts ?? name.tokens;
      const a = alignTokens(tokens, candidate, name.family, ignorable, similarity);
      const ranked = judge(index, name, candidate, a, tokens, tagNote);
      if (ranked) offerIn(people, ranked);
    }
  }
  return finish(index, best);
}

/** Spellings whose name key is `key`: at 0.97, or 0.95 when the query's titles were set aside first. */
function offerKey(index: GlossaryIndex, key: string, score: number, tagNote: readonly string[], offer: (r: Ranked) => void): void {
  for (const id of postings(index.keys, key)) {
    const name = index.names[id]!;
    offer({ entity: name.entity, score, name, method: 'key', explain: () => [...tagNote, `same name key "${key}" as ${describeName(name)}`] });
  }
}

/**
 * Spellings whose key without their own connectors and designators is `key` ("Treaty of Kars" for
 * Карс договор, ~treaty kars), at 0.95: a tier below equal keys, so that "Tskhinvali Region" (South
 * Ossetia) never ties with Tskhinvali itself.
 */
function offerBare(index: GlossaryIndex, key: string, offer: (r: Ranked) => void, tagNote: readonly string[]): void {
  for (const id of postings(index.bare, key)) {
    const name = index.names[id]!;
    offer({ entity: name.entity, score: 0.95, name, method: 'key', explain: () => [...tagNote, `the same name key "${key}" as ${describeName(name)} without its connectors`] });
  }
}

function judge(index: GlossaryIndex, name: NameEntry, candidate: readonly string[], a: Alignment, query: readonly string[], tagNote: readonly string[]): Ranked | undefined {
  const queryTokens = query.length;
  const entity = index.entities[name.entity]!;
  const detail = () => describeAlignment(a);
  if (a.familyOnly) {
    // "Saakashvili": the family name alone, as written, of the one person in the glossary who bears it.
    if (a.family >= 1 && index.bearers.get(name.tokens[name.family]!) === name.entity) {
      return { entity: name.entity, score: UNIQUE_FAMILY, name, method: 'family', explain: () => [...tagNote, `family name only (${detail()}) of ${describeName(name)}, the only person of that family name`] };
    }
    // "Aliyev", "President Aliyev": a family name several bear. The most prominent bearer ranks first, lower than a full match.
    const score = 0.75 + 0.1 * (entity.prominence ?? 0.5) * Math.min(1, a.family);
    return { entity: name.entity, score, name, method: 'family', explain: () => [...tagNote, `family name only (${detail()}) of ${describeName(name)}`] };
  }
  if (a.family < FAMILY_MIN) return undefined;
  if (name.tokens.length === 1 && queryTokens === 1 && a.score < SINGLE_TOKEN_MIN) return undefined;
  if (a.score < CONTAINED && contains(entity, name, candidate, a, query)) {
    return { entity: name.entity, score: CONTAINED, name, method: 'fuzzy', explain: () => [...tagNote, `tokens ${detail()}: the whole of ${describeName(name)} and more`] };
  }
  return { entity: name.entity, score: Math.min(a.score, 0.95), name, method: 'fuzzy', explain: () => [...tagNote, `tokens ${detail()} against ${describeName(name)}`] };
}

/**
 * The score of a longer name of an agreement or organization that contains a whole known one
 * (Shusha Declaration on Allied Relations, OSCE Minsk Group co-chairs): just above dedupe's 0.85.
 */
const CONTAINED = 0.86;

/** Concepts that say what kind of document a name is. */
const DOCUMENTS = new Set(['~treaty', '~protocol', '~declaration', '~statement', '~principles', '~memorandum']);

/**
 * The query has every word of the known name (two or more, one of them not a concept) and more
 * words besides, but names no kind of document the name is not: "Protocol to the Agreement
 * Establishing the Commonwealth of Independent States" is a protocol, not the Commonwealth.
 */
function contains(entity: Entity, name: NameEntry, candidate: readonly string[], a: Alignment, query: readonly string[]): boolean {
  if ((entity.type !== 'agreement' && entity.type !== 'organization') || name.generated || name.kind === 'abbreviation') return false;
  const kept = candidate.filter((t) => !isDesignator(t));
  if (kept.length < 2 || query.length <= kept.length || kept.every((t) => t.startsWith('~'))) return false;
  if (query.some((t) => DOCUMENTS.has(t) && !candidate.includes(t))) return false;
  // Whole words, not initials (the Polish "z" is no initial of Zheleznovodsk)
  const matched = new Set(a.matches().filter((m) => m.candidate !== undefined && m.similarity >= 0.9 && m.query.length > 1).map((m) => m.candidate));
  return kept.every((t) => matched.has(t));
}

/** A family name alone, as written, that one person in the glossary bears: as sure as a sound match. */
const UNIQUE_FAMILY = 0.9;

/** What an ambiguous name costs the namesakes' scores. */
const AMBIGUOUS = 0.12;

/**
 * Namesakes (results that tie, best first) keep their rank by prominence but not full confidence:
 * each loses 0.12, the first less the more prominent it is than the next (0.04 at a gap of 0.7 or
 * more: Heydar Aliyev the president, 1.0, and his grandson, 0.2).
 */
export function penalizeNamesakes(tied: readonly Ranked[], prominence: (r: Ranked) => number, note: (r: Ranked) => string): Ranked[] {
  const gap = prominence(tied[0]!) - prominence(tied[1]!);
  const first = Math.max(0.04, AMBIGUOUS - (0.08 * Math.max(0, gap)) / 0.7);
  return tied.map((r, k) => ({ ...r, score: Math.min(r.score, 0.97) - (k === 0 ? first : AMBIGUOUS), explain: () => [...r.explain(), note(r)] }));
}

/** A posting list longer than this counts as a common token ("district", "aliyev"). */
const RARE = 64;
/** At most this many names are rescored per query reading. */
const MAX_CANDIDATES = 32;

/**
 * Name entries that share a token with the query, or are one typo away from one (one deletion
 * on either side). A name hit by two or more query tokens, or through a rare token, is a
 * candidate; the rest only when nothing better exists. At most MAX_CANDIDATES, most hits first,
 * so the work per query stays bounded whatever the glossary size.
 */
function candidates(index: GlossaryIndex, tokens: readonly string[], ignorable: ReadonlySet<number>): number[] {
  const hits = new Map<number, number>();
  const rare = new Set<number>();
  tokens.forEach((t, i) => {
    if (ignorable.has(i) || t.length > 40) return;
    const lists: (readonly number[])[] = [];
    const seen = new Set<string>();
    const addToken = (x: string) => {
      if (seen.has(x)) return;
      seen.add(x);
      const ids = postings(index.tokens, x);
      if (ids.length > 0) lists.push(ids);
    };
    addToken(t);
    if (t.length >= 4) {
      for (const source of index.deletions.get(t) ?? []) addToken(source);
      for (let k = 0; k < t.length; k++) {
        const d = t.slice(0, k) + t.slice(k + 1);
        addToken(d);
        for (const source of index.deletions.get(d) ?? []) addToken(source);
      }
    }
    const total = lists.reduce((n, l) => n + l.length, 0);
    const seenHere = new Set<number>();
    for (const list of lists) {
      for (const id of list) {
        if (seenHere.has(id)) continue;
        seenHere.add(id);
        hits.set(id, (hits.get(id) ?? 0) + 1);
        if (total <= RARE) rare.add(id);
      }
    }
  });
  // Initials hit nothing by themselves (И. Алиев): they neither count as a second token nor go unused.
  const initials = tokens.filter((t) => t.length === 1);
  const multi = tokens.filter((t, i) => !ignorable.has(i) && t.length > 1).length > 1;
  const picked = [...hits.entries()].filter(([id, n]) => !multi || n >= 2 || rare.has(id));
  // Nothing hit twice and nothing rare: a few of the single-token hits are still worth a look.
  const pool = picked.length > 0 ? picked : [...hits.entries()];
  // Among equals, names with a word for each initial first.
  const fits = (id: number) => (initials.length === 0 ? 0 : initials.filter((c) => index.names[id]!.tokens.some((t) => t.length > 1 && t[0] === c)).length);
  pool.sort((a, b) => b[1] - a[1] || fits(b[0]) - fits(a[0]) || a[0] - b[0]);
  return pool.slice(0, picked.length > 0 ? MAX_CANDIDATES : MAX_CANDIDATES / 4).map(([id]) => id);
}

function finish(index: GlossaryIndex, best: Map<number, Ranked>): Ranked[] {
  const ranked = [...best.values()];
  const prominence = (r: Ranked) => index.entities[r.entity]!.prominence ?? 0.5;
  // Exact spellings and equal name keys of attested names (canonical, labels, aliases) are one
  // tier: namesakes are told apart by prominence, not by which spelling the query happened to use.
  // Spellings a scheme generated are a tier below: "Lachine" the borough is attested, while
  // "Latchine" for Lachin is only what French practice would write.
  // Tiers before scores. An exact attested spelling (canonical, label, alias) is the top tier.
  // An equal name key joins it only between people (namesakes differ by transliteration, so
  // Arayik Harutiunyan is told apart by prominence, not by which spelling the query used); for
  // anything else an exact spelling outranks another entity's equal key (Lachine the borough vs
  // Latchine, the French Lachin; Shirak the province vs Ширак, Chirac in Russian). Keys found
  // after setting titles aside, and spellings a scheme generated, come next.
  const exactPerson = ranked.some((r) => r.method === 'exact' && !r.name.generated && index.entities[r.entity]!.type === 'person');
  const exactAny = ranked.some((r) => r.method === 'exact' && !r.name.generated);
  const tier = (r: Ranked) => {
    if (r.method !== 'exact' && r.method !== 'key') return r.score;
    if (r.name.generated) return 1.5;
    if (r.method === 'exact') return 2;
    if (r.score < 0.97) return 1.8; // key after titles were set aside
    return !exactAny || (exactPerson && index.entities[r.entity]!.type === 'person') ? 2 : 1.9;
  };
  ranked.sort((a, b) => tier(b) - tier(a) || prominence(b) - prominence(a) || b.score - a.score || a.entity - b.entity);
  const top = ranked[0];
  if (top && tier(top) > 1) {
    const tied = ranked.filter((r) => tier(r) === tier(top));
    if (tied.length > 1) {
      // The tied results are the first of the list (sorted by tier, then prominence).
      const note = (r: Ranked) => `the same name as ${tied.filter((o) => o !== r).map((o) => index.entities[o.entity]!.id).join(', ')}; ranked by prominence`;
      penalizeNamesakes(tied, prominence, note).forEach((r, k) => (ranked[k] = r));
    }
  }
  // Scores never rise down the list: a lower tier scores below the tier above it.
  for (let k = 1; k < ranked.length; k++) {
    const prev = ranked[k - 1]!.score;
    const r = ranked[k]!;
    if (r.score > prev) ranked[k] = { ...r, score: tier(r) < tier(ranked[k - 1]!) ? Math.max(0, prev - 0.01) : prev };
  }
  return ranked;
}
