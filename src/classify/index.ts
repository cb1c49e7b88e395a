import type { DepartmentRule } from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';
import { OTHER_THEME } from '../vocab/themes.js';
import type { SuggestedDepartment, Task } from '../types.js';

/** A secondary theme must score at least this share of the first. */
const SECONDARY_SHARE = 0.6;
const MAX_THEMES = 3;

/**
 * Gives a task its themes from the keyword taxonomy (title hits count twice,
 * the section heading once) and suggests departments from the theme map.
 * Declared departments are kept as they are: suggestions never replace them.
 */
export function classify(task: Task, sectionTitle: string | undefined, vocab: Vocabulary): Task {
  const scores: { name: string; score: number }[] = [];
  for (const theme of vocab.themes) {
    let score = 0;
    for (const [word, weight] of Object.entries(theme.keywords)) {
      score += weight * (2 * count(task.title, word) + Math.min(3, count(task.text, word)) + (sectionTitle ? count(sectionTitle, word) : 0));
    }
    if (score > 0) scores.push({ name: theme.name, score });
  }
  scores.sort((a, b) => b.score - a.score);
  const top = scores[0]?.score ?? 0;
  const themes = top >= 2 ? scores.filter((s) => s.score >= top * SECONDARY_SHARE).slice(0, MAX_THEMES).map((s) => s.name) : [OTHER_THEME];
  const suggested = suggestDepartments(task, themes, vocab.departmentMap);
  return { ...task, themes, departments: { ...task.departments, suggested } };
}

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** The department whose themes and keywords fit the task best, with the rule that chose it. */
export function suggestDepartments(task: Pick<Task, 'title' | 'text'>, themes: readonly string[], map: readonly DepartmentRule[]): SuggestedDepartment[] {
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
      const hits = 2 * count(task.title, k) + Math.min(2, count(task.text, k));
      if (hits > 0) {
        score += hits;
        if (!why.includes('keyword')) why += `${why ? ' ' : ''}keyword:${k}`;
      }
    }
    if (score > (best?.score ?? 0)) best = { rule, score, why };
  }
  return best && best.score >= 3 ? [{ name: best.rule.name, rule: best.why }] : [];
}
