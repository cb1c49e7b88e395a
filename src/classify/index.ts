import type { DepartmentRule } from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { OTHER_THEME } from '../vocab/themes.js';
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
  const { pattern, uses } = keywordIndex(vocab);
  const inTitle = countAll(pattern, task.title);
  const inText = countAll(pattern, task.text.length > CLASSIFY_PREFIX ? task.text.slice(0, CLASSIFY_PREFIX) : task.text);
  const inSection = sectionTitle ? countAll(pattern, sectionTitle) : new Map<string, number>();
  const totals = new Map<string, number>();
  for (const word of new Set([...inTitle.keys(), ...inText.keys(), ...inSection.keys()])) {
    const hits = 2 * (inTitle.get(word) ?? 0) + Math.min(3, inText.get(word) ?? 0) + (inSection.get(word) ?? 0);
    for (const { theme, weight } of uses.get(word) ?? []) totals.set(theme, (totals.get(theme) ?? 0) + weight * hits);
  }
  const scores = [...totals.entries()].map(([name, score]) => ({ name, score }));
  scores.sort((a, b) => b.score - a.score);
  const top = scores[0]?.score ?? 0;
  const themes = top >= 2 ? scores.filter((s) => s.score >= top * SECONDARY_SHARE).slice(0, MAX_THEMES).map((s) => s.name) : [OTHER_THEME];
  const suggested = suggestDepartments(task, themes, vocab.departmentMap);
  return { ...task, themes, departments: { ...task.departments, suggested } };
}

interface KeywordIndex {
  readonly pattern: RegExp;
  readonly uses: ReadonlyMap<string, readonly { theme: string; weight: number }[]>;
}

const indexes = new WeakMap<Vocabulary, KeywordIndex>();

/** All theme keywords in one longest-first alternation, so a text is scanned once. */
function keywordIndex(vocab: Vocabulary): KeywordIndex {
  let index = indexes.get(vocab);
  if (index) return index;
  const uses = new Map<string, { theme: string; weight: number }[]>();
  for (const theme of vocab.themes) {
    for (const [word, weight] of Object.entries(theme.keywords)) {
      const list = uses.get(word) ?? [];
      list.push({ theme: theme.name, weight });
      uses.set(word, list);
    }
  }
  const words = [...uses.keys()].sort((a, b) => b.length - a.length);
  index = { pattern: new RegExp(words.join('|'), 'g'), uses };
  indexes.set(vocab, index);
  return index;
}

function countAll(pattern: RegExp, text: string): Map<string, number> {
  const out = new Map<string, number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}


const departmentPatterns = new WeakMap<readonly DepartmentRule[], RegExp | null>();

function departmentPattern(map: readonly DepartmentRule[]): RegExp | null {
  if (departmentPatterns.has(map)) return departmentPatterns.get(map)!;
  const words = [...new Set(map.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = words.length ? new RegExp(words.join('|'), 'g') : null;
  departmentPatterns.set(map, pattern);
  return pattern;
}

/** The department whose themes and keywords fit the task best, with the rule that chose it. */
export function suggestDepartments(task: Pick<Task, 'title' | 'text'>, themes: readonly string[], map: readonly DepartmentRule[]): SuggestedDepartment[] {
  const pattern = departmentPattern(map);
  const inTitle = pattern ? countAll(pattern, task.title) : new Map<string, number>();
  const inText = pattern ? countAll(pattern, task.text.length > CLASSIFY_PREFIX ? task.text.slice(0, CLASSIFY_PREFIX) : task.text) : new Map<string, number>();
  let best: { rule: DepartmentRule; score: number; why: string } | null = null;
  for (const rule of map) {
    let score = 0;
    let why = '';
    const theme = rule.themes.find((t) => themes[0] === t) ?? rule.themes.find((t) => themes.includes(t));
    if (theme) {
      score += theme === themes[0] ? 3 : 1;
      why = `theme:${theme}`;
    }
    for (const k of rule.keywords) {
      const hits = 2 * (inTitle.get(k) ?? 0) + Math.min(2, inText.get(k) ?? 0);
      if (hits > 0) {
        score += hits;
        if (!why.includes('keyword')) why += `${why ? ' ' : ''}keyword:${k}`;
      }
    }
    if (score > (best?.score ?? 0)) best = { rule, score, why };
  }
  return best && best.score >= 3 ? [{ name: best.rule.name, rule: best.why }] : [];
}
