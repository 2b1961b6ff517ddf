import type { SchemeData, SchemeInfo } from '../types.js';

const cache = new WeakMap<SchemeData, SchemeInfo>();

/** The public, frozen description of a scheme (its rules stay internal). */
export function schemeInfo(data: SchemeData): SchemeInfo {
  let info = cache.get(data);
  if (!info) {
    const { id, title, from, script, to, standard, english, ascii, source, description, then } = data;
    info = Object.freeze({ id, title, from, script, to, standard, english, ascii, source, description, ...(then === undefined ? {} : { then }) });
    cache.set(data, info);
  }
  return info;
}
