/** Lookups over word lists and character sets that cost a few comparisons, not a pass over the list. */

/**
 * A word list indexed by first and last character, each bucket in list order, so that
 * `find(w => text.startsWith(w, i))` looks at the few words that can match, and finds
 * the same word as the whole list would.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(readonly words: readonly string[]) {
    for (const w of words) {
      if (!w) continue;
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
    }
  }

  /** The first word (in list order) that `text` has at `at` and that satisfies `accept`. */
  startingAt(text: string, at: number, accept?: (word: string) => boolean): string | undefined {
    const bucket = this.byFirst.get(text.charCodeAt(at));
    if (!bucket) return undefined;
    for (const w of bucket) if (text.startsWith(w, at) && (!accept || accept(w))) return w;
    return undefined;
  }

  /** The first word (in list order) that ends `text` right before `end` and satisfies `accept`. */
  endingAt(text: string, end: number, accept?: (word: string) => boolean): string | undefined {
    const bucket = this.byLast.get(text.charCodeAt(end - 1));
    if (!bucket) return undefined;
    for (const w of bucket) if (end >= w.length && text.startsWith(w, end - w.length) && (!accept || accept(w))) return w;
    return undefined;
  }
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A set of characters as a table over UTF-16 code units, for loops that test one character at a time. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

const listTables = new WeakMap<readonly string[], Uint8Array>();

/**
 * The words of one character in a list, as a table over their codes, built once per list:
 * `charsOf(list)[text.charCodeAt(i)] === 1` says what `list.includes(text[i])` says for a
 * place inside the text, without making a string of the character.
 */
export function charsOf(words: readonly string[]): Uint8Array {
  let table = listTables.get(words);
  if (!table) listTables.set(words, (table = charTable(words.filter((w) => w.length === 1).join(''))));
  return table;
}

/** A Chinese character, in the range the patterns of this project call `[\u4e00-\u9fa5]`. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}
