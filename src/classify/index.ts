import type { DepartmentRule } from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { OTHER_THEME } from '../vocab/themes.js';
import { KeywordScanner } from '../vocab/keywords.js';
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
  const { scanner, uses } = keywordIndex(vocab);
  // One scan finds the keywords of themes and of departments alike.
  const inTitle = scanner.count(task.title);
  const inText = scanner.count(task.text.length > CLASSIFY_PREFIX ? task.text.slice(0, CLASSIFY_PREFIX) : task.text);
  const inSection = sectionTitle ? scanner.count(sectionTitle) : new Map<string, number>();
  const totals = new Map<string, number>();
  const add = (word: string, hits: number) => {
    for (const { theme, weight } of uses.get(word) ?? []) totals.set(theme, (totals.get(theme) ?? 0) + weight * hits);
  };
  for (const [word, n] of inTitle) add(word, 2 * n);
  for (const [word, n] of inText) add(word, Math.min(3, n));
  for (const [word, n] of inSection) add(word, n);
  const scores = [...totals.entries()].map(([name, score]) => ({ name, score }));
  scores.sort((a, b) => b.score - a.score);
  const top = scores[0]?.score ?? 0;
  const themes = top >= 2 ? scores.filter((s) => s.score >= top * SECONDARY_SHARE).slice(0, MAX_THEMES).map((s) => s.name) : [OTHER_THEME];
  const suggested = scoreDepartments(themes, vocab.departmentMap, inTitle, inText);
  return { ...task, themes, departments: { ...task.departments, suggested } };
}

interface KeywordIndex {
  readonly scanner: KeywordScanner;
  readonly uses: ReadonlyMap<string, readonly { theme: string; weight: number }[]>;
}

const indexes = new WeakMap<Vocabulary, KeywordIndex>();

/** All theme keywords in one longest-first alternation, so a text is scanned once. */
function keywordIndex(vocab: Vocabulary): KeywordIndex {
  let index = indexes.get(vocab);
  if (index) return index;
  const uses = new Map<string, { theme: string; weight: number }[]>();
  const departmentWords = vocab.departmentMap.flatMap((r) => r.keywords);
  for (const theme of vocab.themes) {
    for (const [word, weight] of Object.entries(theme.keywords)) {
      const list = uses.get(word) ?? [];
      list.push({ theme: theme.name, weight });
      uses.set(word, list);
    }
  }
  index = { scanner: new KeywordScanner([...uses.keys(), ...departmentWords]), uses };
  indexes.set(vocab, index);
  return index;
}

const keywordRules = new WeakMap<readonly DepartmentRule[], ReadonlyMap<string, readonly number[]>>();

/** Keyword → the rules that list it, so a task is scored by the few keywords it has, not every keyword of the map. */
function rulesByKeyword(map: readonly DepartmentRule[]): ReadonlyMap<string, readonly number[]> {
  let index = keywordRules.get(map);
  if (!index) {
    const built = new Map<string, number[]>();
    map.forEach((rule, i) => {
      for (const k of new Set(rule.keywords)) built.set(k, [...(built.get(k) ?? []), i]);
    });
    keywordRules.set(map, (index = built));
  }
  return index;
}

function scoreDepartments(themes: readonly string[], map: readonly DepartmentRule[], inTitle: ReadonlyMap<string, number>, inText: ReadonlyMap<string, number>): SuggestedDepartment[] {
  const scores = map.map((rule) => (rule.themes.includes(themes[0] ?? '') ? 3 : rule.themes.some((t) => themes.includes(t)) ? 1 : 0));
  const byKeyword = rulesByKeyword(map);
  for (const [k, n] of inTitle) for (const i of byKeyword.get(k) ?? []) scores[i]! += 2 * n;
  for (const [k, n] of inText) for (const i of byKeyword.get(k) ?? []) scores[i]! += Math.min(2, n);
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best < 0 || score > scores[best]!)) best = i;
  });
  if (best < 0 || scores[best]! < 3) return [];
  const rule = map[best]!;
  const theme = rule.themes.includes(themes[0] ?? '') ? themes[0] : rule.themes.find((t) => themes.includes(t));
  const keyword = rule.keywords.find((k) => (inTitle.get(k) ?? 0) + (inText.get(k) ?? 0) > 0);
  return [{ name: rule.name, rule: [theme ? `theme:${theme}` : '', keyword ? `keyword:${keyword}` : ''].filter(Boolean).join(' ') }];
}
