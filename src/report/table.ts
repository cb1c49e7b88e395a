import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { terminalStyle } from './style.js';
import type { Document } from '../types.js';
import { displayWidth, foldLine, padEnd, wrap } from './cjk-width.js';
import { type Group, type GroupBy, countTargets, documentHeading, formatTarget, groupHeading, groupTasks, taskNumber } from './format.js';
import { LABELS } from './labels.js';

export interface TableOptions {
  readonly groupBy: GroupBy;
  readonly color: boolean;
  /** Terminal width in columns. */
  readonly width: number;
}

const FIXED = { ordinal: 6, lead: 14, deadline: 12 };

/** Grouped terminal tables, wrapped by display width so Chinese text stays aligned. */
export async function renderTable(docs: readonly Document[], options: TableOptions): Promise<string> {
  const c = await terminalStyle(options.color);
  const out: string[] = [];
  const width = Math.max(72, options.width);
  // Borders and padding take 3 columns a cell plus one.
  const flexible = width - FIXED.ordinal - FIXED.lead - FIXED.deadline - 16;
  const taskWidth = Math.max(16, Math.floor(flexible * 0.45));
  const targetWidth = Math.max(16, flexible - taskWidth);
  // A line outside the tables, folded to the terminal and then styled, so that colour codes never count as width.
  const fold = (text: string, style: (line: string) => string = (line) => line) => foldLine(text, width).map((line) => style(line));
  for (const doc of docs) {
    out.push(...fold(documentHeading(doc), c.bold));
    if (docs.length > 1) out.push(...fold(doc.file, c.dim));
    for (const w of doc.messages.filter((m) => m.rule === 'no-tasks')) out.push(...fold(w.reason, c.yellow));
    if (doc.overview.length) {
      // A summary's headline figures stand outside every task.
      out.push('', ...fold(`${LABELS.headline}（${doc.overview.length} 个指标）`, c.cyan.bold));
      for (const x of doc.overview) out.push(...fold(`• ${formatTarget(x)}`));
    }
    for (const group of groupTasks(doc, options.groupBy)) {
      out.push('');
      out.push(...fold(groupHeading(group), c.cyan.bold));
      const table = new Table({
        head: [LABELS.ordinal, LABELS.task, LABELS.targets, LABELS.lead, LABELS.deadline].map((h) => c.bold(h)),
        colWidths: [FIXED.ordinal, taskWidth + 2, targetWidth + 2, FIXED.lead + 2, FIXED.deadline + 2],
        style: { head: [], border: [], compact: false },
        wordWrap: false,
      });
      for (const t of group.tasks) {
        const targets = t.targets.map((x) => `• ${formatTarget(x)}`).join('\n');
        const suggested = t.departments.suggested[0];
        table.push([
          taskNumber(t),
          cell(t.title, taskWidth),
          cell(targets, targetWidth),
          t.departments.lead.length
            ? cell(t.departments.lead.join('、'), FIXED.lead)
            : cellStyled(suggested ? `${suggested.name}（${LABELS.suggested}）` : '', FIXED.lead, c.dim),
          cell(t.deadlines.join('、'), FIXED.deadline),
        ]);
      }
      out.push(table.toString());
    }
    out.push('', ...renderOverview(groupTasks(doc, options.groupBy), width, c), '');
  }
  return out.join('\n');
}

const BAR_WIDTH = 20;
const LABEL_WIDTH = 28;

/** Tasks and targets per group as bars, so the shape of the plan is seen at a glance. */
export function renderOverview(groups: readonly Group[], width: number, c: ChalkInstance): string[] {
  const maxTasks = Math.max(1, ...groups.map((g) => g.tasks.length));
  const maxTargets = Math.max(1, ...groups.map((g) => countTargets(g.tasks)));
  const barWidth = Math.max(6, Math.min(BAR_WIDTH, Math.floor((width - LABEL_WIDTH - 20) / 2)));
  const lines = [c.bold(`${LABELS.overview}（${LABELS.task} / ${LABELS.targets}）`)];
  for (const g of groups) {
    const targets = countTargets(g.tasks);
    lines.push(
      `${padEnd(truncate(g.key, LABEL_WIDTH), LABEL_WIDTH)} ${c.cyan(padEnd(bar(g.tasks.length, maxTasks, barWidth), barWidth))} ${String(g.tasks.length).padStart(3)}  ${c.green(padEnd(bar(targets, maxTargets, barWidth), barWidth))} ${String(targets).padStart(3)}`,
    );
  }
  return lines;
}

function bar(value: number, max: number, width: number): string {
  if (value === 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? ' ▏▎▍▌▋▊▉'[eighths % 8] : '');
}

function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

function cell(text: string, width: number): string {
  return wrap(text, width).join('\n');
}

function cellStyled(text: string, width: number, style: (s: string) => string): string {
  return wrap(text, width).map((l) => (l ? style(l) : l)).join('\n');
}

