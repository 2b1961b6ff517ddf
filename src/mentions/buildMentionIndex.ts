import { keyTokens } from '../normalize/keyTokens.js';
import { NEUTRAL, classOfAt } from '../translit/scriptOf.js';
import type { GlossaryIndex } from '../glossary/buildIndex.js';

/** A node of the token trie: children by skeleton token, and the spellings that end here. */
export interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** Name entry ids (GlossaryIndex.names) whose tokens end at this node. */
  readonly names: number[];
  /** Person entities whose family name alone ends here ("Aliyev", "Lavrov"). */
  readonly families: number[];
}

/** The multi-pattern matcher over all spellings of a glossary. */
export interface MentionIndex {
  readonly root: TrieNode;
  /** Longest spelling, in tokens. */
  readonly depth: number;
  /** Script class (see scriptOf.ts) of each name entry's first letter. */
  readonly scripts: Uint8Array;
}

const newNode = (): TrieNode => ({ children: new Map(), names: [], families: [] });

/**
 * A trie over the skeleton tokens of every spelling (attested and generated), plus each
 * person's family name alone: one walk per text position finds every name that starts there,
 * so findMentions is one linear pass whatever the glossary size.
 */
export function buildMentionIndex(index: GlossaryIndex): MentionIndex {
  const root = newNode();
  let depth = 1;
  const walk = (tokens: readonly string[]): TrieNode => {
    let node = root;
    for (const t of tokens) {
      let next = node.children.get(t);
      if (!next) node.children.set(t, (next = newNode()));
      node = next;
    }
    depth = Math.max(depth, tokens.length);
    return node;
  };
  index.names.forEach((name, id) => {
    if (name.tokens.length > 0) walk(name.tokens).names.push(id);
  });
  index.entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    const families = new Set<string>();
    if (e.parts?.family) families.add(keyTokens(e.parts.family).join(' '));
    // The last word of the canonical name and of each label: the family name in the languages
    // the glossary writes (Лавров, Լավրով, ტრამპი).
    for (const name of [e.canonical, ...Object.values(e.labels)]) {
      const tokens = keyTokens(name);
      if (tokens.length > 1) families.add(tokens[tokens.length - 1]!);
    }
    for (const f of families) {
      const tokens = f.split(' ').filter(Boolean);
      // Not initials, numerals or regnal numbers (Aram I, Ilia II): those are not family names.
      if (tokens.length > 0 && tokens.every((t) => t.length >= 3 && !/^[ivx]+$/.test(t))) walk(tokens).families.push(i);
    }
  });
  const scripts = new Uint8Array(index.names.length);
  index.names.forEach((name, id) => {
    for (let k = 0; k < name.text.length; k++) {
      const c = classOfAt(name.text, k);
      if (c !== NEUTRAL) {
        scripts[id] = c;
        break;
      }
    }
  });
  return { root, depth, scripts };
}
