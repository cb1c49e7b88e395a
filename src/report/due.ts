import { basename } from 'node:path';
import type { Document, DueKind, Task } from '../types.js';
import { dueDeadline } from '../extract/due.js';
import { csvCell } from './csv.js';
import { SCHEMA_VERSION, type DueJson } from './contract.js';
import { formatTarget, taskNumber } from './format.js';
import { LABELS } from './labels.js';
import { monthLabel, monthOf } from './months.js';

/** One task of the follow-up list (督查督办): when it is due, by whom, and whether that day has passed. */
export interface DueItem {
  readonly file: string;
  readonly document: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly ordinal: number;
  readonly number: string;
  readonly title: string;
  readonly lead: readonly string[];
  /** The department suggested for a task that names no lead. */
  readonly suggestedLead: string | null;
  readonly support: readonly string[];
  readonly targets: readonly string[];
  /** The words of the deadline it is due by (its earliest). */
  readonly deadline: string;
  readonly due: string | null;
  readonly dueKind: DueKind;
  /** `YYYY-MM` of `due`. */
  readonly month: string | null;
  /** `due` is before the as-of date. */
  readonly overdue: boolean;
}

export interface DueWindow {
  /** ISO date: a task due before it is overdue. */
  readonly asOf: string;
  /** Only tasks due on or after / on or before these ISO dates; with either, tasks without a date are left out. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface DueList extends DueWindow {
  /** Dated tasks by due date, then those with no date (长期持续, 时限未明), each in document order. */
  readonly items: readonly DueItem[];
  /** Tasks with no deadline at all. */
  readonly undated: number;
  readonly documents: number;
}

/** The tasks of one document that the list shows, and how many have no deadline. */
export function dueItems(doc: Document, window: DueWindow): { items: DueItem[]; undated: number } {
  const items: DueItem[] = [];
  let undated = 0;
  const ranged = window.from !== null || window.to !== null;
  for (const t of doc.tasks) {
    // A summary's results (`全年新增…`) are done, not due: only aims are followed up.
    if (t.kind === 'achievement') continue;
    const d = dueDeadline(t);
    if (!d || !t.dueKind) {
      undated++;
      continue;
    }
    if (t.due ? (window.from !== null && t.due < window.from) || (window.to !== null && t.due > window.to) : ranged) continue;
    items.push(item(doc, t, d.text, t.dueKind, window.asOf));
  }
  return { items, undated };
}

function item(doc: Document, t: Task, deadline: string, dueKind: DueKind, asOf: string): DueItem {
  return {
    file: doc.file,
    document: doc.title,
    year: doc.year,
    region: doc.region,
    ordinal: t.ordinal,
    number: taskNumber(t),
    title: t.title,
    lead: t.departments.lead,
    suggestedLead: t.departments.lead.length ? null : (t.departments.suggested[0]?.name ?? null),
    support: t.departments.support,
    targets: t.targets.map(formatTarget),
    deadline,
    due: t.due,
    dueKind,
    month: t.due ? monthOf(t.due) : null,
    overdue: t.due !== null && t.due < asOf,
  };
}

/** Items gathered document by document, put in order once all are in: by date, the dateless last, documents in their order. */
export function dueList(window: DueWindow, perDocument: readonly { items: readonly DueItem[]; undated: number }[]): DueList {
  const all = perDocument.flatMap((d) => d.items);
  const dated = all.filter((x) => x.due !== null);
  // Stable: equal dates keep the files' and tasks' order.
  dated.sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
  const rest = [...all.filter((x) => x.dueKind === 'ongoing'), ...all.filter((x) => x.due === null && x.dueKind !== 'ongoing')];
  return { ...window, items: [...dated, ...rest], undated: perDocument.reduce((n, d) => n + d.undated, 0), documents: perDocument.length };
}

export interface DueGroup {
  /** `YYYY-MM`, or 长期持续 / 时限未明. */
  readonly key: string;
  readonly heading: string;
  readonly items: readonly DueItem[];
}

/** The list by month, then the tasks without a date. */
export function dueGroups(list: DueList): DueGroup[] {
  const groups = new Map<string, DueItem[]>();
  for (const x of list.items) {
    const key = x.month ?? (x.dueKind === 'ongoing' ? LABELS.ongoing : LABELS.dueUnknown);
    const g = groups.get(key) ?? [];
    g.push(x);
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, items]) => {
    const overdue = items.filter((x) => x.overdue).length;
    const label = /^\d{4}-\d{2}$/.test(key) ? monthLabel(key) : key;
    return { key, items, heading: `${label}（${LABELS.dueCount(items.length)}${overdue ? `，${LABELS.overdueCount(overdue)}` : ''}）` };
  });
}

/** `截至 2023-07-01：2 项任务有时限，1 项已逾期；另有 14 项任务未写时限` */
export function dueSummary(list: DueList): string {
  const overdue = list.items.filter((x) => x.overdue).length;
  const range = list.from || list.to ? `（${list.from ?? ''}—${list.to ?? ''}）` : '';
  return `${LABELS.asOf(list.asOf)}${range}：${LABELS.dueTasks(list.items.length)}，${LABELS.overdueCount(overdue)}${list.undated ? `；${LABELS.undated(list.undated)}` : ''}`;
}

/** The lead as the list shows it: declared, else the suggestion marked 建议. */
export function leadText(x: DueItem): string {
  if (x.lead.length) return x.lead.join('、');
  return x.suggestedLead ? `${x.suggestedLead}（${LABELS.suggested}）` : '';
}

/** Which document an item comes from, in a list of several. */
export function sourceText(x: DueItem): string {
  return basename(x.file);
}

/** The list as the output contract writes it (schema/due.schema.json). */
export function renderDueJson(list: DueList): string {
  const value: DueJson = {
    schemaVersion: SCHEMA_VERSION,
    asOf: list.asOf,
    from: list.from,
    to: list.to,
    tasks: list.items.map((x) => ({
      file: x.file,
      document: x.document,
      year: x.year,
      region: x.region,
      ordinal: x.ordinal,
      number: x.number,
      title: x.title,
      lead: x.lead,
      suggestedLead: x.suggestedLead,
      support: x.support,
      deadline: x.deadline,
      due: x.due,
      dueKind: x.dueKind,
      month: x.month,
      overdue: x.overdue,
    })),
    undated: list.undated,
  };
  return JSON.stringify(value, null, 2) + '\n';
}

/** One row per task, UTF-8 with BOM for Excel; a batch adds 文件. */
export function renderDueCsv(list: DueList): string {
  const multi = list.documents > 1;
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',') + '\r\n';
  let out = '\ufeff' + line([LABELS.month, LABELS.dueDate, LABELS.status, LABELS.deadline, ...(multi ? [LABELS.file] : []), LABELS.ordinal, LABELS.task, LABELS.lead, LABELS.support]);
  for (const x of list.items) {
    const month = x.month ? monthLabel(x.month) : x.dueKind === 'ongoing' ? LABELS.ongoing : LABELS.dueUnknown;
    out += line([month, x.due ?? '', x.overdue ? LABELS.overdue : '', x.deadline, ...(multi ? [x.file] : []), x.number, x.title, leadText(x), x.support.join('、')]);
  }
  return out;
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function renderDueMarkdown(list: DueList): string {
  const multi = list.documents > 1;
  const out = [`# ${LABELS.dueTitle}`, '', dueSummary(list), ''];
  const head = [LABELS.ordinal, LABELS.task, LABELS.lead, LABELS.deadline, LABELS.dueDate, LABELS.status, ...(multi ? [LABELS.fileShort] : [])];
  for (const g of dueGroups(list)) {
    out.push(`## ${g.heading}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const x of g.items) {
      const cells = [x.number, x.title, leadText(x), x.deadline, x.due ?? '', x.overdue ? `**${LABELS.overdue}**` : '', ...(multi ? [sourceText(x)] : [])];
      out.push(`| ${cells.map(mdCell).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
