// onomast/translit: romanization only (no glossary data), for small bundles.
export { transliterate } from './transliterate.js';
export type { TransliterateOptions } from './transliterate.js';
export { listSchemes } from './listSchemes.js';
export type { ListSchemesOptions } from './listSchemes.js';
export { getScheme } from './getScheme.js';
export { detectScript } from './detectScript.js';
export { OnomastError, InvalidArgumentError, UnknownSchemeError, isOnomastError } from '../errors.js';
export type { OnomastErrorCode } from '../errors.js';
export type { SchemeInfo, ScriptCode } from '../types.js';
