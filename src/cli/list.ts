import Table from 'cli-table3';
import { LABELS } from '../report/labels.js';
import { catalog } from './catalog.js';
import { describeError, EXIT } from './errors.js';
import { writeStdout } from './output.js';

export interface ListOptions {
  readonly dir: string;
  readonly format?: 'table' | 'json';
  readonly debug: boolean;
  readonly stderr: (line: string) => void;
}

/** `plans list`: every plan file found, with what `compare` needs to know of it. */
export async function runList(options: ListOptions): Promise<number> {
  let failed = 0;
  const entries = await catalog(options.dir, (_file, e) => {
    failed++;
    options.stderr(describeError(e, options.debug));
  });
  const rows = entries.map(({ file, doc }) => ({
    file,
    year: doc.year,
    region: doc.region,
    kind: doc.kind,
    title: doc.title,
    tasks: doc.tasks.length,
    targets: doc.tasks.reduce((n, t) => n + t.targets.length, 0),
  }));
  const format = options.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format === 'json') {
    await writeStdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    const t = new Table({ head: [LABELS.fileShort, LABELS.year, LABELS.region, '类型', '标题', LABELS.taskCount, LABELS.targetCount], style: { head: [], border: [] } });
    for (const r of rows) t.push([r.file, r.year ?? '', r.region ?? '', LABELS.summaryKind[r.kind], r.title ?? '', r.tasks, r.targets]);
    await writeStdout(`${t.toString()}\n${rows.length} 份文件\n`);
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
