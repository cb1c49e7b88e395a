import type { Task } from '../types.js';
import { LABELS } from './labels.js';

/** `2023-06-30` → `2023-06`. */
export function monthOf(due: string): string {
  return due.slice(0, 7);
}

/** `2023-06` → `2023年6月`. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** A task's column in the month table: its due month, or 持续推进 / 时限未明; null without deadlines. */
export function monthColumn(t: Task): string | null {
  if (t.due) return monthOf(t.due);
  if (t.dueKind === 'ongoing') return LABELS.ongoing;
  if (t.dueKind === 'unknown') return LABELS.dueUnknown;
  return null;
}

/**
 * Tasks due per month and per lead department (a task with two leads counts
 * under each; one without a declared lead under 未标注), each task by its
 * earliest deadline. Documents are added one at a time, so a batch of any
 * size is counted without being held.
 */
export class MonthTally {
  private readonly cells = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  /** Tasks without any deadline. */
  undated = 0;

  add(t: Task): void {
    const column = monthColumn(t);
    if (column === null) {
      this.undated++;
      return;
    }
    this.totals.set(column, (this.totals.get(column) ?? 0) + 1);
    for (const lead of t.departments.lead.length ? t.departments.lead : [LABELS.unassigned]) {
      let row = this.cells.get(lead);
      if (!row) this.cells.set(lead, (row = new Map()));
      row.set(column, (row.get(column) ?? 0) + 1);
    }
  }

  /** Months in order, then 持续推进 and 时限未明 where any task has them. */
  columns(): string[] {
    const keys = [...this.totals.keys()];
    const months = keys.filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
    return [...months, ...[LABELS.ongoing, LABELS.dueUnknown].filter((k) => this.totals.has(k))];
  }

  /** Departments with the most dated tasks first, 未标注 last; each row's counts by `columns()` and its total. */
  rows(): { department: string; counts: number[]; total: number }[] {
    const columns = this.columns();
    const rows = [...this.cells.entries()].map(([department, row]) => {
      const counts = columns.map((c) => row.get(c) ?? 0);
      return { department, counts, total: counts.reduce((a, b) => a + b, 0) };
    });
    rows.sort((a, b) => Number(a.department === LABELS.unassigned) - Number(b.department === LABELS.unassigned) || b.total - a.total || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
    return rows;
  }

  /** Tasks per column, each task once. */
  columnTotals(): { counts: number[]; total: number } {
    const counts = this.columns().map((c) => this.totals.get(c) ?? 0);
    return { counts, total: counts.reduce((a, b) => a + b, 0) };
  }
}
