import { keyTokens } from '../normalize/keyTokens.js';
import type { GlossaryIndex } from '../glossary/buildIndex.js';

/**
 * Words that make a phrase a document name, in the domain's languages (skeleton form is computed
 * at first use): "the trilateral November 9 agreement", "memorandum on biological safety".
 */
const DOCUMENT_WORDS = [
  'agreement', 'agreements', 'statement', 'declaration', 'memorandum', 'protocol', 'protocols', 'treaty', 'accord', 'accords',
  'principles', 'resolution', 'deal', 'document', 'communique', 'charter', 'convention', 'pact',
  'соглашение', 'заявление', 'декларация', 'меморандум', 'протокол', 'договор', 'принципы', 'резолюция', 'документ',
  'համաձայնագիր', 'հայտարարություն', 'հռչակագիր', 'հուշագիր', 'արձանագրություն', 'պայմանագիր', 'փաստաթուղթ',
  'შეთანხმება', 'განცხადება', 'დეკლარაცია', 'მემორანდუმი', 'ოქმი', 'ხელშეკრულება',
  'saziş', 'bəyanat', 'bəyannamə', 'memorandum', 'protokol', 'müqavilə', 'sənəd',
  'anlaşma', 'açıklama', 'bildiri', 'beyanname', 'mutabakat', 'antlaşma', 'protokolü',
  'abkommen', 'erklärung', 'vereinbarung', 'vertrag', 'déclaration', 'accord', 'traité', 'mémorandum', 'protocole',
];
/** Words that may stand inside a document name without belonging to it. */
const STOP = ['of', 'the', 'on', 'and', 'in', 'by', 'a', 'an', 'at', 'to', 'for', 'with', 'between', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'sur', 'von', 'der', 'die', 'das', 'und', 'zu', 'от', 'о', 'об', 'по', 'и', 'в', 'на', 'года', 'год', 'г'];

let documentWords: Set<string> | undefined;
let stopWords: Set<string> | undefined;

/** Document words and stop words in skeleton form. */
export function looseWords(): { documentWords: ReadonlySet<string>; stopWords: ReadonlySet<string> } {
  documentWords ??= new Set(DOCUMENT_WORDS.flatMap((w) => keyTokens(w)));
  stopWords ??= new Set(STOP.flatMap((w) => keyTokens(w)));
  return { documentWords, stopWords };
}

/** Per agreement: the content tokens of every spelling (stop words left out). */
export interface LooseIndex {
  /** content token → agreement entity ids that use it. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  /** entity id → its spellings' content-token sets. */
  readonly spellings: ReadonlyMap<number, readonly ReadonlySet<string>[]>;
}

/** Builds the loose-name tables over the agreements of a glossary. */
export function buildLooseIndex(index: GlossaryIndex): LooseIndex {
  const { stopWords } = looseWords();
  const byToken = new Map<string, number[]>();
  const spellings = new Map<number, Set<string>[]>();
  index.names.forEach((name) => {
    if (index.entities[name.entity]!.type !== 'agreement' || name.generated) return;
    const content = new Set(name.tokens.filter((t) => !stopWords.has(t)));
    if (content.size < 2) return;
    let list = spellings.get(name.entity);
    if (!list) spellings.set(name.entity, (list = []));
    list.push(content);
    for (const t of content) {
      const ids = byToken.get(t);
      if (!ids) byToken.set(t, [name.entity]);
      else if (!ids.includes(name.entity)) ids.push(name.entity);
    }
  });
  return { byToken, spellings };
}
