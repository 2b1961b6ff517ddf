/** Longest run of combining marks kept (Unicode's stream-safe limit is 30). */
const MAX_MARKS = 30;

function isMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * NFC (or another form) that stays linear: `String#normalize` is quadratic on long runs of
 * combining marks, so runs are cut at 30 marks first (as in UAX #15 stream-safe text).
 * Text without combining marks (the common case) is returned as is when only NFC is asked.
 *
 * @example
 * nfcSafe('и\u0306') // 'й'
 */
export function nfcSafe(text: string, form: 'NFC' | 'NFKC' = 'NFC'): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isMark(text.charCodeAt(i))) i++;
  if (i === n) return form === 'NFC' ? text : text.normalize(form);
  let out = '';
  let copyFrom = 0;
  let run = 0;
  for (; i < n; i++) {
    if (isMark(text.charCodeAt(i))) {
      if (++run > MAX_MARKS) {
        out += text.slice(copyFrom, i);
        copyFrom = i + 1;
      }
    } else run = 0;
  }
  out += text.slice(copyFrom);
  return out.normalize(form);
}
