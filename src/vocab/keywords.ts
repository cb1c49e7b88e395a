interface TrieNode {
  readonly next: Map<number, TrieNode>;
  word: string | null;
}

/** Bucket of a pair of characters in the filter of `KeywordScanner`. */
function pairBucket(a: number, b: number): number {
  return ((a * 0x9e37) ^ b) & 0xffff;
}

/**
 * A trie of keywords, scanned once over a text: longest match at each position,
 * matches do not overlap. Bitmaps of one-character keywords and of the first
 * two characters of longer ones skip most positions without a lookup (common
 * characters such as 医 or 健 start many keywords, but few pairs do).
 */
export class KeywordScanner {
  private readonly root = new Map<number, TrieNode>();
  private readonly first = new Uint8Array(65536);
  private readonly single = new Uint8Array(65536);
  private readonly pairs = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!word) continue;
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        node = level.get(c);
        if (!node) level.set(c, (node = { next: new Map(), word: null }));
        level = node.next;
      }
      node!.word = word;
      this.first[word.charCodeAt(0)] = 1;
      if (word.length === 1) this.single[word.charCodeAt(0)] = 1;
      else this.pairs[pairBucket(word.charCodeAt(0), word.charCodeAt(1))] = 1;
    }
  }

  /** How often each keyword occurs in `text`, added into `into`. */
  count(text: string, into = new Map<string, number>()): Map<string, number> {
    const { first, single, pairs } = this;
    const last = text.length - 1;
    for (let i = 0; i <= last; ) {
      const c = text.charCodeAt(i);
      if (!first[c] || (!single[c] && (i === last || !pairs[pairBucket(c, text.charCodeAt(i + 1))]))) {
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
