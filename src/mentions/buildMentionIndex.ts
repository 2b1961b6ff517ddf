import { keyTokens } from '../normalize/keyTokens.js';
import { NEUTRAL, classOfAt } from '../translit/scriptOf.js';
import type { GlossaryIndex } from '../glossary/buildIndex.js';

/**
 * A node of the token trie: children by skeleton token, and the spellings that end here. Most
 * nodes are leaves with one spelling: the containers are shared empties until first written.
 */
export interface TrieNode {
  children: ReadonlyMap<string, TrieNode>;
  /** Name entry ids (GlossaryIndex.names) whose tokens end at this node. */
  names: readonly number[];
  /** Person entities whose family name alone ends here ("Aliyev", "Lavrov"). */
  families: readonly number[];
}

const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
const NONE: readonly number[] = [];

/** The multi-pattern matcher over all spellings of a glossary. */
export interface MentionIndex {
  readonly root: TrieNode;
  /** Longest spelling, in tokens. */
  readonly depth: number;
  /** Script class (see scriptOf.ts) of each name entry's first letter. */
  readonly scripts: Uint8Array;
}

const newNode = (): TrieNode => ({ children: NO_CHILDREN, names: NONE, families: NONE });

function child(node: TrieNode, token: string): TrieNode {
  let next = node.children.get(token);
  if (!next) {
    if (node.children === NO_CHILDREN) node.children = new Map();
    (node.children as Map<string, TrieNode>).set(token, (next = newNode()));
  }
  return next;
}

function append(list: readonly number[], value: number): readonly number[] {
  if (list === NONE) return [value];
  (list as number[]).push(value);
  return list;
}

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
    for (const t of tokens) node = child(node, t);
    depth = Math.max(depth, tokens.length);
    return node;
  };
  index.names.forEach((name, id) => {
    if (name.tokens.length === 0) return;
    const node = walk(name.tokens);
    node.names = append(node.names, id);
  });
  // Family names alone: the last word of each attested spelling of a person (Лавров, Լավրով,
  // ტრამპი), and the family part when the data gives it. Tokens come from the index, already folded.
  const families = new Map<number, Set<string>>();
  index.names.forEach((name) => {
    if (name.generated || name.tokens.length < 2 || index.entities[name.entity]!.type !== 'person') return;
    let set = families.get(name.entity);
    if (!set) families.set(name.entity, (set = new Set()));
    set.add(name.tokens[name.tokens.length - 1]!);
  });
  index.entities.forEach((e, i) => {
    if (e.type !== 'person' || !e.parts?.family) return;
    let set = families.get(i);
    if (!set) families.set(i, (set = new Set()));
    set.add(keyTokens(e.parts.family).join(' '));
  });
  for (const [entity, set] of families) {
    for (const f of set) {
      const tokens = f.split(' ').filter(Boolean);
      // Not initials, numerals or regnal numbers (Aram I, Ilia II): those are not family names.
      if (tokens.length > 0 && tokens.every((t) => t.length >= 3 && !/^[ivx]+$/.test(t))) {
        const node = walk(tokens);
        node.families = append(node.families, entity);
      }
    }
  }
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
