import { HEADING_YEAR, TABLE_COLUMNS, type TableColumnRole } from '../vocab/tables.js';

/** A cell as a reader finds it: its text, and how many rows and columns it spans. */
export interface TableCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

interface GridCell {
  readonly text: string;
  /** `above`: the lower part of a cell merged down from the row above. */
  readonly from: 'own' | 'above' | 'left';
}

/** Header rows are looked for among the first rows only. */
const HEADER_SEARCH = 3;

/**
 * A task table (任务分解表: 序号 | 重点任务 | 具体内容 | 牵头科室 | 完成时限) as plan
 * lines the segmenter reads like typed text: `1.重点任务。具体内容（牵头科室：…）（完成时限：…）`.
 * Rows under a task merged down from above continue that task; a row that is
 * one cell across is a heading. Null when the table has no such header.
 */
export function tableLines(rows: readonly (readonly TableCell[])[]): string[] | null {
  const grid = toGrid(rows);
  const header = grid.slice(0, HEADER_SEARCH).findIndex((row) => {
    const roles = row.map((c) => roleOf(c.text));
    return roles.filter(Boolean).length >= 2 && (roles.includes('title') || roles.includes('text'));
  });
  if (header < 0) return null;
  const roles = grid[header]!.map((c) => (c.from === 'own' ? roleOf(c.text) : null));
  const column = (role: TableColumnRole) => roles.indexOf(role);
  const lines: string[] = [];
  for (const row of grid.slice(header + 1)) {
    const own = row.filter((c) => c.from === 'own' && c.text);
    if (own.length === 0) continue;
    if (own.length === 1 && row.every((c) => c.from !== 'above') && row.filter((c) => c.from === 'left').length === row.length - 1) {
      lines.push(own[0]!.text);
      continue;
    }
    const get = (role: TableColumnRole) => {
      const c = row[column(role)];
      return c && c.from !== 'left' ? c : null;
    };
    const ordinal = get('ordinal');
    const title = get('title');
    const body = [get('text')?.text, annotations(get('lead')?.text, get('support')?.text, get('deadline')?.text)].filter(Boolean).join('');
    const continues = (title?.from === 'above' || (!title && ordinal?.from === 'above')) && lines.length > 0;
    if (continues) {
      lines[lines.length - 1] += separated(body);
      continue;
    }
    const marker = ordinal && ordinal.from === 'own' && /^\d{1,3}$/.test(ordinal.text) ? `${ordinal.text}.` : '';
    const head = title?.text ? sentence(title.text) : '';
    lines.push(marker + head + body);
  }
  return lines;
}

function roleOf(text: string): TableColumnRole | null {
  const heading = text.replace(/\s+/g, '').replace(HEADING_YEAR, '');
  return TABLE_COLUMNS.find((c) => c.heading.test(heading))?.role ?? null;
}

function annotations(lead: string | undefined, support: string | undefined, deadline: string | undefined): string {
  const units = [lead ? `牵头科室：${lead}` : '', support ? `配合科室：${support}` : ''].filter(Boolean).join('；');
  return (units ? `（${units}）` : '') + (deadline ? `（完成时限：${deadline}）` : '');
}

function sentence(text: string): string {
  return /[。！？!?；;]$/.test(text) ? text : `${text}。`;
}

function separated(text: string): string {
  return text ? (/^[（(]/.test(text) ? text : `；${text}`) : '';
}

/** Places each cell in the columns it covers, marking the parts that merged cells carry over. */
function toGrid(rows: readonly (readonly TableCell[])[]): GridCell[][] {
  const grid: GridCell[][] = [];
  const carried: { text: string; rowsLeft: number }[] = [];
  for (const row of rows) {
    const out: GridCell[] = [];
    let col = 0;
    const placeCarried = () => {
      while (carried[col] && carried[col]!.rowsLeft > 0) {
        out[col] = { text: carried[col]!.text, from: 'above' };
        carried[col]!.rowsLeft--;
        col++;
      }
    };
    for (const cell of row) {
      placeCarried();
      for (let k = 0; k < Math.max(1, cell.colSpan); k++) {
        out[col] = { text: cell.text, from: k === 0 ? 'own' : 'left' };
        carried[col] = { text: cell.text, rowsLeft: Math.max(1, cell.rowSpan) - 1 };
        col++;
      }
    }
    placeCarried();
    grid.push(out);
  }
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { text: '', from: 'own' as const }));
}
