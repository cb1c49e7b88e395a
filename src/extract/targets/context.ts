import type { Comparator } from '../../types.js';
import type { Vocabulary } from '../../vocab/index.js';
import type { UnitEntry } from '../../vocab/units.js';

/** Precompiled, longest-first matchers over the vocabulary, built once per vocabulary. */
export interface Matchers {
  readonly unit: RegExp;
  readonly unitByText: ReadonlyMap<string, UnitEntry>;
  readonly suffix: RegExp;
  readonly suffixByWord: ReadonlyMap<string, Comparator>;
  readonly prefixes: Vocabulary['prefixComparators'];
  readonly verbs: readonly string[];
  /** Any delivery verb, as one alternation (a clause is searched once, not once per verb). */
  readonly anyVerb: RegExp;
  readonly sloganNoun: RegExp;
  readonly deadline: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const cache = new WeakMap<Vocabulary, Matchers>();

export function matchers(vocab: Vocabulary): Matchers {
  let m = cache.get(vocab);
  if (m) return m;
  m = {
    unit: new RegExp(`(?:${longestFirst(vocab.units.map((u) => u.unit))})`, 'y'),
    unitByText: new Map(vocab.units.map((u) => [u.unit, u])),
    suffix: new RegExp(`(?:${longestFirst(vocab.suffixComparators.map((s) => s.word))})`, 'y'),
    suffixByWord: new Map(vocab.suffixComparators.map((s) => [s.word, s.comparator])),
    prefixes: [...vocab.prefixComparators].sort((a, b) => b.word.length - a.word.length),
    verbs: [...vocab.deliveryVerbs].sort((a, b) => b.length - a.length),
    anyVerb: new RegExp(longestFirst(vocab.deliveryVerbs)),
    sloganNoun: new RegExp(`(?:${longestFirst(vocab.notTargets.countedSlogan.nouns)})`, 'y'),
    deadline: new RegExp(vocab.deadlines.join('|'), 'g'),
  };
  cache.set(vocab, m);
  return m;
}

export const CLAUSE_BREAK = /[。；;，,：:！？!?\n]/;
export const SENTENCE_BREAK = /[。；;！？!?\n]/;

/** Start of the clause that holds `index`, looking back at most `limit` characters. */
export function clauseStart(text: string, index: number, limit = 60): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}

export function clauseEnd(text: string, index: number, limit = 60): number {
  const ceil = Math.min(text.length, index + limit);
  for (let i = index; i < ceil; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return ceil;
}

export function sentenceStart(text: string, index: number, limit = 200): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) if (SENTENCE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}
