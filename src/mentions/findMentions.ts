import { InvalidArgumentError } from '../errors.js';
import type { GlossaryIndex } from '../glossary/buildIndex.js';
import { defaultGlossary } from '../glossary/defaultGlossary.js';
import { indexOfGlossary } from '../glossary/makeGlossary.js';
import { editSimilarity } from '../match/metrics/editSimilarity.js';
import { foldDiacritics } from '../normalize/foldDiacritics.js';
import { keyTokens } from '../normalize/keyTokens.js';
import { isTitle } from '../match/nameTags.js';
import { normalizeName } from '../normalize/normalizeName.js';
import { describe, readOptions } from '../translit/readOptions.js';
import { ARMENIAN, CYRILLIC, LATIN } from '../translit/scriptOf.js';
import type { EntityType, Glossary, MatchedName } from '../types.js';
import { buildMentionIndex, type MentionIndex, type TrieNode } from './buildMentionIndex.js';
import { stemCandidates } from './inflection/stemCandidates.js';
import { buildLooseIndex, looseWords, type LooseIndex } from './looseAgreements.js';
import { graphemeBounds } from './graphemeBounds.js';
import { tokenizeText, type TextToken } from './tokenizeText.js';

/** One mention of an entity in a text. */
export interface Mention {
  readonly entityId: string;
  /** UTF-16 offsets: `text === input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0–1: 1 = a known spelling as written; lower for inflected, misspelled or partial (family name) mentions. */
  readonly score: number;
  readonly matched: MatchedName;
}

/** Options of {@link findMentions}. */
export interface FindMentionsOptions {
  /**
   * Only entities of these types.
   * @default all types
   */
  readonly types?: readonly EntityType[];
  /**
   * Lowest score reported.
   * @default 0.7
   */
  readonly minScore?: number;
  /**
   * The glossary to find.
   * @default the bundled glossary
   */
  readonly glossary?: Glossary;
}

const TYPES: readonly EntityType[] = ['person', 'place', 'agreement', 'organization'];
const mentionIndexes = new WeakMap<GlossaryIndex, MentionIndex>();
const looseIndexes = new WeakMap<GlossaryIndex, LooseIndex>();
/** Words shorter than this are not corrected for typos; longer ones at ≥ TYPO_MIN similarity. */
const TYPO_LENGTH = 7;
const TYPO_MIN = 0.88;

interface Step {
  readonly node: TrieNode;
  /** How the word matched: 1 as written, lower when inflected or misspelled. */
  readonly quality: number;
}

interface Raw {
  readonly start: number;
  readonly end: number;
  /** For loosely named agreements: the entity, found by its words rather than a spelling. */
  readonly entity?: number;
  /** Name entries that end here and are written in the script of the matched text. */
  readonly names: readonly number[];
  /** Persons whose family name alone ends here. */
  readonly families: readonly number[];
  readonly quality: number;
}

/**
 * Finds every mention of a glossary entity in running text, in one pass: names in any spelling
 * and script the glossary knows, inflected forms (Лаврову, Əliyevin, Փաշինյանը, ალიევმა,
 * Aliyev'in), misspellings of long names (Mnatsaknyan), and family names alone, resolved by the
 * document (after "Ilham Aliyev", "Aliyev" is Ilham). Sorted by start, non-overlapping, the
 * longest match winning ("Nagorno-Karabakh" is not also "Karabakh"). Linear in the text.
 *
 * @example
 * findMentions('Lavrov met Mnatsakanyan in Bratislava.').map((m) => m.entityId)
 * // ['sergey-lavrov', 'zohrab-mnatsakanyan', 'bratislava']
 */
export function findMentions(text: string, options?: FindMentionsOptions): readonly Mention[] {
  if (typeof text !== 'string') throw new InvalidArgumentError(`findMentions: text must be a string; got ${describe(text)}`);
  const o = readOptions('findMentions', options, ['types', 'minScore', 'glossary']);
  let types: Set<EntityType> | undefined;
  if (o.types !== undefined) {
    if (!Array.isArray(o.types) || o.types.some((t) => !TYPES.includes(t as EntityType))) {
      throw new InvalidArgumentError(`findMentions: options.types must be an array of ${TYPES.join(', ')}; got ${describe(o.types)}`);
    }
    types = new Set(o.types as EntityType[]);
  }
  const minScore = o.minScore ?? 0.7;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new InvalidArgumentError(`findMentions: options.minScore must be a number from 0 to 1; got ${describe(minScore)}`);
  }
  const glossary = (o.glossary as Glossary | undefined) ?? defaultGlossary();
  const index = indexOfGlossary(glossary);
  if (!index) throw new InvalidArgumentError(`findMentions: options.glossary must be a Glossary from createGlossary() or loadGlossary(); got ${describe(o.glossary)}`);
  let mi = mentionIndexes.get(index);
  if (!mi) mentionIndexes.set(index, (mi = buildMentionIndex(index)));

  const tokens = tokenizeText(text);
  // Turkish and Azerbaijani suffixes are tried on plain Latin words only in a text that has
  // letters only those languages write (ı, ğ, ə): elsewhere "Azerbaijani" is not Azerbaijan + -i.
  const turkicText = /[ıİğĞəƏ]/.test(text);
  const memo = new Map<string, string[]>();
  let loose = looseIndexes.get(index);
  if (!loose) looseIndexes.set(index, (loose = buildLooseIndex(index)));
  const exact = extendAgreements(index, loose, tokens, scan(index, mi, tokens, turkicText, memo), turkicText, memo);
  const raw = [...exact, ...scanLoose(loose, tokens, exact, turkicText, memo)].sort((a, b) => a.start - b.start);
  return resolve(index, raw, text, types, minScore);
}

/**
 * Left to right, the longest name starting at each word; skips past what it found. A word may
 * lead to more than one trie child (Лавровым → Лавров, or → Лавровый; a Georgian spelling may
 * end in -i): the walk follows each, depth-first, bounded by the longest spelling.
 */
function scan(index: GlossaryIndex, mi: MentionIndex, tokens: readonly TextToken[], turkicText: boolean, memo: Map<string, string[]>): Raw[] {
  const found: Raw[] = [];
  const rootSteps = new Map<string, Step[]>();
  for (let p = 0; p < tokens.length; ) {
    let best: Raw | undefined;
    const script = tokens[p]!.script;
    // A name does not start inside a hyphenated compound (place Saint-Michel is not Michel).
    if (tokens[p]!.hyphenBefore) {
      p++;
      continue;
    }
    const lowerStart = !tokens[p]!.capital;
    const walk = (node: TrieNode, i: number, quality: number) => {
      if (i >= tokens.length || i - p >= mi.depth) return;
      const tok = tokens[i]!;
      if (i > p && tok.breakBefore) return;
      // Most words are not names: what a word leads to from the root is remembered per word.
      let steps: Step[] | undefined;
      if (node === mi.root) {
        steps = rootSteps.get(tok.word);
        if (!steps) rootSteps.set(tok.word, (steps = advance(index, node, tok, memo, true, turkicText)));
      } else steps = advance(index, node, tok, memo, false, turkicText);
      for (const step of steps) {
        const q = Math.min(quality, step.quality);
        // A one-word match must be a capitalised word (or a caseless script): "march" is not March.
        if (i > p || tok.capital) {
          // Spellings count in their own script only: the Georgian აზერბაიჯანი romanizes to
          // "Azerbaijani", which in English text is an adjective, not the country. A match that
          // starts with a lowercase word needs a spelling that does too ("trilateral statement";
          // "yenidən Azərbaycan" is not Yeni Azərbaycan).
          const names = step.node.names.filter((id) => mi.scripts[id] === script && (!lowerStart || startsLower(index.names[id]!.text)));
          const families = lowerStart ? NO_FAMILIES : step.node.families;
          const usable = (names.length > 0 || families.length > 0) && surfaceFits(index, names, families, tokens, p, i, step.quality);
          if (usable && (!best || tok.end > best.end || (tok.end === best.end && q > best.quality))) {
            best = { start: tokens[p]!.start, end: tok.end, names, families, quality: q };
          }
        }
        walk(step.node, i + 1, q);
      }
    };
    walk(mi.root, p, 1);
    if (best) best = trimTitles(index, best, tokens, p, memo);
    if (best) {
      found.push(best);
      const end = best.end;
      while (p < tokens.length && tokens[p]!.start < end) p++;
    } else p++;
  }
  return found;
}

/**
 * Agreements named loosely ("the trilateral November 9 agreement", "memorandum on biological
 * safety"): around each document word not already in a mention, the longest run of words that
 * all belong to one agreement's spellings, covering at least 60% of one of them, with three or
 * more such words; the agreement must be the only one that fits that well.
 */
function scanLoose(loose: LooseIndex, tokens: readonly TextToken[], exact: readonly Raw[], turkicText: boolean, memo: Map<string, string[]>): Raw[] {
  if (loose.spellings.size === 0) return [];
  const { documentWords, stopWords } = looseWords();
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  for (const r of exact) {
    while (k < tokens.length && tokens[k]!.end <= r.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < r.end; j++) covered[j] = 1;
  }
  const keysOf = (t: TextToken) => wordAndStemKeys(t, turkicText, memo);
  const known = (keys: readonly string[]) => keys.find((key) => loose.byToken.has(key) || stopWords.has(key));
  const out: Raw[] = [];
  let last = -1;
  for (let d = 0; d < tokens.length; d++) {
    if (covered[d] || d <= last || !keysOf(tokens[d]!).some((key) => documentWords.has(key) && loose.byToken.has(key))) continue;
    let from = d;
    while (from - 1 > last && d - from < 5 && !covered[from - 1] && !tokens[from]!.breakBefore && known(keysOf(tokens[from - 1]!))) from--;
    let to = d;
    while (to + 1 < tokens.length && to - d < 6 && !covered[to + 1] && !tokens[to + 1]!.breakBefore && known(keysOf(tokens[to + 1]!))) to++;
    const content: { at: number; keys: string[] }[] = [];
    for (let j = from; j <= to; j++) {
      const keys = keysOf(tokens[j]!);
      if (!keys.some((key) => stopWords.has(key))) content.push({ at: j, keys: keys.filter((key) => loose.byToken.has(key)) });
    }
    if (content.length < 3) continue;
    // Candidates: agreements that use every content word of the window.
    let best: { entity: number; coverage: number } | undefined;
    let second = 0;
    const candidates = new Set(content[0]!.keys.flatMap((key) => loose.byToken.get(key) ?? []));
    for (const entity of candidates) {
      const vocabulary = new Set(loose.spellings.get(entity)!.flatMap((sp) => [...sp]));
      const words = content.map((c) => c.keys.find((key) => vocabulary.has(key)));
      if (words.some((w) => w === undefined)) continue;
      const set = new Set(words as string[]);
      const coverage = Math.max(...loose.spellings.get(entity)!.map((sp) => [...sp].filter((t) => set.has(t)).length / sp.size));
      if (!best || coverage > best.coverage) {
        second = best?.coverage ?? 0;
        best = { entity, coverage };
      } else second = Math.max(second, coverage);
    }
    if (!best || best.coverage < 0.6 || second >= best.coverage) continue;
    const first = content[0]!.at;
    const end = content[content.length - 1]!.at;
    out.push({ start: tokens[first]!.start, end: tokens[end]!.end, entity: best.entity, names: [], families: [], quality: 0.75 + 0.2 * best.coverage });
    last = end;
  }
  return out;
}

const stemKeyMemo = new WeakMap<Map<string, string[]>, Map<string, string[]>>();

/** The keys of a word as written and of its possible base forms (remembered per word). */
function wordAndStemKeys(t: TextToken, turkicText: boolean, memo: Map<string, string[]>): string[] {
  let cache = stemKeyMemo.get(memo);
  if (!cache) stemKeyMemo.set(memo, (cache = new Map()));
  let keys = cache.get(t.word);
  if (keys) return keys;
  const turkic = t.script === LATIN && TURKIC_LETTERS.test(t.word);
  keys = [...wordKeys(t.word, turkic, memo)];
  for (const stem of stemCandidates(t.word, t.script, turkic || turkicText)) keys.push(...wordKeys(stem, turkic, memo));
  cache.set(t.word, keys);
  return keys;
}

/**
 * An agreement found by an exact spelling takes in the words before it that also belong to its
 * spellings: "trilateral" + "November 9 statement".
 */
function extendAgreements(index: GlossaryIndex, loose: LooseIndex, tokens: readonly TextToken[], exact: readonly Raw[], turkicText: boolean, memo: Map<string, string[]>): Raw[] {
  const out: Raw[] = [];
  let t = 0;
  for (const x of exact) {
    while (t < tokens.length && tokens[t]!.start < x.start) t++;
    const entities = new Set(x.names.map((id) => index.names[id]!.entity));
    const spellings = entities.size === 1 ? loose.spellings.get([...entities][0]!) : undefined;
    let a = t;
    if (spellings) {
      const vocabulary = new Set(spellings.flatMap((sp) => [...sp]));
      const floor = out.length > 0 ? out[out.length - 1]!.end : -1;
      while (a > 0 && !tokens[a]!.breakBefore && tokens[a - 1]!.start >= floor && wordAndStemKeys(tokens[a - 1]!, turkicText, memo).some((key) => vocabulary.has(key))) a--;
    }
    out.push(a < t ? { ...x, start: tokens[a]!.start } : x);
  }
  return out;
}

const NO_FAMILIES: readonly number[] = [];

function startsLower(text: string): boolean {
  const first = text.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}

/**
 * Title forms in the glossary ("President Aliyev", "Prezident İlham Əliyev") find a name with its
 * title; the mention is the name itself, so leading titles are left out of the span.
 */
function trimTitles(index: GlossaryIndex, r: Raw, tokens: readonly TextToken[], p: number, memo: Map<string, string[]>): Raw {
  if (r.names.length === 0 || !r.names.every((id) => index.names[id]!.kind === 'title-form')) return r;
  let q = p;
  while (q < tokens.length && tokens[q]!.end < r.end && wordKeys(tokens[q]!.word, false, memo).some(isTitle)) q++;
  return q === p ? r : { ...r, start: tokens[q]!.start };
}

/** Spellings that must match as written: acronyms (ОДКБ, EU, AA) and anything short. */
function isStrict(text: string): boolean {
  return text.length <= 8 && text === text.toUpperCase() && text !== text.toLowerCase();
}

const fold = (s: string) => foldDiacritics(normalizeName(s));

/**
 * Skeleton keys fold a lot (y → i, doubled letters once): for acronyms and short one-word names
 * the words must also agree as written, folded only for case and diacritics ("Any" is not Ani,
 * "On" is not ОН, "It" is not İİT), and acronyms must be written in capitals.
 */
function surfaceFits(index: GlossaryIndex, names: readonly number[], families: readonly number[], tokens: readonly TextToken[], p: number, i: number, quality: number): boolean {
  const span = tokens.slice(p, i + 1).map((t) => t.word).join(' ');
  const spellings = names.map((id) => index.names[id]!).filter((n) => !n.generated);
  const strict = spellings.filter((n) => isStrict(n.text));
  if (strict.length > 0 && strict.length === spellings.length && families.length === 0) {
    return span === span.toUpperCase() && strict.some((n) => fold(n.text) === fold(span));
  }
  if (i > p || quality < 1 || span.length > 5) return true;
  const surfaces = spellings.map((n) => fold(n.text));
  for (const e of families) {
    const entity = index.entities[e]!;
    surfaces.push(fold(entity.parts?.family ?? entity.canonical.split(' ').pop() ?? ''));
  }
  return surfaces.includes(fold(span));
}

function wordKeys(word: string, latinTurkic: boolean, memo: Map<string, string[]>): string[] {
  let keys = memo.get(word);
  if (keys) return keys;
  keys = [];
  // A Latin word with ş ç ğ x q ə is read the Azerbaijani way (ş → sh): the generic fold (ş → s)
  // would make Görüş "Gorus" and Şuşa "Susa". Other Turkic words are read both ways.
  const lossy = latinTurkic && /[şçğəŞÇĞƏ]/.test(word);
  const generic = lossy ? '' : keyTokens(word).join('');
  if (generic) keys.push(generic);
  if (latinTurkic) {
    const az = keyTokens(word, 'az').join('');
    if (az && az !== generic) keys.push(az);
  }
  memo.set(word, keys);
  return keys;
}

const TURKIC_LETTERS = /[şçğıəöüŞÇĞİƏÖÜ]/;

/** The trie children a word leads to: as written, as base forms of an inflection, or one typo away (at most 4). */
function advance(index: GlossaryIndex, node: TrieNode, tok: TextToken, memo: Map<string, string[]>, first: boolean, turkicText: boolean): Step[] {
  const steps: Step[] = [];
  const seen = new Set<TrieNode>();
  const take = (child: TrieNode | undefined, quality: number) => {
    if (child && !seen.has(child) && steps.length < 4) {
      seen.add(child);
      steps.push({ node: child, quality });
    }
  };
  const turkic = tok.script === LATIN && TURKIC_LETTERS.test(tok.word);
  for (const k of wordKeys(tok.word, turkic, memo)) take(node.children.get(k), 1);
  for (const stem of stemCandidates(tok.word, tok.script, turkic || turkicText)) {
    for (const k of wordKeys(stem, turkic, memo)) if (k.length >= 3) take(node.children.get(k), 0.95);
  }
  if (steps.length > 0) return steps;
  // Misspellings of long capitalised names (Mnatsaknyan): one edit, never for common words.
  if (!tok.capital || tok.word.length < TYPO_LENGTH || (tok.script !== LATIN && tok.script !== CYRILLIC && tok.script !== ARMENIAN)) return steps;
  const key = wordKeys(tok.word, turkic, memo)[0];
  if (!key || key.length < TYPO_LENGTH - 1) return steps;
  let best: Step | undefined;
  const consider = (candidate: string) => {
    const child = node.children.get(candidate);
    if (!child) return;
    const sim = editSimilarity(key, candidate);
    if (sim >= TYPO_MIN && (!best || sim > best.quality)) best = { node: child, quality: sim };
  };
  if (first || node.children.size > 64) {
    for (const source of index.deletions.get(key) ?? []) consider(source);
    for (let k = 0; k < key.length; k++) {
      const d = key.slice(0, k) + key.slice(k + 1);
      consider(d);
      for (const source of index.deletions.get(d) ?? []) consider(source);
    }
  } else {
    for (const candidate of node.children.keys()) consider(candidate);
  }
  return best ? [best] : steps;
}

/**
 * Turns matches into mentions: a spelling that belongs to several entities (namesakes, a family
 * name alone) goes to the one the document names in full nearest to it, else the most prominent.
 */
function resolve(index: GlossaryIndex, raw: readonly Raw[], text: string, types: ReadonlySet<EntityType> | undefined, minScore: number): Mention[] {
  const { entities, names } = index;
  const allowed = (e: number) => !types || types.has(entities[e]!.type);
  const prominence = (e: number) => entities[e]!.prominence ?? 0.5;
  // A mention is partial when it names no one in full: a family name alone, a short form or a
  // title form ("Aliyev", "President Aliyev"). Partial mentions follow the document.
  const classify = (r: Raw) => {
    if (r.entity !== undefined) return { r, use: [] as number[], partial: false, candidates: allowed(r.entity) ? [r.entity] : [] };
    const named = r.names.filter((id) => allowed(names[id]!.entity));
    const attested = named.filter((id) => !names[id]!.generated);
    const use = attested.length > 0 ? attested : named;
    const partial = use.every((id) => names[id]!.kind === 'short' || names[id]!.kind === 'title-form');
    const set = new Set(use.map((id) => names[id]!.entity));
    if (partial) for (const e of r.families) if (allowed(e)) set.add(e);
    return { r, use, partial, candidates: [...set] };
  };
  const items = raw.map(classify).filter((x) => x.candidates.length > 0);

  // Full mentions first: unique ones anchor the document; namesakes go to the nearest anchor or
  // the most prominent, and anchor too. Then partial mentions follow the anchors.
  // Two anchor tables, each filled in text order (so each list stays sorted without inserting):
  // unique full mentions, then namesakes resolved in the first pass.
  const unique = new Map<number, number[]>();
  const resolvedNamesakes = new Map<number, number[]>();
  const anchor = (table: Map<number, number[]>, entity: number, pos: number) => {
    const list = table.get(entity);
    if (list) list.push(pos);
    else table.set(entity, [pos]);
  };
  const chosen = new Map<Raw, { entity: number; factor: number }>();
  for (const x of items) if (!x.partial && x.candidates.length === 1) {
    chosen.set(x.r, { entity: x.candidates[0]!, factor: 1 });
    anchor(unique, x.candidates[0]!, x.r.start);
  }
  for (const pass of [false, true]) {
    for (const x of items) {
      if (x.partial !== pass || chosen.has(x.r)) continue;
      const near = nearestAnchor([unique, resolvedNamesakes], x.r.start, x.candidates);
      const entity = near ?? x.candidates.reduce((a, b) => (prominence(b) > prominence(a) ? b : a));
      const factor = near !== undefined ? (pass ? 0.9 : 0.95) : x.candidates.length === 1 ? 0.9 : pass ? 0.8 : 0.85;
      chosen.set(x.r, { entity, factor });
      if (!pass) anchor(resolvedNamesakes, entity, x.r.start);
    }
  }

  const out: Mention[] = [];
  for (const x of items) {
    const { entity, factor } = chosen.get(x.r)!;
    const nameId = x.use.find((id) => names[id]!.entity === entity);
    const name = nameId === undefined ? undefined : names[nameId];
    const score = x.r.quality * factor * (name?.generated ? 0.9 : 1);
    if (score < minScore) continue;
    const e = entities[entity]!;
    const matched: MatchedName = name
      ? Object.freeze({ text: name.text, kind: name.kind, lang: name.lang, ...(name.system === undefined ? {} : { system: name.system }) })
      : x.r.entity !== undefined
        ? Object.freeze({ text: e.canonical, kind: 'loose', lang: 'en' })
        : Object.freeze({ text: e.parts?.family ?? e.canonical, kind: 'family', lang: 'en' });
    const bounds = graphemeBounds(text, x.r.start, x.r.end);
    if (!bounds) continue;
    const [start, end] = bounds;
    out.push(Object.freeze({ entityId: e.id, start, end, text: text.slice(start, end), score: Math.round(score * 1000) / 1000, matched }));
  }
  return out;
}

/**
 * The candidate the document names unambiguously nearest to `pos`, preferring one named before
 * it. Anchor positions are sorted: a binary search per candidate keeps this O(log n).
 */
function nearestAnchor(tables: readonly ReadonlyMap<number, readonly number[]>[], pos: number, candidates: readonly number[]): number | undefined {
  let bestBefore: [number, number] | undefined;
  let bestAfter: [number, number] | undefined;
  for (const anchors of tables) for (const entity of candidates) {
    const list = anchors.get(entity);
    if (!list) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && (!bestBefore || list[lo - 1]! > bestBefore[0])) bestBefore = [list[lo - 1]!, entity];
    if (lo < list.length && (!bestAfter || list[lo]! < bestAfter[0])) bestAfter = [list[lo]!, entity];
  }
  return (bestBefore ?? bestAfter)?.[1];
}
