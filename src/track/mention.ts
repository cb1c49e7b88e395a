import { taskText } from '../compare/align.js';
import { grams, Weigher } from '../compare/similarity.js';
import { foldWidth } from '../normalize/width.js';
import type { Document, Span, Target, Task } from '../types.js';
import { STOPWORDS } from '../vocab/stopwords.js';
import { SparseIndex } from './sparse.js';
import { metricText, withoutFigures } from './text.js';
import type { Evidence } from './types.js';

export interface MentionOptions {
  readonly mentionThreshold: number;
  readonly targetMentionThreshold: number;
  readonly summaryText?: string;
}

export interface Mention {
  readonly evidence: Evidence | null;
  readonly score: number;
}

/** A stretch of the summary's results: a sentence, a clause of one, or a headline figure's words. */
interface Passage {
  readonly text: string;
  /** Offset in its task's text; for a headline figure, its span is known. */
  readonly offset: number;
  readonly task: Task | null;
  readonly span?: Span;
}

const SENTENCE = /[^。；;！？!?\n]+/g;
const CLAUSE = /[^。；;！？!?\n,，:：]+/g;
/** `（牵头科室：医政科）`: who does a task is no part of what it is about. */
const DEPARTMENT_NOTE = /[(（][^()（）]*(?:科室|单位|部门)[^()（）]*[)）]?/g;

/**
 * Whether the summary speaks of each task of the plan: the best cosine between
 * any of the task's views (its whole text, its title, each of its sentences)
 * and any passage of the summary's results (each sentence, each clause, each
 * headline figure's words), on character n-grams weighted by rarity. Views of
 * several lengths meet passages of several lengths, so a short clause
 * (`全市电子健康码应用人数突破260万`) can answer a short title (`推广电子健康码`)
 * and a sentence a whole task. See test/track/mention.test.ts for the threshold.
 */
export function mentionsOf(plan: Document, summary: Document, targets: readonly Target[], o: MentionOptions): { tasks: Map<Task, Mention>; targets: Map<Target, Mention> } {
  const tasks = plan.tasks.filter((t) => t.kind === 'target');
  const passages: Passage[] = [];
  // A sentence without a comma is also its own clause: once is enough.
  const seen = new Set<string>();
  for (const task of summary.tasks) {
    if (task.kind !== 'achievement') continue;
    for (const re of [SENTENCE, CLAUSE]) {
      for (const m of task.text.matchAll(re)) {
        const text = m[0].trim();
        const key = `${task.ordinal}\u0000${m.index + m[0].indexOf(text)}\u0000${text}`;
        if (chineseLength(text) >= 4 && !seen.has(key)) {
          seen.add(key);
          passages.push({ text, offset: m.index + m[0].indexOf(text), task });
        }
      }
    }
  }
  for (const t of summary.overview) if (t.kind === 'achievement') passages.push({ text: t.text, offset: 0, task: null, span: t.span });
  const taskViews = tasks.map((t) => {
    const text = t.text.replace(DEPARTMENT_NOTE, '');
    const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0]).filter((x) => chineseLength(x) >= 4);
    return [taskText(t), t.title, ...sentences].map((x) => grams(withoutFigures(x)));
  });
  // A target the summary gives no figure for may still be spoken of (`基层中医馆实现全覆盖`): by its metric, not its clause, which a list shares.
  const targetViews = targets.map((t) => [grams(metricText(t))]);
  const pg = passages.map((p) => grams(withoutFigures(p.text)));
  const weigher = new Weigher([...taskViews.flat(), ...targetViews.flat(), ...pg], STOPWORDS);
  const index = new SparseIndex(pg.map((g) => weigher.vector(g)));
  const best = (views: readonly Map<string, number>[], threshold: number): Mention => {
    let at = -1;
    let score = 0;
    for (const view of views) {
      const hit = index.best(weigher.vector(view));
      if (hit.score > score) ({ at, score } = hit);
    }
    return { evidence: at >= 0 && score >= threshold ? locate(passages[at]!, o.summaryText) : null, score: round(score) };
  };
  return {
    tasks: new Map(tasks.map((t, i) => [t, best(taskViews[i]!, o.mentionThreshold)])),
    targets: new Map(targets.map((t, i) => [t, best(targetViews[i]!, o.targetMentionThreshold)])),
  };
}

function chineseLength(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** The passage verbatim in the source, found in its task's span (widths folded as the reader folds them). */
function locate(p: Passage, source: string | undefined): Evidence {
  if (p.span) return { text: p.text, span: p.span, task: null };
  const task = p.task!;
  if (source !== undefined) {
    const { start, end } = task.span;
    const at = foldWidth(source.slice(start, end)).indexOf(p.text);
    if (at >= 0) return { text: source.slice(start + at, start + at + p.text.length), span: { start: start + at, end: start + at + p.text.length }, task };
  }
  return { text: p.text, span: task.span, task };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
