import type { DepartmentRule } from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { OTHER_THEME } from '../vocab/themes.js';
import { KeywordHits, KeywordScanner } from '../vocab/keywords.js';
import type { SuggestedDepartment, Task } from '../types.js';

/** What a task is about is clear from its start; a very long task is read no further than this. */
const CLASSIFY_PREFIX = 3000;
/** A secondary theme must score at least this share of the first. */
const SECONDARY_SHARE = 0.6;
const MAX_THEMES = 3;

/**
 * Gives a task its themes from the keyword taxonomy (title hits count twice,
 * the section heading once) and suggests departments from the theme map.
 * Declared departments are kept as they are: suggestions never replace them.
 */
export function classify(task: Task, sectionTitle: string | undefined, vocab: Vocabulary): Task {
  const index = keywordIndex(vocab);
  const { scanner, inTitle, inText, inSection } = index;
  // One scan finds the keywords of themes and of departments alike.
  scanner.scan(task.title, inTitle);
  scanner.scan(task.text.length > CLASSIFY_PREFIX ? task.text.slice(0, CLASSIFY_PREFIX) : task.text, inText);
  // The tasks of a section come one after another: its heading is scanned once for them all.
  if (sectionTitle !== index.section.title) {
    inSection.clear();
    if (sectionTitle) scanner.scan(sectionTitle, inSection);
    index.section.title = sectionTitle;
  }
  const totals = index.totals.fill(0);
  index.seen.fill(0);
  // Themes in the order first scored, which breaks ties as the document reads.
  const touched: number[] = [];
  addThemeScores(index, inTitle, TITLE_WEIGHT, totals, touched);
  addThemeScores(index, inText, TEXT_WEIGHT, totals, touched);
  addThemeScores(index, inSection, SECTION_WEIGHT, totals, touched);
  sortByScore(touched, totals);
  const top = touched.length > 0 ? totals[touched[0]!]! : 0;
  const picked = top >= 2 ? touched.filter((t) => totals[t]! >= top * SECONDARY_SHARE).slice(0, MAX_THEMES) : [index.other];
  const themes = picked.map((t) => index.themes[t]!);
  const suggested = scoreDepartments(picked, vocab.departmentMap, index);
  inTitle.clear();
  inText.clear();
  return { ...task, themes, departments: { ...task.departments, suggested } };
}

/**
 * Highest score first, ties kept in the order first scored (as a stable sort keeps them): a task
 * touches a few themes, where an insertion sort costs less than a sort with a comparator.
 */
function sortByScore(touched: number[], totals: Float64Array): void {
  for (let i = 1; i < touched.length; i++) {
    const t = touched[i]!;
    const score = totals[t]!;
    let j = i - 1;
    for (; j >= 0 && totals[touched[j]!]! < score; j--) touched[j + 1] = touched[j]!;
    touched[j + 1] = t;
  }
}

const TITLE_WEIGHT = (n: number) => 2 * n;
const TEXT_WEIGHT = (n: number) => Math.min(3, n);
const SECTION_WEIGHT = (n: number) => n;

function addThemeScores(index: KeywordIndex, hits: KeywordHits, weigh: (n: number) => number, totals: Float64Array, touched: number[]): void {
  const { useStart, useTheme, useWeight, seen } = index;
  for (const word of hits.found) {
    const n = weigh(hits.counts[word]!);
    for (let u = useStart[word]!; u < useStart[word + 1]!; u++) {
      const theme = useTheme[u]!;
      if (seen[theme] === 0) {
        seen[theme] = 1;
        touched.push(theme);
      }
      totals[theme]! += useWeight[u]! * n;
    }
  }
}

interface KeywordIndex {
  readonly scanner: KeywordScanner;
  /** The vocabulary's themes, then OTHER_THEME. */
  readonly themes: readonly string[];
  readonly other: number;
  /** The themes a keyword counts for, with their weights: keyword k's are at `useStart[k]` up to `useStart[k + 1]`. */
  readonly useStart: Int32Array;
  readonly useTheme: Int32Array;
  readonly useWeight: Float64Array;
  /** Per keyword index: the department rules that list it. */
  readonly rules: readonly (readonly number[])[];
  /** Per department rule: the themes it serves, by index into `themes`. */
  readonly ruleThemes: readonly (readonly number[])[];
  readonly idOf: ReadonlyMap<string, number>;
  // Scratch space of one classification, reused: classify runs to its end before the next starts.
  readonly totals: Float64Array;
  /** Per theme: whether the task at hand has scored it yet. */
  readonly seen: Uint8Array;
  readonly inTitle: KeywordHits;
  readonly inText: KeywordHits;
  /** The hits of the last section heading scanned, kept while its tasks are classified. */
  readonly inSection: KeywordHits;
  readonly section: { title: string | undefined };
  /** Per set of themes (`themeScores`), and the scores of the task at hand. */
  readonly byThemes: Map<number, Int32Array>;
  readonly ruleScores: Int32Array;
}

const indexes = new WeakMap<Vocabulary, KeywordIndex>();

/** Theme and department keywords in one scanner, so a text is scanned once. */
function keywordIndex(vocab: Vocabulary): KeywordIndex {
  let index = indexes.get(vocab);
  if (index) return index;
  const themeWords = vocab.themes.flatMap((t) => Object.keys(t.keywords));
  const departmentWords = vocab.departmentMap.flatMap((r) => r.keywords);
  const scanner = new KeywordScanner([...new Set(themeWords), ...departmentWords]);
  const idOf = new Map(scanner.words.map((w, i) => [w, i]));
  const uses = scanner.words.map(() => [] as { theme: number; weight: number }[]);
  vocab.themes.forEach((theme, t) => {
    for (const [word, weight] of Object.entries(theme.keywords)) uses[idOf.get(word)!]!.push({ theme: t, weight });
  });
  const useStart = new Int32Array(uses.length + 1);
  uses.forEach((u, k) => (useStart[k + 1] = useStart[k]! + u.length));
  const flat = uses.flat();
  const rules = scanner.words.map(() => [] as number[]);
  vocab.departmentMap.forEach((rule, i) => {
    for (const k of new Set(rule.keywords)) rules[idOf.get(k)!]!.push(i);
  });
  const size = scanner.words.length;
  index = {
    scanner,
    themes: [...vocab.themes.map((t) => t.name), OTHER_THEME],
    other: vocab.themes.length,
    useStart,
    useTheme: Int32Array.from(flat, (u) => u.theme),
    useWeight: Float64Array.from(flat, (u) => u.weight),
    rules,
    ruleThemes: vocab.departmentMap.map((rule) => rule.themes.map((t) => (t === OTHER_THEME ? vocab.themes.length : vocab.themes.findIndex((x) => x.name === t)))),
    idOf,
    totals: new Float64Array(vocab.themes.length),
    seen: new Uint8Array(vocab.themes.length),
    inTitle: new KeywordHits(size),
    inText: new KeywordHits(size),
    inSection: new KeywordHits(size),
    section: { title: undefined },
    byThemes: new Map(),
    ruleScores: new Int32Array(vocab.departmentMap.length),
  };
  indexes.set(vocab, index);
  return index;
}

/**
 * What each department rule scores from the themes alone: 3 where it serves the main theme, 1 where
 * it serves another. Tasks share a few sets of themes, so each set is scored once.
 */
function themeScores(themes: readonly number[], index: KeywordIndex): Int32Array {
  // A number for the set, in order: a task has at most MAX_THEMES, each an index below `themes.length`.
  let key = 0;
  for (const t of themes) key = key * (index.themes.length + 1) + t + 1;
  let scores = index.byThemes.get(key);
  if (!scores) {
    const main = themes[0]!;
    scores = Int32Array.from(index.ruleThemes, (own) => (own.includes(main) ? 3 : own.some((t) => themes.includes(t)) ? 1 : 0));
    index.byThemes.set(key, scores);
  }
  return scores;
}

/** `themes`: the task's themes by index into `index.themes`, the main one first. */
function scoreDepartments(themes: readonly number[], map: readonly DepartmentRule[], index: KeywordIndex): SuggestedDepartment[] {
  const { inTitle, inText } = index;
  const main = themes[0]!;
  const scores = index.ruleScores;
  scores.set(themeScores(themes, index));
  for (const k of inTitle.found) for (const i of index.rules[k]!) scores[i]! += 2 * inTitle.counts[k]!;
  for (const k of inText.found) for (const i of index.rules[k]!) scores[i]! += Math.min(2, inText.counts[k]!);
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0 && (best < 0 || scores[i]! > scores[best]!)) best = i;
  }
  if (best < 0 || scores[best]! < 3) return [];
  const rule = map[best]!;
  const own = index.ruleThemes[best]!;
  const themeIndex = own.includes(main) ? main : own.find((t) => themes.includes(t));
  const theme = themeIndex === undefined ? undefined : index.themes[themeIndex];
  const keyword = rule.keywords.find((k) => {
    const id = index.idOf.get(k)!;
    return inTitle.counts[id]! + inText.counts[id]! > 0;
  });
  const why = theme ? (keyword ? `theme:${theme} keyword:${keyword}` : `theme:${theme}`) : keyword ? `keyword:${keyword}` : '';
  return [{ name: rule.name, rule: why }];
}
