import type { Document } from '../types.js';
import { type GroupBy, documentHeading, formatTarget, groupHeading, groupTasks, taskNumber } from './format.js';
import { LABELS } from './labels.js';

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table per group, for pasting into a report. */
export function renderMarkdown(docs: readonly Document[], groupBy: GroupBy): string {
  const out: string[] = [];
  for (const doc of docs) {
    out.push(`# ${documentHeading(doc)}`, '');
    for (const g of groupTasks(doc, groupBy)) {
      out.push(`## ${groupHeading(g)}`, '');
      out.push(`| ${LABELS.ordinal} | ${LABELS.task} | ${LABELS.targets} | ${LABELS.lead} | ${LABELS.deadline} |`);
      out.push('|---|---|---|---|---|');
      for (const t of g.tasks) {
        out.push(
          `| ${[taskNumber(t), t.title, t.targets.map(formatTarget).join('\n'), t.departments.lead.join('、'), t.deadlines.join('、')].map(mdCell).join(' | ')} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}
