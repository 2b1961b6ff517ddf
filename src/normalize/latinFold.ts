/** Latin letters NFD cannot take apart. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ə: 'a', Ə: 'A', ǝ: 'a', Ǝ: 'E', ŋ: 'ng', Ŋ: 'NG', ħ: 'h', Ħ: 'H',
  ŧ: 't', Ŧ: 'T', ĸ: 'k', ſ: 's', ƒ: 'f', ɨ: 'i', ʉ: 'u', ɛ: 'e', Ɛ: 'E', ɔ: 'o', Ɔ: 'O',
};

let table: Map<number, string> | undefined;

function build(): Map<number, string> {
  const t = new Map<number, string>();
  for (const [lo, hi] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let c = lo; c <= hi; c++) {
      const stripped = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (stripped !== '' && /^[\x20-\x7e]+$/.test(stripped)) t.set(c, stripped);
    }
  }
  for (const [ch, out] of Object.entries(SPECIAL)) t.set(ch.charCodeAt(0), out);
  return t;
}

/**
 * The ASCII form of a Latin letter with diacritics (é → e, ł → l, ə → a, ß → ss), or `undefined`
 * for characters that are not such letters. Schwa folds to a, as Azerbaijani English practice does.
 */
export function latinFold(code: number): string | undefined {
  if (code < 0xc0) return undefined;
  table ??= build();
  return table.get(code);
}
