import Table from 'cli-table3';
import { terminalStyle } from './style.js';
import { wrap } from './cjk-width.js';
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
  const taskWidth = Math.max(16, width - fixed - 3 * columns - 1);
  const out: string[] = [];
  if (heading) out.push(c.bold(heading));
  out.push(dueSummary(list));
  for (const g of dueGroups(list)) {
    out.push('', c.cyan.bold(g.heading));
    const table = new Table({
      head: [LABELS.ordinal, LABELS.task, LABELS.lead, LABELS.deadline, LABELS.dueDate, LABELS.status, ...(multi ? [LABELS.fileShort] : [])].map((h) => c.bold(h)),
      colWidths: [FIXED.ordinal, taskWidth, FIXED.lead, FIXED.deadline, FIXED.due, FIXED.status, ...(multi ? [FIXED.file] : [])].map((w) => w + 2),
      style: { head: [], border: [], compact: false },
      wordWrap: false,
    });
    for (const x of g.items) {
      const lead = wrap(leadText(x), FIXED.lead).map((l) => (x.lead.length || !l ? l : c.dim(l))).join('\n');
      table.push([
        x.number,
        wrap(x.title, taskWidth).join('\n'),
        lead,
        wrap(x.deadline, FIXED.deadline).join('\n'),
        x.due ?? '—',
        x.overdue ? c.red.bold(LABELS.overdue) : '',
        ...(multi ? [wrap(sourceText(x), FIXED.file).join('\n')] : []),
      ]);
    }
    out.push(table.toString());
  }
  return out.join('\n') + '\n';
}
