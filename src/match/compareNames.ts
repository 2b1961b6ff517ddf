import { InvalidArgumentError } from '../errors.js';
import { keyTokens } from '../normalize/keyTokens.js';
import { normalizeNameUnchecked } from '../normalize/normalizeName.js';
import { describe } from '../translit/readOptions.js';
import { alignTokens } from './alignTokens.js';
import { isPatronymic, isTitle } from './nameTags.js';

/** The similarity of two names and why. */
export interface NameComparison {
  /** 0–1: 1 = the same spelling; ~0.97 = the same name key; lower for token-level matches. */
  readonly score: number;
  readonly explanation: readonly string[];
}

const TURKIC = /[şçğıəöüŞÇĞİƏÖÜ]/;

function readings(name: string): string[][] {
  const out = [keyTokens(name)];
  if (TURKIC.test(name)) out.push(keyTokens(name, 'az'));
  // Titles and patronymics are tags, not name parts (Sergey Viktorovich Lavrov is Sergey Lavrov).
  return out.map((tokens) => {
    const kept = tokens.filter((t) => !isTitle(t) && !isPatronymic(t));
    return kept.length > 0 ? kept : tokens;
  });
}

const NONE: ReadonlySet<number> = new Set();

/** Token alignment both ways (the smaller score), the last token weighted as a family name. */
function tokenScore(a: readonly string[], b: readonly string[]): { score: number; detail: string } {
  const ab = alignTokens(a, b, b.length > 1 ? b.length - 1 : -1, NONE);
  const ba = alignTokens(b, a, a.length > 1 ? a.length - 1 : -1, NONE);
  // A family name that does not match makes another person, whatever the given names say.
  const family = Math.min(ab.family, ba.family);
  const score = family < 0.85 ? Math.min(ab.score, ba.score, 0.5) : Math.min(ab.score, ba.score);
  const detail = ab.matches.map((m) => (m.candidate === undefined ? `${m.query}: unmatched` : `${m.query}~${m.candidate} ${m.similarity.toFixed(2)}`)).join(', ');
  return { score, detail };
}

/**
 * How alike two names are, whatever their scripts and spelling systems: exact spelling 1, the same
 * name key (Sergei/Sergey, Aliev/Aliyev, Ильхам/Ilham, order, titles) 0.97, else an order-free token
 * alignment (typos, initials, patronymics set aside, family name weighted), with an explanation.
 *
 * @example
 * compareNames('Ilham Aliyev', 'Ильхам Алиев').score // 0.97
 * compareNames('Vladimir Putin', 'Vladimir Potanin').score // 0.5 (another family name)
 */
export function compareNames(a: string, b: string): NameComparison {
  if (typeof a !== 'string') throw new InvalidArgumentError(`compareNames: a must be a string; got ${describe(a)}`);
  if (typeof b !== 'string') throw new InvalidArgumentError(`compareNames: b must be a string; got ${describe(b)}`);
  const na = normalizeNameUnchecked(a);
  const nb = normalizeNameUnchecked(b);
  if (na === '' || nb === '') return Object.freeze({ score: 0, explanation: Object.freeze(['an empty name']) });
  if (na === nb) return Object.freeze({ score: 1, explanation: Object.freeze(['the same spelling']) });
  let best = { score: 0, detail: '' };
  for (const ta of readings(a)) {
    for (const tb of readings(b)) {
      if (ta.length === 0 || tb.length === 0 || ta.length > 12 || tb.length > 12) continue;
      if (ta.slice().sort().join(' ') === tb.slice().sort().join(' ')) {
        return Object.freeze({ score: 0.97, explanation: Object.freeze([`the same name key "${ta.slice().sort().join(' ')}"`]) });
      }
      const s = tokenScore(ta, tb);
      if (s.score > best.score) best = s;
    }
  }
  return Object.freeze({ score: Math.round(Math.min(best.score, 0.95) * 1000) / 1000, explanation: Object.freeze([`tokens ${best.detail || 'none alike'}`]) });
}
