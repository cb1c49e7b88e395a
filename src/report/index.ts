import type { Document } from '../types.js';
import { renderCsv, type CsvRows } from './csv.js';
import type { GroupBy } from './format.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export type TextFormat = 'table' | 'json' | 'csv' | 'md';

export interface RenderOptions {
  readonly groupBy: GroupBy;
  readonly color: boolean;
  readonly width: number;
  readonly rows: CsvRows;
}

/** Renders documents in a text format. Pure: the CLI decides where it goes. The table renderer (cli-table3, chalk) loads only for tables. */
export async function render(docs: readonly Document[], format: TextFormat, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(docs);
    case 'csv':
      return renderCsv(docs, options.rows);
    case 'md':
      return renderMarkdown(docs, options.groupBy);
    case 'table':
      return (await import('./table.js')).renderTable(docs, options);
  }
}

export type { GroupBy, CsvRows };
