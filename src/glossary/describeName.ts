import type { NameEntry } from './buildIndex.js';

/** A spelling as explanations quote it: kind, system, text and language. */
export function describeName(name: NameEntry): string {
  return `${name.kind}${name.system ? ` (${name.system})` : ''} "${name.text}" [${name.lang}]`;
}
