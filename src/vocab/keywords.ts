/** Bucket of a pair of characters in the filter of `KeywordScanner`. */
function pairBucket(a: number, b: number): number {
  return ((a * 0x9e37) ^ b) & 0xffff;
}

/** Slots of the table of transitions below the first character: a power of two, kept at most a quarter full. */
const MIN_SLOTS = 1024;

/**
 * A trie of keywords, scanned once over a text: longest match at each position,
 * matches do not overlap. The trie lives in typed arrays: a position whose
 * character starts no keyword costs one array read, and a step deeper one probe
 * of a hash table keyed by (node, character), where a `Map` per node cost a
 * hash lookup of its own at every step.
 */
export class KeywordScanner {
  /** The keywords, deduplicated, in the order given: a hit is reported by its index here. */
  readonly words: readonly string[];
  /** Child of the root for each character, or 0. */
  private readonly rootNext = new Int32Array(65536);
  /** Whether a keyword starts with a pair of characters, by `pairBucket`: most positions go no further. */
  private readonly pairs = new Uint8Array(65536);
  /** Per node: index of the keyword that ends there, or -1. Node 0 is the root. */
  private wordAt: Int32Array;
  private keys: Int32Array;
  private children: Int32Array;
  private shift: number;

  constructor(keywords: Iterable<string>) {
    const words: string[] = [];
    const wordAt: number[] = [-1];
    const edges = new Map<number, number>();
    for (const word of keywords) {
      if (!word) continue;
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let next = node === 0 ? this.rootNext[c]! : (edges.get(node * 65536 + c) ?? 0);
        if (next === 0) {
          next = wordAt.length;
          wordAt.push(-1);
          if (node === 0) this.rootNext[c] = next;
          else edges.set(node * 65536 + c, next);
        }
        node = next;
      }
      if (word.length > 1) this.pairs[pairBucket(word.charCodeAt(0), word.charCodeAt(1))] = 1;
      if (wordAt[node]! >= 0) continue;
      wordAt[node] = words.length;
      words.push(word);
    }
    if (wordAt.length >= 32768) throw new RangeError('KeywordScanner: too many keywords');
    this.words = words;
    this.wordAt = Int32Array.from(wordAt);
    let slots = MIN_SLOTS;
    while (slots < edges.size * 4) slots *= 2;
    this.shift = 32 - Math.log2(slots);
    this.keys = new Int32Array(slots);
    this.children = new Int32Array(slots);
    for (const [key, child] of edges) {
      let h = this.slot(key);
      while (this.keys[h] !== 0) h = (h + 1) & (slots - 1);
      this.keys[h] = key;
      this.children[h] = child;
    }
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The child of a node below the root by a character, or 0. */
  private step(node: number, c: number): number {
    const key = node * 65536 + c;
    const { keys } = this;
    const mask = keys.length - 1;
    for (let h = this.slot(key); ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key) return this.children[h]!;
      if (k === 0) return 0;
    }
  }

  /** Adds the hits of each keyword in `text` (by index) into `hits`. */
  scan(text: string, hits: KeywordHits): void {
    const { rootNext, wordAt, pairs } = this;
    const length = text.length;
    for (let i = 0; i < length; ) {
      const c = text.charCodeAt(i);
      let node = rootNext[c]!;
      let found = node === 0 ? -1 : wordAt[node]!;
      if (node === 0 || (found < 0 && (i + 1 === length || pairs[pairBucket(c, text.charCodeAt(i + 1))] === 0))) {
        i++;
        continue;
      }
      let foundEnd = i + 1;
      for (let j = i + 1; j < length; j++) {
        node = this.step(node, text.charCodeAt(j));
        if (node === 0) break;
        const w = wordAt[node]!;
        if (w >= 0) {
          found = w;
          foundEnd = j + 1;
        }
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
