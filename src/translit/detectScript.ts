import { InvalidArgumentError } from '../errors.js';
import type { ScriptCode } from '../types.js';
import { describe } from './readOptions.js';
import { scriptAt } from './scriptOf.js';

/**
 * The ISO 15924 code of the script most letters of `text` are written in: `Latn`, `Cyrl`,
 * `Armn`, `Geor`, `Arab`, `Hani` …; `Zyyy` when there are no letters, `Zzzz` for letters of an
 * unlisted script. Ties go to the script seen first.
 *
 * @example
 * detectScript('Լավրով') // 'Armn'
 */
export function detectScript(text: string): ScriptCode {
  if (typeof text !== 'string') throw new InvalidArgumentError(`detectScript: text must be a string; got ${describe(text)}`);
  const counts = new Map<ScriptCode, number>();
  let best: ScriptCode = 'Zyyy';
  let bestCount = 0;
  for (let i = 0; i < text.length; i++) {
    const script = scriptAt(text, i);
    if (script !== 'Zyyy') {
      const c = (counts.get(script) ?? 0) + 1;
      counts.set(script, c);
      if (c > bestCount) {
        best = script;
        bestCount = c;
      }
    }
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  return best;
}
