/** ISO 15924 script code, e.g. `Latn`, `Cyrl`, `Armn`, `Geor`; `Zyyy` for text with no letters. */
export type ScriptCode = string;

/** A romanization scheme, as listed by `listSchemes` and returned by `getScheme`. */
export interface SchemeInfo {
  /** Stable id, `<lang>-<system>`, e.g. `ru-bgn-pcgn`. */
  readonly id: string;
  /** Human-readable name of the system, e.g. "BGN/PCGN 1947". */
  readonly title: string;
  /** BCP 47 tag of the source language, e.g. `ru`, `az-Cyrl`. */
  readonly from: string;
  /** ISO 15924 code of the source script. */
  readonly script: ScriptCode;
  /** ISO 15924 code of the output script (`Latn`, or `Cyrl` for re-spelling into Russian). */
  readonly to: ScriptCode;
  /** The language's standard scheme for this script (used when only `from` is given). */
  readonly standard: boolean;
  /** The language's English-practice scheme for this script (used with `ascii: true`). */
  readonly english: boolean;
  /** Every output of the scheme is plain ASCII. */
  readonly ascii: boolean;
  /** Where the letter table comes from. */
  readonly source: string;
  readonly description: string;
  /** Id of the scheme the output is passed through next, when the scheme is a chain. */
  readonly then?: string;
}

/** The rules of a scheme as stored in `data/schemes/*.json` (samples omitted). */
export interface SchemeRules {
  readonly letters: Readonly<Record<string, string>>;
  readonly after?: readonly { readonly prev: string; readonly map: Readonly<Record<string, string>> }[];
  readonly before?: readonly { readonly next: string; readonly map: Readonly<Record<string, string>> }[];
  readonly endings?: Readonly<Record<string, string>>;
  readonly words?: Readonly<Record<string, string>>;
  readonly locale?: 'az' | 'tr';
  readonly caseless?: boolean;
  readonly wordChars?: string;
}

/** A scheme with its rules, as compiled into `src/generated/schemes.ts`. */
export type SchemeData = SchemeInfo & SchemeRules;

/** What an entity is. */
export type EntityType = 'person' | 'place' | 'agreement' | 'organization';

/** How an alias relates to the entity's name. */
export type AliasKind =
  | 'official' | 'short' | 'full' | 'translit' | 'historic' | 'colloquial' | 'other-side'
  | 'abbreviation' | 'inflected' | 'misspelling' | 'title-form';

/** A known spelling of an entity that is not one of its labels. */
export interface Alias {
  readonly text: string;
  /** BCP 47 tag of the language the spelling is used in. */
  readonly lang: string;
  readonly kind: AliasKind;
  /** ISO 15924 script, when not implied by `lang`. */
  readonly script?: string;
  /** The romanization system or convention that produces the spelling. */
  readonly system?: string;
  /** Where the spelling is attested (URL or reference). */
  readonly source?: string;
  /** Who uses an other-side name (`az`, `hy`, `ru` …). */
  readonly usedBy?: string;
  /** Years (or dates) the spelling was in use. */
  readonly from?: string;
  readonly to?: string;
}

/** Name parts of a person, when known. */
export interface NameParts {
  readonly given?: string;
  readonly family?: string;
  readonly patronymic?: string;
  readonly middle?: string;
}

/** A person, place, agreement or organization (data model: data/schema/entity.schema.json). */
export interface Entity {
  /** Stable kebab-case id, e.g. `sergey-lavrov`. */
  readonly id: string;
  readonly type: EntityType;
  readonly subtype?: string;
  /** English-usage display form. */
  readonly canonical: string;
  /** BCP 47 tag → the name as written in that language. */
  readonly labels: Readonly<Record<string, string>>;
  readonly aliases?: readonly Alias[];
  readonly parts?: NameParts;
  readonly countries?: readonly string[];
  readonly wikidata?: string;
  readonly geonames?: number;
  readonly description: string;
  readonly from?: string;
  readonly to?: string;
  /** 0–1; ranks entities that share a name. */
  readonly prominence?: number;
  /** Ids of known confusables that must never merge with this entity. */
  readonly distinctFrom?: readonly string[];
  readonly sources?: readonly string[];
}

/** The spelling that matched a query. */
export interface MatchedName {
  readonly text: string;
  /** `canonical`, `label`, an alias kind (`historic`, `other-side` …), or `generated` (written by a scheme here). */
  readonly kind: string;
  readonly lang: string;
  /** The scheme or convention behind the spelling, when known (`ru-de-press` …). */
  readonly system?: string;
}

/** An answer to `lookup` or one row of `search`. */
export interface LookupResult {
  readonly entity: Entity;
  /** 0–1: 1 = an exact spelling of this entity; lower for keys, fuzzy and family-name-only matches. */
  readonly score: number;
  readonly matched: MatchedName;
  /**
   * `exact` spelling, equal name `key`, `fuzzy` token alignment, `family` name only, or `sound`:
   * the same consonants as a known spelling, for names in scripts that write vowels loosely
   * (Arabic, Hebrew, Greek, Japanese, Korean, Chinese).
   */
  readonly method: 'exact' | 'key' | 'fuzzy' | 'family' | 'sound';
  /** Why, in words: which spelling matched and how each token compared. */
  readonly explanation: readonly string[];
}

/** Options shared by `lookup` and `search`. */
export interface MatchOptions {
  /**
   * Only entities of these types.
   * @default all types
   */
  readonly types?: readonly EntityType[];
  /**
   * Lowest score accepted.
   * @default 0.75 for lookup, 0.5 for search
   */
  readonly minScore?: number;
}

/** Options of `search`. */
export interface SearchOptions extends MatchOptions {
  /**
   * Most results returned.
   * @default 10
   */
  readonly limit?: number;
}

/** A set of entities with its lookup index: the bundled glossary, or one made by `createGlossary` / `loadGlossary`. */
export interface Glossary {
  /** Number of entities. */
  readonly size: number;
  /** The entity a name means, or `undefined` when none is likely enough. */
  lookup(query: string, options?: MatchOptions): LookupResult | undefined;
  /** The entities a name may mean, best first (ambiguity is visible, not hidden). */
  search(query: string, options?: SearchOptions): readonly LookupResult[];
  /** The entity with this id; throws `UnknownEntityError` when there is none. */
  getEntity(id: string): Entity;
  /** The entity with this id, or `undefined`. */
  findEntity(id: string): Entity | undefined;
  /** Every entity, sorted by id. */
  entities(): readonly Entity[];
}
