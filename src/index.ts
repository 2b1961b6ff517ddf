// onomast: every public function, by explicit name.
export { transliterate } from './translit/transliterate.js';
export type { TransliterateOptions } from './translit/transliterate.js';
export { listSchemes } from './translit/listSchemes.js';
export type { ListSchemesOptions } from './translit/listSchemes.js';
export { getScheme } from './translit/getScheme.js';
export { detectScript } from './translit/detectScript.js';
export { OnomastError, InvalidArgumentError, UnknownSchemeError, isOnomastError } from './errors.js';
export type { OnomastErrorCode } from './errors.js';
export type { SchemeInfo, ScriptCode } from './types.js';
