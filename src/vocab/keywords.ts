interface TrieNode {
  readonly next: Map<number, TrieNode>;
  word: string | null;
}

/**
 * A trie of keywords, scanned once over a text: longest match at each position,
 * matches do not overlap. A bitmap of first characters skips most positions
 * without a lookup.
 */
export class KeywordScanner {
  private readonly root = new Map<number, TrieNode>();
  private readonly first = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!word) continue;
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (i === 0) this.first[c] = 1;
        node = level.get(c);
        if (!node) level.set(c, (node = { next: new Map(), word: null }));
        level = node.next;
      }
      node!.word = word;
    }
  }

  /** How often each keyword occurs in `text`, added into `into`. */
  count(text: string, into = new Map<string, number>()): Map<string, number> {
    const first = this.first;
    for (let i = 0; i < text.length; ) {
      if (!first[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      let level = this.root;
      let found: string | null = null;
      let foundEnd = i;
      for (let j = i; j < text.length; j++) {
        const node = level.get(text.charCodeAt(j));
        if (!node) break;
        if (node.word) {
          found = node.word;
          foundEnd = j + 1;
        }
        level = node.next;
      }
      if (found) {
        into.set(found, (into.get(found) ?? 0) + 1);
        i = foundEnd;
      } else {
        i++;
      }
    }
    return into;
  }
}
