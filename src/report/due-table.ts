import Table from 'cli-table3';
import { terminalStyle } from './style.js';
import { foldLine, wrap } from './cjk-width.js';
import { fitColumns, tableChrome } from './columns.js';
import { type DueList, dueGroups, dueSummary, leadText, sourceText } from './due.js';
import { LABELS } from './labels.js';

export interface DueTableOptions {
  readonly color: boolean;
  /** Terminal width in columns. */
  readonly width: number;
}

const FIXED = { ordinal: 6, lead: 14, deadline: 12, due: 10, status: 6, file: 16 };

/**
 * The follow-up list for the terminal: a table per month, the tasks past due
 * marked 已逾期 (in red on a colour terminal), then those without a date.
 */
export async function renderDueTable(list: DueList, heading: string | null, options: DueTableOptions): Promise<string> {
  const c = await terminalStyle(options.color);
  const multi = list.documents > 1;
  const width = Math.max(72, options.width);
  const fixed = FIXED.ordinal + FIXED.lead + FIXED.deadline + FIXED.due + FIXED.status + (multi ? FIXED.file : 0);
  const columns = multi ? 7 : 6;
  // The task takes what the others leave; on a narrow terminal the task, lead, deadline and file give way, never the date or 已逾期.
  const base = [FIXED.ordinal, Math.max(16, width - fixed - tableChrome(columns)), FIXED.lead, FIXED.deadline, FIXED.due, FIXED.status, ...(multi ? [FIXED.file] : [])];
  const [ordinalWidth, taskWidth, leadWidth, deadlineWidth, dueWidth, statusWidth, fileWidth] = fitColumns(base, [false, true, true, true, false, false, true], width, [6, 8, 8, 6, 10, 6, 8]) as [number, number, number, number, number, number, number?];
  const out: string[] = [];
  // Lines outside the tables are folded to the terminal and then styled, so that colour codes never count as width.
  const fold = (text: string, style: (line: string) => string = (line) => line) => foldLine(text, width).map((line) => style(line));
  if (heading) out.push(...fold(heading, c.bold));
  out.push(...fold(dueSummary(list)));
  for (const g of dueGroups(list)) {
    out.push('', ...fold(g.heading, c.cyan.bold));
    const table = new Table({
      head: [LABELS.ordinal, LABELS.task, LABELS.lead, LABELS.deadline, LABELS.dueDate, LABELS.status, ...(multi ? [LABELS.fileShort] : [])].map((h) => c.bold(h)),
      colWidths: [ordinalWidth, taskWidth, leadWidth, deadlineWidth, dueWidth, statusWidth, ...(multi ? [fileWidth!] : [])].map((w) => w + 2),
      style: { head: [], border: [], compact: false },
      wordWrap: false,
    });
    for (const x of g.items) {
      const lead = wrap(leadText(x), leadWidth).map((l) => (x.lead.length || !l ? l : c.dim(l))).join('\n');
      table.push([
        wrap(x.number, ordinalWidth).join('\n'),
        wrap(x.title, taskWidth).join('\n'),
        lead,
        wrap(x.deadline, deadlineWidth).join('\n'),
        x.due ?? '—',
        x.overdue ? c.red.bold(LABELS.overdue) : '',
        ...(multi ? [wrap(sourceText(x), fileWidth!).join('\n')] : []),
      ]);
    }
    out.push(table.toString());
  }
  return out.join('\n') + '\n';
}
