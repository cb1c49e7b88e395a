import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { defaultVocabulary, extractFile, type Vocabulary } from '../index.js';
import { parseDepartmentMap } from '../vocab/departments-file.js';
import { render, type CsvRows, type GroupBy, type TextFormat } from '../report/index.js';

export type Format = TextFormat | 'xlsx';
import { PlansError, type Document } from '../types.js';
import { describeError, EXIT } from './errors.js';
import { expandInputs } from './inputs.js';
import { writeFileAtomic, writeStdout } from './output.js';

export interface ExtractOptions {
  readonly format?: Format;
  readonly groupBy: GroupBy;
  readonly output?: string;
  readonly force: boolean;
  readonly rows: CsvRows;
  readonly debug: boolean;
  readonly departments?: string;
  readonly encoding?: string;
  readonly color: boolean;
  readonly width: number;
  readonly stderr: (line: string) => void;
}

const BY_EXTENSION: Readonly<Record<string, Format>> = { '.json': 'json', '.csv': 'csv', '.md': 'md', '.txt': 'table', '.xlsx': 'xlsx' };

/** `plans extract FILE…`: extracts each file; a failed file is reported and skipped. */
export async function runExtract(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const format = chooseFormat(options);
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) {
    throw new PlansError('usage', 'an xlsx workbook is binary; give -o FILE.xlsx to write it');
  }
  const vocab = options.departments ? await loadDepartments(options.departments) : defaultVocabulary;
  const files = await expandInputs(paths);
  if (files.length === 0) throw new PlansError('usage', 'no plan files found in the given folders (looked for .txt, .docx, .html and .pdf files)');
  const docs: Document[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const doc = await extractFile(file, vocab, options.encoding ? { encoding: options.encoding } : {});
      for (const m of doc.messages) if (m.rule === 'no-tasks') options.stderr(`plans: ${file}: warning: ${m.reason}`);
      docs.push(doc);
    } catch (e) {
      failed++;
      options.stderr(describeError(e, options.debug));
    }
  }
  if (docs.length > 0) {
    const content =
      format === 'xlsx'
        ? await (await import('../report/xlsx.js')).renderXlsx(docs)
        : await render(docs, format, { groupBy: options.groupBy, color: options.color && !options.output, width: options.width, rows: options.rows });
    if (options.output) await writeFileAtomic(options.output, content, options.force);
    else await writeStdout(content);
  }
  if (failed > 0 && files.length > 1) options.stderr(`plans: ${failed} of ${files.length} files failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function chooseFormat(options: ExtractOptions): Format {
  if (options.format) return options.format;
  if (options.output) {
    const ext = extname(options.output).toLowerCase();
    const byExt = BY_EXTENSION[ext];
    if (byExt) return byExt;
    throw new PlansError('usage', `cannot tell the format of ${options.output} from its extension; give --format table|json|csv|md|xlsx`);
  }
  return process.stdout.isTTY ? 'table' : 'json';
}

async function loadDepartments(file: string): Promise<Vocabulary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlansError('input', code === 'ENOENT' ? 'no such file (given to --departments)' : `cannot be read (${code})`, file);
  }
  return { ...defaultVocabulary, departmentMap: parseDepartmentMap(text, file) };
}
