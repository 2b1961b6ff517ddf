/**
 * Key → name entry ids. Most keys have one entry: it is stored as a bare number, so that a
 * 100,000-entity glossary does not allocate hundreds of thousands of one-element arrays.
 */
export type Postings = Map<string, number | number[]>;

const NONE: readonly number[] = [];

/** Adds an entry id under a key (once, when ids come in order). */
export function addPosting(map: Postings, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, value);
  else if (typeof list === 'number') {
    if (list !== value) map.set(key, [list, value]);
  } else if (list[list.length - 1] !== value) list.push(value);
}

/** The entry ids under a key. */
export function postings(map: Postings, key: string): readonly number[] {
  const v = map.get(key);
  return v === undefined ? NONE : typeof v === 'number' ? [v] : v;
}
