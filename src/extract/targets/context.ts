import type { Comparator } from '../../types.js';
import type { Vocabulary } from '../../vocab/index.js';
import type { UnitEntry } from '../../vocab/units.js';
import { charTable, push, WordIndex } from '../words.js';

export { charTable, WordIndex };
import { CLAUSE_LEAD_VERBS, NAMING_VERBS, TALLY_VERBS } from '../../vocab/metrics.js';
import { MORE_THAN_MARKERS } from '../../vocab/comparators.js';
import { DEADLINE_PATTERNS } from '../../vocab/deadlines.js';

/**
 * Precompiled, longest-first matchers over the vocabulary, built once per vocabulary. A word
 * list read at one place is a WordIndex over the words longest first: it finds the word a
 * sticky alternation of them would, and gives the list's own string, not a new one.
 */
export interface Matchers {
  readonly units: WordIndex;
  readonly unitByText: ReadonlyMap<string, UnitEntry>;
  readonly suffixes: WordIndex;
  readonly suffixByWord: ReadonlyMap<string, Comparator>;
  readonly prefixes: Vocabulary['prefixComparators'];
  readonly verbs: readonly string[];
  /** Any delivery verb, as one alternation (a clause is searched once, not once per verb). */
  readonly anyVerb: RegExp;
  readonly sloganNouns: WordIndex;
  readonly deadline: RegExp;
  /** The deadline patterns tried at one place (sticky). */
  readonly deadlineAt: RegExp;
  /** Whether the deadline patterns are the project's own, whose marks a scan may rely on (`DEADLINE_MARKS`). */
  readonly deadlineByMarks: boolean;
  /** Comparator words before a figure, by their last character (longest first within each). */
  readonly prefixesByLast: ReadonlyMap<number, Vocabulary['prefixComparators']>;
  /** Comparator words, by their first character. */
  readonly prefixesByFirst: ReadonlyMap<number, Vocabulary['prefixComparators']>;
  /** The first characters of comparator words, for scans that look for one. */
  readonly prefixStarts: Uint8Array;
  /** Their last characters, for looks back from a figure. */
  readonly prefixEnds: Uint8Array;
  /** How far back from a figure a comparator word may stand (the largest `maxGap`). */
  readonly maxPrefixGap: number;
  readonly verbIndex: WordIndex;
  /** Words after a figure's unit that make it a session's number (`全会`). */
  readonly sessionAfter: WordIndex;
  /** Delivery verbs and tally verbs (`累计`…), as one list. */
  readonly leadVerbs: WordIndex;
  /** Delivery verbs and the verbs that lead a clause (`推进`…), as one list. */
  readonly clauseVerbs: WordIndex;
  /**
   * Every character that may follow a figure when a unit is to be read after it: a unit's,
   * a comparator word's or a range separator's first character, or a word for "more than".
   */
  readonly unitFollows: Uint8Array;
}


const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const longestFirst = (words: readonly string[]) => byLength(words).map(escape).join('|');

const cache = new WeakMap<Vocabulary, Matchers>();

export function matchers(vocab: Vocabulary): Matchers {
  let m = cache.get(vocab);
  if (m) return m;
  const prefixes = [...vocab.prefixComparators].sort((a, b) => b.word.length - a.word.length);
  const verbs = [...vocab.deliveryVerbs].sort((a, b) => b.length - a.length);
  const prefixesByLast = new Map<number, (typeof prefixes)[number][]>();
  const prefixesByFirst = new Map<number, (typeof prefixes)[number][]>();
  for (const p of prefixes) {
    push(prefixesByLast, p.word.charCodeAt(p.word.length - 1), p);
    push(prefixesByFirst, p.word.charCodeAt(0), p);
  }
  m = {
    prefixesByLast,
    prefixesByFirst,
    prefixStarts: charTable(prefixes.map((p) => p.word.charAt(0)).join('')),
    prefixEnds: charTable(prefixes.map((p) => p.word.charAt(p.word.length - 1)).join('')),
    maxPrefixGap: Math.max(0, ...prefixes.map((p) => p.maxGap)),
    verbIndex: new WordIndex(verbs),
    sessionAfter: new WordIndex(vocab.notTargets.session.after),
    leadVerbs: new WordIndex([...verbs.filter((v) => !NAMING_VERBS.includes(v)), ...TALLY_VERBS]),
    clauseVerbs: new WordIndex([...verbs, ...CLAUSE_LEAD_VERBS]),
    unitFollows: charTable(
      [...vocab.units.map((u) => u.unit), ...vocab.suffixComparators.map((s) => s.word), ...vocab.rangeSeparators, ...MORE_THAN_MARKERS]
        .map((w) => w.charAt(0))
        .join(''),
    ),
    units: new WordIndex(byLength(vocab.units.map((u) => u.unit))),
    unitByText: new Map(vocab.units.map((u) => [u.unit, u])),
    suffixes: new WordIndex(byLength(vocab.suffixComparators.map((s) => s.word))),
    suffixByWord: new Map(vocab.suffixComparators.map((s) => [s.word, s.comparator])),
    prefixes,
    verbs,
    anyVerb: new RegExp(longestFirst(vocab.deliveryVerbs)),
    sloganNouns: new WordIndex(byLength(vocab.notTargets.countedSlogan.nouns)),
    deadline: new RegExp(vocab.deadlines.join('|'), 'g'),
    deadlineAt: new RegExp(vocab.deadlines.join('|'), 'y'),
    deadlineByMarks: vocab.deadlines.every((p) => DEADLINE_PATTERNS.includes(p)),
  };
  cache.set(vocab, m);
  return m;
}

// A yearbook's entry label (`【医政管理】全县平均住院日降至7.6天`) heads the clause after it; a slide's bullet
// (`▶ 新建村卫生室20个`) too. Not `·` (`3·15`) nor `○` (`二○二一年`).
const CLAUSE_BREAKS = '。；;，,：:！？!?\n】▶►●■◆•★☆▲◇';
const SENTENCE_BREAKS = '。；;！？!?\n';
export const CLAUSE_BREAK_CHARS = charTable(CLAUSE_BREAKS);
export const SENTENCE_BREAK_CHARS = charTable(SENTENCE_BREAKS);

/** Start of the clause that holds `index`, looking back at most `limit` characters. */
export function clauseStart(text: string, index: number, limit = 60): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) {
    if (CLAUSE_BREAK_CHARS[text.charCodeAt(i)] !== 1) continue;
    // `▶ 新建…`: the space a bullet is set off by is none of the clause.
    let start = i + 1;
    while (start < index && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
    return start;
  }
  return floor;
}

export function clauseEnd(text: string, index: number, limit = 60): number {
  const ceil = Math.min(text.length, index + limit);
  for (let i = index; i < ceil; i++) if (CLAUSE_BREAK_CHARS[text.charCodeAt(i)] === 1) return i;
  return ceil;
}

export function sentenceStart(text: string, index: number, limit = 200): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) if (SENTENCE_BREAK_CHARS[text.charCodeAt(i)] === 1) return i + 1;
  return floor;
}
