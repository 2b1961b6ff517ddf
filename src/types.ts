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
