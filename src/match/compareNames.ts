import { InvalidArgumentError } from '../errors.js';
import { normalizeNameUnchecked } from '../normalize/normalizeName.js';
import { describe } from '../translit/readOptions.js';
import { compareReadings, nameReadings } from './compareReadings.js';

/** The similarity of two names and why. */
export interface NameComparison {
  /** 0–1: 1 = the same spelling; ~0.97 = the same name key; lower for token-level matches. */
  readonly score: number;
  readonly explanation: readonly string[];
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
  const r = compareReadings(nameReadings(a), nameReadings(b));
  const score = r.score === 0.97 ? 0.97 : Math.round(Math.min(r.score, 0.95) * 1000) / 1000;
  return Object.freeze({ score, explanation: Object.freeze([r.detail || 'no tokens alike']) });
}
