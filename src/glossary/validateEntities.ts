import type { DataProblem } from '../errors.js';
import { describe } from '../translit/readOptions.js';
import type { Entity } from '../types.js';

/** At most this many entities in one data set (one problem, nothing else checked, above it). */
const MAX_ENTITIES = 100_000;
/** At most this many items in an array inside an entity (aliases, countries, distinctFrom, sources). */
const MAX_ITEMS = 10_000;
/** Longest name, label, alias text and other short string, in characters (code points). */
const MAX_NAME = 1_000;
/** Longest description or source, in characters (code points). */
const MAX_TEXT = 10_000;
/** Rejected values are scanned for prototype keys down to this depth below `$`, no further. */
const MAX_DEPTH = 64;
/** Keys longer than this are shortened (with `…`) in problem paths, so paths stay small. */
const MAX_KEY_IN_PATH = 100;
/** Arrays longer than this are scanned through their own keys (sparse arrays built in code). */
const SPARSE_SCAN = 1_000_000;

const ENTITY_TYPES: readonly string[] = ['person', 'place', 'agreement', 'organization'];
const ALIAS_KINDS: readonly string[] = [
  'official', 'short', 'full', 'translit', 'historic', 'colloquial', 'other-side',
  'abbreviation', 'inflected', 'misspelling', 'title-form',
];
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// The patterns of data/schema/entity.schema.json, compiled with the `u` flag as ajv does.
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/u;
const LANG_RE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/u;
const SCRIPT_RE = /^[A-Z][a-z]{3}$/u;
const DATE_RE = /^-?[0-9]{1,4}(-[0-9]{2}(-[0-9]{2})?)?$/u;
const WIKIDATA_RE = /^Q[1-9][0-9]*$/u;
const COUNTRY_RE = /^[A-Z]{2}$/u;
const ARRAY_INDEX_RE = /^(0|[1-9][0-9]*)$/;
const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The rules of one string-valued field. */
interface StringRule {
  /** Most characters (code points); the schema's `maxLength` or onomast's size limit. */
  readonly max: number;
  /** The schema's `minLength`, in code points. */
  readonly min?: number;
  readonly pattern?: RegExp;
  /** What the pattern means, for messages: "must be <expected>". */
  readonly expected?: string;
  readonly oneOf?: readonly string[];
}

const NAME: StringRule = { max: MAX_NAME };
const NONEMPTY_NAME: StringRule = { max: MAX_NAME, min: 1 };
const SOURCE: StringRule = { max: MAX_TEXT, min: 8 };
const LANG: StringRule = { max: MAX_NAME, pattern: LANG_RE, expected: 'a BCP 47 language tag like "ru", "az-Cyrl" or "en-GB"' };
const DATE: StringRule = { max: MAX_NAME, pattern: DATE_RE, expected: 'a year or date like "1991", "1991-12" or "1991-12-26" (with a leading "-" before the common era)' };

/** How each field of an entity is checked, in the order the output object lists them. */
type FieldRule =
  | { readonly kind: 'string'; readonly rule: StringRule }
  | { readonly kind: 'strings'; readonly rule: StringRule }
  | { readonly kind: 'integer'; readonly minimum: number; readonly expected: string }
  | { readonly kind: 'number'; readonly minimum: number; readonly maximum: number; readonly expected: string }
  | { readonly kind: 'labels' | 'aliases' | 'parts' };

const ENTITY_FIELDS: readonly (readonly [string, FieldRule])[] = [
  ['id', { kind: 'string', rule: { max: 80, pattern: ID_RE, expected: 'a kebab-case id of lowercase ASCII letters and digits, like "sergey-lavrov"' } }],
  ['type', { kind: 'string', rule: { max: MAX_NAME, oneOf: ENTITY_TYPES } }],
  ['subtype', { kind: 'string', rule: NAME }],
  ['canonical', { kind: 'string', rule: NONEMPTY_NAME }],
  ['labels', { kind: 'labels' }],
  ['aliases', { kind: 'aliases' }],
  ['parts', { kind: 'parts' }],
  ['countries', { kind: 'strings', rule: { max: MAX_NAME, pattern: COUNTRY_RE, expected: 'an ISO 3166-1 alpha-2 country code like "AZ"' } }],
  ['wikidata', { kind: 'string', rule: { max: MAX_NAME, pattern: WIKIDATA_RE, expected: 'a Wikidata item id like "Q42"' } }],
  ['geonames', { kind: 'integer', minimum: 1, expected: 'a positive integer (a GeoNames id)' }],
  ['description', { kind: 'string', rule: { max: MAX_TEXT, min: 3 } }],
  ['from', { kind: 'string', rule: DATE }],
  ['to', { kind: 'string', rule: DATE }],
  ['prominence', { kind: 'number', minimum: 0, maximum: 1, expected: 'a number from 0 to 1' }],
  ['distinctFrom', { kind: 'strings', rule: NAME }],
  ['sources', { kind: 'strings', rule: SOURCE }],
];
const ENTITY_REQUIRED: ReadonlySet<string> = new Set(['id', 'type', 'canonical', 'labels', 'description']);

const ALIAS_FIELDS: readonly (readonly [string, StringRule])[] = [
  ['text', NONEMPTY_NAME],
  ['lang', LANG],
  ['script', { max: MAX_NAME, pattern: SCRIPT_RE, expected: 'an ISO 15924 script code like "Latn" or "Cyrl"' }],
  ['kind', { max: MAX_NAME, oneOf: ALIAS_KINDS }],
  ['system', NAME],
  ['source', SOURCE],
  ['usedBy', NAME],
  ['from', DATE],
  ['to', DATE],
];
const ALIAS_REQUIRED: ReadonlySet<string> = new Set(['text', 'lang', 'kind']);

const PARTS_FIELDS: readonly (readonly [string, StringRule])[] = [
  ['given', NAME],
  ['family', NAME],
  ['patronymic', NAME],
  ['middle', NAME],
];

const ENTITY_KNOWN: ReadonlySet<string> = new Set(ENTITY_FIELDS.map(([k]) => k));
const ALIAS_KNOWN: ReadonlySet<string> = new Set(ALIAS_FIELDS.map(([k]) => k));
const PARTS_KNOWN: ReadonlySet<string> = new Set(PARTS_FIELDS.map(([k]) => k));
const ENTITY_KEYS = ENTITY_FIELDS.map(([k]) => k).join(', ');
const ALIAS_KEYS = ALIAS_FIELDS.map(([k]) => k).join(', ');
const PARTS_KEYS = PARTS_FIELDS.map(([k]) => k).join(', ');

/** A JSON path segment: `[3]`, `.kind`, or `["weird key"]` (long keys shortened with `…`). */
function segment(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  if (IDENTIFIER_RE.test(key)) return `.${key}`;
  return `[${JSON.stringify(key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)}]`;
}

/** Like `describe`, but shows numbers and booleans themselves. */
function got(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describe(value);
}

/** A string quoted for a message, shortened to 80 characters. */
function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

/** Number of code points of `s` (as JSON Schema counts length), counting no further than `limit + 1`. */
function codePoints(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Collects problems in document order: `$`-level first, then entity by entity. */
class Problems {
  readonly top: DataProblem[] = [];
  readonly byEntity: (DataProblem[] | undefined)[] = [];
  /** The entity being checked (-1: the top level). */
  entity = -1;

  add(path: string, message: string): void {
    const p = Object.freeze({ path, message });
    if (this.entity < 0) this.top.push(p);
    else (this.byEntity[this.entity] ??= []).push(p);
  }

  addTo(entity: number, path: string, message: string): void {
    (this.byEntity[entity] ??= []).push(Object.freeze({ path, message }));
  }

  has(entity: number): boolean {
    return this.byEntity[entity] !== undefined;
  }

  all(n: number): DataProblem[] {
    const out = this.top.slice();
    for (let i = 0; i < n; i++) {
      const list = this.byEntity[i];
      if (list !== undefined) for (const p of list) out.push(p);
    }
    return out;
  }
}

/** Own enumerable string-keyed properties of `obj`, each read once, or the error reading threw. */
function readEntries(obj: object): [string, unknown][] {
  const keys = Object.keys(obj);
  const out: [string, unknown][] = new Array<[string, unknown]>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out[i] = [key, (obj as Record<string, unknown>)[key]];
  }
  return out;
}

function isPlainObjectLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `Checker.entity` found: the frozen entity when valid, and the valid `distinctFrom` items. */
interface Checked {
  readonly entity: Entity | undefined;
  /** The id as written when it is a string, even if the entity has other problems. */
  readonly id: string | undefined;
  readonly distinctFrom: readonly (readonly [number, string])[];
}

/** A node of the iterative scan of a rejected value; paths are built only when a problem is found. */
interface ScanNode {
  readonly value: unknown;
  readonly parent: ScanNode | undefined;
  readonly key: string | number;
  readonly depth: number;
}

/**
 * The state of one validation run: the problems, the scan's visited set, the ids seen.
 */
class Checker {
  readonly problems = new Problems();
  private readonly scanned = new WeakSet<object>();

  /**
   * Reports every prototype key inside a value that is already rejected (an unknown property,
   * a value of the wrong type), without recursion: an explicit stack, each object once
   * (cycles and shared objects included), no deeper than `MAX_DEPTH` below `$`.
   */
  scanRejected(value: unknown, base: string, depth: number): void {
    if (typeof value !== 'object' || value === null) return;
    const stack: ScanNode[] = [{ value, parent: undefined, key: '', depth }];
    const pathOf = (node: ScanNode): string => {
      const parts: string[] = [];
      for (let n: ScanNode | undefined = node; n !== undefined && n.parent !== undefined; n = n.parent) parts.push(segment(n.key));
      return base + parts.reverse().join('');
    };
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.parent !== undefined && typeof node.key === 'string' && PROTOTYPE_KEYS.has(node.key)) {
        this.problems.add(pathOf(node), prototypeKeyMessage(node.key));
      }
      if (typeof node.value !== 'object' || node.value === null || this.scanned.has(node.value)) continue;
      this.scanned.add(node.value);
      if (node.depth > MAX_DEPTH) {
        this.problems.add(pathOf(node), `is nested more than ${MAX_DEPTH} levels deep; not examined further (an entity file is at most 4 levels deep)`);
        continue;
      }
      try {
        // Children are pushed in reverse so problems come out in document order.
        if (Array.isArray(node.value)) {
          const arr = node.value as unknown[];
          // A sparse array built in code can claim any length: walk its real keys instead.
          const indexes = arr.length > SPARSE_SCAN ? Object.keys(arr).filter((k) => ARRAY_INDEX_RE.test(k)).map(Number) : undefined;
          for (let k = (indexes ?? arr).length - 1; k >= 0; k--) {
            const i = indexes === undefined ? k : (indexes[k] as number);
            const child = arr[i];
            if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: node, key: i, depth: node.depth + 1 });
          }
        } else {
          const entries = readEntries(node.value);
          for (let k = entries.length - 1; k >= 0; k--) {
            const [key, child] = entries[k] as [string, unknown];
            if ((typeof child === 'object' && child !== null) || PROTOTYPE_KEYS.has(key)) stack.push({ value: child, parent: node, key, depth: node.depth + 1 });
          }
        }
      } catch (e) {
        this.problems.add(pathOf(node), `could not be read (${errorText(e)})`);
      }
    }
  }

  /** Checks a string against `rule`; returns it when valid. At most one problem per value. */
  string(value: unknown, rule: StringRule, path: string, depth: number): string | undefined {
    if (typeof value !== 'string') {
      if (rule.oneOf) this.problems.add(path, `must be one of ${rule.oneOf.join(', ')}; got ${got(value)}`);
      else this.problems.add(path, `must be a string; got ${got(value)}`);
      this.scanRejected(value, path, depth);
      return undefined;
    }
    if (rule.oneOf) {
      if (rule.oneOf.includes(value)) return value;
      this.problems.add(path, `must be one of ${rule.oneOf.join(', ')}; got ${got(value)}`);
      return undefined;
    }
    if (value.length > rule.max) {
      const n = codePoints(value, rule.max);
      if (n > rule.max) {
        this.problems.add(path, `is ${count(codePoints(value, Infinity))} characters long; at most ${count(rule.max)} are allowed`);
        return undefined;
      }
    }
    const nul = value.indexOf('\u0000');
    if (nul >= 0) {
      this.problems.add(path, `contains a NUL character (U+0000) at index ${nul}; remove it`);
      return undefined;
    }
    const lone = LONE_SURROGATE_RE.exec(value);
    if (lone !== null) {
      const unit = value.charCodeAt(lone.index).toString(16).toUpperCase();
      this.problems.add(path, `contains a lone surrogate (U+${unit}) at index ${lone.index}; the text is not well-formed Unicode`);
      return undefined;
    }
    if (rule.min !== undefined && value.length < 2 * rule.min && codePoints(value, rule.min) < rule.min) {
      this.problems.add(path, rule.min === 1 ? 'must not be empty' : `must be at least ${rule.min} characters long; got ${got(value)}`);
      return undefined;
    }
    if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      this.problems.add(path, `must be ${rule.expected ?? `a string matching ${String(rule.pattern)}`}; got ${got(value)}`);
      return undefined;
    }
    return value;
  }

  /** `value` as an array of at most MAX_ITEMS items, or undefined with the problem recorded. */
  array(value: unknown, what: string, path: string, depth: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.problems.add(path, `must be an array of ${what}; got ${got(value)}`);
      this.scanRejected(value, path, depth);
      return undefined;
    }
    if (value.length > MAX_ITEMS) {
      this.problems.add(path, `has ${count(value.length)} items; at most ${count(MAX_ITEMS)} are allowed`);
      return undefined;
    }
    return value as unknown[];
  }

  /** An array of strings, each checked against `rule`; returns a frozen copy when all are valid. */
  strings(value: unknown, rule: StringRule, path: string, depth: number, collect?: (index: number, item: string) => void): readonly string[] | undefined {
    const arr = this.array(value, 'strings', path, depth);
    if (arr === undefined) return undefined;
    const out: string[] = [];
    let ok = true;
    for (let i = 0; i < arr.length; i++) {
      const s = this.string(arr[i], rule, path + segment(i), depth + 1);
      if (s === undefined) ok = false;
      else {
        out.push(s);
        collect?.(i, s);
      }
    }
    return ok ? Object.freeze(out) : undefined;
  }

  /** The own entries of an object, read once, or undefined with the problem recorded. */
  entries(value: unknown, what: string, path: string, depth: number): [string, unknown][] | undefined {
    if (!isPlainObjectLike(value)) {
      this.problems.add(path, `must be ${what}; got ${got(value)}`);
      this.scanRejected(value, path, depth);
      return undefined;
    }
    try {
      return readEntries(value);
    } catch (e) {
      this.problems.add(path, `could not be read (${errorText(e)})`);
      return undefined;
    }
  }

  /**
   * Reads an object's own properties once, reporting prototype keys and unknown keys
   * (and scanning their values); returns the known ones in a null-prototype record.
   */
  object(value: unknown, path: string, depth: number, known: ReadonlySet<string>, validKeys: string, what: string): Record<string, unknown> | undefined {
    const entries = this.entries(value, what, path, depth);
    if (entries === undefined) return undefined;
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, child] of entries) {
      if (PROTOTYPE_KEYS.has(key)) {
        this.problems.add(path + segment(key), prototypeKeyMessage(key));
        this.scanRejected(child, path + segment(key), depth + 1);
      } else if (!known.has(key)) {
        this.problems.add(path + segment(key), `unknown property ${quote(key)}; valid properties: ${validKeys}`);
        this.scanRejected(child, path + segment(key), depth + 1);
      } else {
        out[key] = child;
      }
    }
    // An object with bad keys is still checked field by field, so every problem is listed.
    return out;
  }

  labels(value: unknown, path: string, depth: number): Readonly<Record<string, string>> | undefined {
    const entries = this.entries(value, 'an object of BCP 47 language tag → name, like {"en": "Tbilisi", "ka": "თბილისი"}', path, depth);
    if (entries === undefined) return undefined;
    if (entries.length === 0) {
      this.problems.add(path, 'must have at least one label, like {"en": "Tbilisi"}');
      return undefined;
    }
    // Keys are copied only after they match the language-tag pattern, so none can be a prototype key.
    const out: Record<string, string> = {};
    let ok = true;
    for (const [key, child] of entries) {
      const at = path + segment(key);
      if (PROTOTYPE_KEYS.has(key)) {
        this.problems.add(at, prototypeKeyMessage(key));
        this.scanRejected(child, at, depth + 1);
        ok = false;
        continue;
      }
      if (key.length > MAX_NAME || !LANG_RE.test(key)) {
        this.problems.add(at, `label key must be a BCP 47 language tag like "ru", "az-Cyrl" or "en-GB"; got ${got(key)}`);
        this.scanRejected(child, at, depth + 1);
        ok = false;
        continue;
      }
      const s = this.string(child, NONEMPTY_NAME, at, depth + 1);
      if (s === undefined) ok = false;
      else out[key] = s;
    }
    return ok ? Object.freeze(out) : undefined;
  }

  alias(value: unknown, path: string, depth: number): object | undefined {
    const before = this.problemCount();
    const raw = this.object(value, path, depth, ALIAS_KNOWN, ALIAS_KEYS, `an alias object with ${[...ALIAS_REQUIRED].join(', ')} and a source or a system`);
    if (raw === undefined) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, rule] of ALIAS_FIELDS) {
      if (!(key in raw) || raw[key] === undefined) {
        if (ALIAS_REQUIRED.has(key)) this.problems.add(path + segment(key), requiredMessage(key, rule));
        continue;
      }
      const s = this.string(raw[key], rule, path + segment(key), depth + 1);
      if (s !== undefined) out[key] = s;
    }
    if (raw['source'] === undefined && raw['system'] === undefined) {
      this.problems.add(path, 'needs a "source" (a URL or reference where the spelling is attested) or a "system" (the romanization system or convention that produces it, e.g. "en-press")');
    }
    return this.problemCount() === before ? Object.freeze(out) : undefined;
  }

  aliases(value: unknown, path: string, depth: number): readonly object[] | undefined {
    const arr = this.array(value, 'alias objects', path, depth);
    if (arr === undefined) return undefined;
    const out: object[] = [];
    let ok = true;
    for (let i = 0; i < arr.length; i++) {
      const a = this.alias(arr[i], path + segment(i), depth + 1);
      if (a === undefined) ok = false;
      else out.push(a);
    }
    return ok ? Object.freeze(out) : undefined;
  }

  parts(value: unknown, path: string, depth: number): object | undefined {
    const before = this.problemCount();
    const raw = this.object(value, path, depth, PARTS_KNOWN, PARTS_KEYS, `an object with ${PARTS_KEYS}`);
    if (raw === undefined) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, rule] of PARTS_FIELDS) {
      if (!(key in raw)) continue;
      const s = this.string(raw[key], rule, path + segment(key), depth + 1);
      if (s !== undefined) out[key] = s;
    }
    return this.problemCount() === before ? Object.freeze(out) : undefined;
  }

  /** Problems reported so far for the current entity (or the top level). */
  problemCount(): number {
    const p = this.problems;
    return p.entity < 0 ? p.top.length : (p.byEntity[p.entity]?.length ?? 0);
  }

  /**
   * Checks entity `index`. Returns a frozen copy of it when it has no problem of its own, and
   * the valid `distinctFrom` items (with their indexes) in any case, for the cross-entity checks.
   */
  entity(value: unknown, index: number): Checked {
    const distinctFrom: [number, string][] = [];
    this.problems.entity = index;
    const path = `$[${index}]`;
    const raw = this.object(value, path, 1, ENTITY_KNOWN, ENTITY_KEYS, `an entity object with ${[...ENTITY_REQUIRED].join(', ')}`);
    if (raw === undefined) return { entity: undefined, id: undefined, distinctFrom };
    const id = typeof raw['id'] === 'string' ? raw['id'] : undefined;
    const out: Record<string, unknown> = {};
    for (const [key, field] of ENTITY_FIELDS) {
      const at = path + segment(key);
      // A field set to undefined is absent (`{ ...entity, distinctFrom: undefined }` in JavaScript).
      if (!(key in raw) || raw[key] === undefined) {
        if (ENTITY_REQUIRED.has(key)) this.problems.add(at, requiredMessage(key, field.kind === 'string' ? field.rule : undefined));
        continue;
      }
      const v = raw[key];
      let built: unknown;
      switch (field.kind) {
        case 'string': built = this.string(v, field.rule, at, 2); break;
        case 'strings':
          built = this.strings(v, field.rule, at, 2, key === 'distinctFrom' ? (j, item) => distinctFrom.push([j, item]) : undefined);
          break;
        case 'labels': built = this.labels(v, at, 2); break;
        case 'aliases': built = this.aliases(v, at, 2); break;
        case 'parts': built = this.parts(v, at, 2); break;
        case 'integer':
          if (typeof v === 'number' && Number.isInteger(v) && v >= field.minimum) built = v;
          else {
            this.problems.add(at, `must be ${field.expected}; got ${got(v)}`);
            this.scanRejected(v, at, 2);
          }
          break;
        case 'number':
          if (typeof v === 'number' && Number.isFinite(v) && v >= field.minimum && v <= field.maximum) built = v;
          else {
            this.problems.add(at, `must be ${field.expected}; got ${got(v)}`);
            this.scanRejected(v, at, 2);
          }
          break;
      }
      if (built !== undefined) out[key] = built;
    }
    if (this.problems.has(index)) return { entity: undefined, id, distinctFrom };
    return { entity: Object.freeze(out) as unknown as Entity, id, distinctFrom };
  }
}

function prototypeKeyMessage(key: string): string {
  return `property name ${JSON.stringify(key)} is not allowed (it could pollute object prototypes); remove it`;
}

function requiredMessage(key: string, rule: StringRule | undefined): string {
  if (rule?.oneOf) return `is required: one of ${rule.oneOf.join(', ')}`;
  if (rule?.expected) return `is required: ${rule.expected}`;
  return `is required (property ${JSON.stringify(key)} is missing)`;
}

/**
 * Checks user entity data (a parsed glossary file, or an array built in code) against the
 * rules of `data/schema/entity.schema.json`, plus what a schema cannot say: unique ids,
 * `distinctFrom` ids that exist in the same data set and are not the entity's own, no
 * prototype keys (`__proto__`, `constructor`, `prototype`) as property names at any depth,
 * no NUL characters or lone surrogates in strings, names, labels and alias texts of at most
 * 1,000 characters and descriptions and sources of at most 10,000, arrays inside an entity
 * of at most 10,000 items, and at most 100,000 entities.
 *
 * Never throws: every problem is returned with its JSON path (`$[3].aliases[0].kind`,
 * `$[0].labels["en gb"]`). Each value gets at most one problem (the first rule it breaks).
 * The valid entities are returned as fresh, deeply frozen objects that hold the known fields
 * only (in schema order), so nothing from the input is shared with or merged into them.
 * An entity with any problem (including a duplicate id or an unknown `distinctFrom` id) is
 * left out of `entities`. The work is linear in the size of the input; rejected values
 * are scanned without recursion, at most 64 levels deep.
 *
 * @example
 * const { entities, problems } = validateEntities(JSON.parse(text));
 * if (problems.length > 0) throw new InvalidDataError('loadGlossary', 'glossary.json', problems);
 *
 * @example
 * validateEntities([{ id: 'tbilisi', type: 'place', canonical: 'Tbilisi', labels: { ka: 'თბილისი' }, description: 'Capital of Georgia', kind: 1 }]).problems
 * // [{ path: '$[0].kind', message: 'unknown property "kind"; valid properties: id, type, …' }]
 */
export function validateEntities(data: unknown): { readonly entities: readonly Entity[]; readonly problems: readonly DataProblem[] } {
  const checker = new Checker();
  const problems = checker.problems;
  const done = (entities: readonly Entity[], n: number) =>
    Object.freeze({ entities: Object.freeze(entities.slice()), problems: Object.freeze(problems.all(n)) });

  let items: unknown[];
  let length: number;
  try {
    if (!Array.isArray(data)) {
      problems.add('$', `must be an array of entities; got ${got(data)}`);
      checker.scanRejected(data, '$', 0);
      return done([], 0);
    }
    items = data as unknown[];
    length = items.length;
  } catch (e) {
    problems.add('$', `could not be read (${errorText(e)})`);
    return done([], 0);
  }
  if (length > MAX_ENTITIES) {
    problems.add('$', `has ${count(length)} entities; at most ${count(MAX_ENTITIES)} are allowed in one data set; split it into several glossaries`);
    return done([], 0);
  }

  const built: (Checked | undefined)[] = new Array<Checked | undefined>(length);
  /** Every string id in the data set → the indexes of the entities that have it. */
  const ids = new Map<string, number[]>();
  for (let i = 0; i < length; i++) {
    let b: Checked | undefined;
    try {
      b = checker.entity(items[i], i);
    } catch (e) {
      problems.addTo(i, `$[${i}]`, `could not be read (${errorText(e)})`);
    }
    built[i] = b;
    if (b?.id !== undefined) {
      const list = ids.get(b.id);
      if (list === undefined) ids.set(b.id, [i]);
      else list.push(i);
    }
  }

  for (const [id, where] of ids) {
    if (where.length < 2) continue;
    const first = where[0] as number;
    for (let k = 0; k < where.length; k++) {
      const i = where[k] as number;
      const other = k === 0 ? (where[1] as number) : first;
      problems.addTo(i, `$[${i}].id`, `duplicate id ${quote(id)}; also used at $[${other}].id (ids must be unique)`);
    }
  }

  for (let i = 0; i < length; i++) {
    const b = built[i];
    if (b === undefined) continue;
    for (const [j, other] of b.distinctFrom) {
      if (other === b.id) problems.addTo(i, `$[${i}].distinctFrom[${j}]`, `lists the entity's own id ${quote(other)}; an entity cannot be distinct from itself`);
      else if (!ids.has(other)) problems.addTo(i, `$[${i}].distinctFrom[${j}]`, `unknown id ${quote(other)}; no entity in this data set has that id`);
    }
  }

  const entities: Entity[] = [];
  for (let i = 0; i < length; i++) {
    const b = built[i];
    if (b?.entity !== undefined && !problems.has(i)) entities.push(b.entity);
  }
  return done(entities, length);
}
