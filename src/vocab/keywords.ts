interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Index of the keyword that ends here in `KeywordScanner.words`, or -1. */
  word: number;
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
  /** The keywords, deduplicated, in the order given: a hit is reported by its index here. */
  readonly words: readonly string[];
  private readonly root = new Map<number, TrieNode>();
  private readonly first = new Uint8Array(65536);
  private readonly single = new Uint8Array(65536);
  private readonly pairs = new Uint8Array(65536);

  constructor(keywords: Iterable<string>) {
    const words: string[] = [];
    for (const word of keywords) {
      if (!word) continue;
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        node = level.get(c);
        if (!node) level.set(c, (node = { next: new Map(), word: -1 }));
        level = node.next;
      }
      if (node!.word >= 0) continue;
      node!.word = words.length;
      words.push(word);
      this.first[word.charCodeAt(0)] = 1;
      if (word.length === 1) this.single[word.charCodeAt(0)] = 1;
      else this.pairs[pairBucket(word.charCodeAt(0), word.charCodeAt(1))] = 1;
    }
    this.words = words;
  }

  /** Adds the hits of each keyword in `text` (by index) into `hits`. */
  scan(text: string, hits: KeywordHits): void {
    const { first, single, pairs } = this;
    const last = text.length - 1;
    for (let i = 0; i <= last; ) {
      const c = text.charCodeAt(i);
      if (!first[c] || (!single[c] && (i === last || !pairs[pairBucket(c, text.charCodeAt(i + 1))]))) {
        i++;
        continue;
      }
      let level = this.root;
      let found = -1;
      let foundEnd = i;
      for (let j = i; j < text.length; j++) {
        const node = level.get(text.charCodeAt(j));
        if (!node) break;
        if (node.word >= 0) {
          found = node.word;
          foundEnd = j + 1;
        }
        level = node.next;
      }
      if (found >= 0) {
        hits.add(found);
        i = foundEnd;
      } else {
        i++;
      }
    }
  }
}

/** Counts per keyword index, and the indices found, in the order first found. */
export class KeywordHits {
  readonly counts: Int32Array;
  readonly found: number[] = [];

  constructor(size: number) {
    this.counts = new Int32Array(size);
  }

  add(id: number): void {
    if (this.counts[id] === 0) this.found.push(id);
    this.counts[id]! += 1;
  }

  clear(): void {
    for (const id of this.found) this.counts[id] = 0;
    this.found.length = 0;
  }
}
