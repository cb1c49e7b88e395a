import { displayWidth } from './cjk-width.js';

/** What cli-table3's borders and padding take: three columns a cell, plus one. */
export function tableChrome(columns: number): number {
  return columns * 3 + 1;
}

/** The display width of a cell: its widest line. */
export function cellWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

/**
 * Content widths for a table that must fit `total` terminal columns, borders
 * included: each column as wide as its widest cell, and while the whole is too
 * wide the widest of the `flexible` columns gives up a column, down to `min`
 * (one for all, or one a column).
 */
export function fitColumns(natural: readonly number[], flexible: readonly boolean[], total: number, min: number | readonly number[] = 6): number[] {
  const least = (i: number) => (typeof min === 'number' ? min : (min[i] ?? 1));
  const widths = natural.map((w) => Math.max(1, w));
  let over = widths.reduce((a, b) => a + b, 0) + tableChrome(widths.length) - total;
  while (over > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (flexible[i] && widths[i]! > least(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) break;
    widths[widest]!--;
    over--;
  }
  return widths;
}
