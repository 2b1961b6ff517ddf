/**
 * The text with ch read as kh, as Czech, Polish, German and Dutch spellings write it (Arcach,
 * Artsach, Chačaturian → Arcah, Artsah, Hačaturian; the skeleton folds kh to h). Not after s
 * (sch is German sh). Undefined when the text has no such ch.
 */
export function chAsKh(text: string): string | undefined {
  if (!/ch/i.test(text)) return undefined;
  const out = text.replace(/(?<![sS])([cC])(?=[hH])/g, '');
  return out === text ? undefined : out;
}
