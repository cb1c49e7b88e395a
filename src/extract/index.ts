import { spanToSource } from '../normalize/index.js';
import type { DocumentMeta, Normalized, Section, Target, TargetKind, Task, TaskDraft } from '../types.js';
import type { Vocabulary } from '../vocab/index.js';
import { extractDeadlines } from './deadlines.js';
import { extractDepartments } from './departments.js';
import { SENTENCE_BREAK } from './targets/context.js';
import { recognizeTargets } from './targets/recognize.js';

/** Sections of a summary that look ahead: what they state are targets, not results. */
const FORWARD_SECTION = /(计划|打算|安排|思路|目标|举措)/;

/**
 * Extracts targets, declared departments and deadlines of one task. Themes and
 * suggested departments are left empty for `classify`.
 */
export function extractTask(
  draft: TaskDraft,
  normalized: Normalized,
  meta: DocumentMeta,
  sections: readonly Section[],
  vocab: Vocabulary,
): Task {
  const text = draft.text;
  const deadlines = extractDeadlines(text, vocab);
  const section = draft.section ? sections[draft.section - 1] : undefined;
  const kind: TargetKind = meta.kind === 'summary' && !(section && FORWARD_SECTION.test(section.title)) ? 'achievement' : 'target';
  const { targets: mentions } = recognizeTargets(text, vocab, { kind: kind === 'achievement' ? 'summary' : 'plan' });
  const targets: Target[] = mentions.map((t) => {
    const span = spanToSource(normalized, draft.offset + t.start, draft.offset + t.end);
    const deadline = deadlineFor(text, t.figure.start, deadlines);
    const base = {
      kind,
      text: normalized.source.text.slice(span.start, span.end),
      metric: t.metric,
      comparator: t.comparator,
      value: t.figure.value,
      ...(t.valueMax !== undefined ? { valueMax: t.valueMax } : {}),
      unit: t.unit,
      deadline,
      span,
      rule: t.rule,
    };
    return t.figure.value === null ? { ...base, redacted: true as const } : base;
  });
  const declared = extractDepartments(text, vocab);
  return {
    ordinal: draft.ordinal,
    number: draft.number,
    section: draft.section,
    title: draft.title,
    text,
    themes: [],
    departments: { lead: declared.lead, support: declared.support, suggested: [] },
    deadlines: [...new Set(deadlines.map((d) => d.text))],
    targets,
    span: draft.span,
  };
}

/** The nearest deadline before a target in its sentence. */
function deadlineFor(text: string, at: number, deadlines: readonly { start: number; end: number; text: string }[]): string | null {
  let best: string | null = null;
  for (const d of deadlines) {
    if (d.end > at) break;
    let crossed = false;
    for (let i = d.end; i < at; i++) {
      if (SENTENCE_BREAK.test(text[i]!)) {
        crossed = true;
        break;
      }
    }
    if (!crossed) best = d.text;
  }
  return best;
}
