import { ARMENIAN, CYRILLIC, GEORGIAN, LATIN, classOf } from '../translit/scriptOf.js';

let segmenter: Intl.Segmenter | undefined;
const WINDOW = 32;

/**
 * Characters next to which a cluster boundary is certain: ASCII and Latin-1, general punctuation
 * (not ZWJ/ZWNJ), and the base letters of the scripts onomast romanizes (never marks, never
 * Prepend or spacing marks, which belong to other scripts).
 */
function plain(code: number): boolean {
  if (code < 0x300 || code === 0x3000) return true;
  if (code >= 0x2000 && code <= 0x206f) return code !== 0x200c && code !== 0x200d;
  const c = classOf(code);
  return c === LATIN || c === CYRILLIC || c === ARMENIAN || c === GEORGIAN;
}

/**
 * Moves a mention's bounds onto grapheme-cluster boundaries: the end grows over marks that belong
 * to its last letter (a ZWJ, a variation selector, a spacing mark); a start that falls inside a
 * cluster (a letter joined to the mark before it) gives `undefined`. Only the rare bounds next to
 * non-ASCII marks are checked, with Intl.Segmenter on a small window, so this stays linear.
 */
export function graphemeBounds(text: string, start: number, end: number): [number, number] | undefined {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  const startSafe = plain(before) && plain(text.charCodeAt(start));
  const endSafe = plain(after) && plain(text.charCodeAt(end - 1));
  if (startSafe && endSafe) return [start, end];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const boundaries = (pos: number) => {
    const from = Math.max(0, pos - WINDOW);
    const set = new Set<number>();
    for (const s of segmenter!.segment(text.slice(from, Math.min(text.length, pos + WINDOW)))) set.add(from + s.index);
    set.add(Math.min(text.length, pos + WINDOW));
    return set;
  };
  if (!startSafe && !boundaries(start).has(start)) return undefined;
  if (!endSafe) {
    const set = boundaries(end);
    while (end < text.length && !set.has(end)) end++;
  }
  return [start, end];
}
