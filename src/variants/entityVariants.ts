import { InvalidArgumentError } from '../errors.js';
import { defaultGlossary } from '../glossary/defaultGlossary.js';
import { describe, readOptions } from '../translit/readOptions.js';
import type { Glossary } from '../types.js';
import { spellingVariants, type SpellingVariant } from './spellingVariants.js';

const OWN: Record<string, string> = { RU: 'ru', AM: 'hy', GE: 'ka', AZ: 'az', UA: 'uk' };

/**
 * Every spelling of an entity: its canonical name, labels and aliases from the glossary (systems
 * `canonical`, `label:xx`, the alias's system or kind), then the spellings generated from its
 * native label(s) by `spellingVariants`. Throws `UnknownEntityError` for an unknown id.
 *
 * @example
 * entityVariants('zohrab-mnatsakanyan').map((v) => v.text) // ['Zohrab Mnatsakanyan', 'Զոհրաբ Մնացականյան', …]
 */
export function entityVariants(id: string, options?: { readonly glossary?: Glossary }): readonly SpellingVariant[] {
  if (typeof id !== 'string') throw new InvalidArgumentError(`entityVariants: id must be an entity id string; got ${describe(id)}`);
  const o = readOptions('entityVariants', options, ['glossary']);
  const glossary = (o.glossary as Glossary | undefined) ?? defaultGlossary();
  if (typeof glossary !== 'object' || glossary === null || typeof glossary.getEntity !== 'function') {
    throw new InvalidArgumentError(`entityVariants: options.glossary must be a Glossary from createGlossary() or loadGlossary(); got ${describe(o.glossary)}`);
  }
  const e = glossary.getEntity(id);
  const found = new Map<string, string[]>();
  const add = (text: string, system: string) => {
    const t = text.normalize('NFC');
    const list = found.get(t);
    if (!list) found.set(t, [system]);
    else if (!list.includes(system)) list.push(system);
  };
  add(e.canonical, 'canonical');
  for (const [lang, label] of Object.entries(e.labels)) add(label, `label:${lang}`);
  for (const a of e.aliases ?? []) add(a.text, a.system ?? a.kind);
  const natives = new Set<string>();
  for (const c of e.countries ?? []) {
    const lang = OWN[c];
    if (lang && e.labels[lang]) natives.add(`${lang}\u0000${e.labels[lang]}`);
  }
  if (e.labels.ru) natives.add(`ru\u0000${e.labels.ru}`);
  for (const key of natives) {
    const [lang, label] = key.split('\u0000') as [string, string];
    for (const v of spellingVariants(label, { from: lang })) for (const s of v.systems) add(v.text, s);
  }
  return Object.freeze([...found.entries()].map(([text, systems]) => Object.freeze({ text, systems: Object.freeze(systems) })));
}
