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
  if (sectionTitle) scanner.scan(sectionTitle, inSection);
  const totals = index.totals.fill(0);
  const touched: number[] = [];
  const add = (hits: KeywordHits, weigh: (n: number) => number) => {
    for (const word of hits.found) {
      const n = weigh(hits.counts[word]!);
      for (const { theme, weight } of index.uses[word]!) {
        if (totals[theme] === 0 && !touched.includes(theme)) touched.push(theme);
        totals[theme]! += weight * n;
      }
    }
  };
  add(inTitle, (n) => 2 * n);
  add(inText, (n) => Math.min(3, n));
  add(inSection, (n) => n);
  const scores = touched.map((t) => ({ name: index.themes[t]!, score: totals[t]! }));
  scores.sort((a, b) => b.score - a.score);
  const top = scores[0]?.score ?? 0;
  const themes = top >= 2 ? scores.filter((s) => s.score >= top * SECONDARY_SHARE).slice(0, MAX_THEMES).map((s) => s.name) : [OTHER_THEME];
  const suggested = scoreDepartments(themes, vocab.departmentMap, index);
  inTitle.clear();
  inText.clear();
  inSection.clear();
  return { ...task, themes, departments: { ...task.departments, suggested } };
}

interface KeywordIndex {
  readonly scanner: KeywordScanner;
  readonly themes: readonly string[];
  /** Per keyword index: the themes it counts for (by index into `themes`), with their weights. */
  readonly uses: readonly (readonly { theme: number; weight: number }[])[];
  /** Per keyword index: the department rules that list it. */
  readonly rules: readonly (readonly number[])[];
  readonly idOf: ReadonlyMap<string, number>;
  // Scratch space of one classification, reused: classify runs to its end before the next starts.
  readonly totals: Float64Array;
  readonly inTitle: KeywordHits;
  readonly inText: KeywordHits;
  readonly inSection: KeywordHits;
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
  const rules = scanner.words.map(() => [] as number[]);
  vocab.departmentMap.forEach((rule, i) => {
    for (const k of new Set(rule.keywords)) rules[idOf.get(k)!]!.push(i);
  });
  const size = scanner.words.length;
  index = {
    scanner,
    themes: vocab.themes.map((t) => t.name),
    uses,
    rules,
    idOf,
    totals: new Float64Array(vocab.themes.length),
    inTitle: new KeywordHits(size),
    inText: new KeywordHits(size),
    inSection: new KeywordHits(size),
  };
  indexes.set(vocab, index);
  return index;
}

function scoreDepartments(themes: readonly string[], map: readonly DepartmentRule[], index: KeywordIndex): SuggestedDepartment[] {
  const { inTitle, inText } = index;
  const scores = map.map((rule) => (rule.themes.includes(themes[0] ?? '') ? 3 : rule.themes.some((t) => themes.includes(t)) ? 1 : 0));
  for (const k of inTitle.found) for (const i of index.rules[k]!) scores[i]! += 2 * inTitle.counts[k]!;
  for (const k of inText.found) for (const i of index.rules[k]!) scores[i]! += Math.min(2, inText.counts[k]!);
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best < 0 || score > scores[best]!)) best = i;
  });
  if (best < 0 || scores[best]! < 3) return [];
  const rule = map[best]!;
  const theme = rule.themes.includes(themes[0] ?? '') ? themes[0] : rule.themes.find((t) => themes.includes(t));
  const keyword = rule.keywords.find((k) => {
    const id = index.idOf.get(k)!;
    return inTitle.counts[id]! + inText.counts[id]! > 0;
  });
  return [{ name: rule.name, rule: [theme ? `theme:${theme}` : '', keyword ? `keyword:${keyword}` : ''].filter(Boolean).join(' ') }];
}
