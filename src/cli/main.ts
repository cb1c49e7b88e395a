import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeError, exitCodeFor, EXIT } from './errors.js';
import { THREADED_BATCH_BYTES } from './batch-limits.js';

/** Set by the bundler (scripts/bundle.mjs); read from package.json when run from tsc's output. */
declare const PLANS_VERSION: string | undefined;

function version(): string {
  if (typeof PLANS_VERSION === 'string') return PLANS_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The examples that end each command's help: real invocations, run by the tests
 * from a folder holding the samples (test/cli/help.test.ts), so every one works.
 */
export const EXAMPLES = {
  plans: [
    ['plans extract samples/2023-示例市-plan.txt', 'the tasks and targets of a plan, as tables'],
    ['plans compare 2022 2023 --dir samples', 'what changed from one year to the next'],
    ['plans due samples/2023-示例市-plan.txt --as-of 2023-07-01', 'the tasks by the month they fall due'],
    ['plans track 2023 --dir samples', "did the year's summary deliver the plan's targets?"],
    ['plans list samples', 'the plans of a folder, with year, region and counts'],
    ['plans extract --help', 'more on a command, with its own examples'],
  ],
  extract: [
    ['plans extract samples/2023-示例市-plan.txt', 'grouped tables in the terminal'],
    ["plans extract samples/2023-示例市-plan.txt --format json | jq '.tasks[0]'", 'the JSON of schema/document.schema.json'],
    ['plans extract samples/2022-示例市-plan.txt --group-by department', 'tasks by lead department'],
    ['plans extract samples --format csv -o 台账.csv', 'a folder, one row per target, for Excel'],
    ['plans extract samples/2023-示例市-plan.txt -o 台账.xlsx', 'the meeting workbook (任务分解台账)'],
    ["plans extract 'samples/**/*.txt' --format jsonl -o all.jsonl", 'a whole collection, one document a line'],
  ],
  compare: [
    ['plans compare 2022 2023 --dir samples', 'by year, among the plans of a folder'],
    ['plans compare samples/2022-示例市-plan.txt samples/2023-示例市-plan.txt -o 变化.xlsx', 'two files, as a workbook'],
    ["plans compare 2022 2023 --dir samples --format json | jq .summary", 'the JSON of schema/compare.schema.json'],
  ],
  due: [
    ['plans due samples/2023-示例市-plan.txt --as-of 2023-07-01', 'what falls due, what is past due'],
    ['plans due samples --from 2023-07 --to 2023-09', "a quarter's tasks across a folder"],
    ['plans due samples/2023-示例市-plan.txt -o 任务时限.ics', 'a calendar for Outlook, WPS or a phone'],
  ],
  track: [
    ['plans track samples/2023-示例市-plan.txt samples/2023-示例市-summary.txt', "did the summary deliver the plan's targets?"],
    ['plans track 2023 --dir samples', "the 2023 plan and the summary of 2023's work in a folder"],
    ['plans track 2023 --dir samples -o 完成情况.xlsx', 'as a workbook (完成情况, 概览)'],
  ],
  list: [
    ['plans list samples', 'the plans of a folder'],
    ['plans list --dir samples --format json', 'the same as JSON (schema/list.schema.json)'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/** `Examples:`, then each example as a comment saying what it does over the command itself. */
export function examplesHelp(examples: readonly (readonly [string, string])[]): string {
  return `\nExamples:\n${examples.map(([cmd, what]) => `  # ${what}\n  $ ${cmd}`).join('\n\n')}`;
}

/** Colour and width for the terminal views: FORCE_COLOR and COLUMNS stand in for a terminal when output is piped. */
function terminal(): { color: boolean; width: number } {
  const force = process.env.FORCE_COLOR;
  const color = force ? force !== '0' && force !== 'false' : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const columns = Number(process.env.COLUMNS);
  return { color, width: process.stdout.columns || (Number.isInteger(columns) && columns > 0 ? columns : 120) };
}

/** Builds the program. Commander's own exits are turned into exceptions so usage errors give 2. */
export function buildProgram(run: { exitCode: number; debug: boolean }, host: Host = {}): Command {
  const program = new Command('plans')
    .description('Extract tasks, quantified targets, departments and deadlines from Chinese health-commission work plans (工作要点).')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', examplesHelp(EXAMPLES.plans))
    .exitOverride();

  program
    .command('extract')
    .description('extract the tasks and targets of one or more plan files: .txt (UTF-8, UTF-16, GBK), .docx, .html, .pdf, and scans (a PDF without a text layer, .png, .jpg: read by OCR, seconds a page); a folder gives every plan inside it; - reads standard input')
    .argument('<files...>', "plan files, folders of them, quoted globs ('plans/**/2022-*.docx'), or - for standard input")
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped; or from the -o extension); jsonl: one document a line, written as it goes').choices(['table', 'json', 'jsonl', 'csv', 'md', 'xlsx']))
    .addOption(new Option('-g, --group-by <key>', 'group tasks in table and md output').choices(['section', 'theme', 'department']).default('section'))
    .addOption(new Option('--rows <rows>', 'csv: one row per task or per target').choices(['tasks', 'targets']).default('targets'))
    .addOption(new Option('--encoding <name>', 'the encoding of text files, when detection gets it wrong (utf-8, gb18030, gbk, big5, utf-16le)').argParser(parseEncoding))
    .option('--no-ocr', 'refuse scans (a PDF without a text layer, an image) instead of reading them by OCR')
    .option('--departments <file.json>', 'your own map of departments to themes and keywords, for suggesting departments the document does not name')
    .option('-o, --output <file>', 'write to a file instead of standard output (written whole, never half)')
    .option('--force', 'replace an existing output file', false)
    .option('-q, --quiet', 'no progress bar and no warnings (errors are still shown)', false)
    .addOption(new Option('-j, --jobs <n>', `threads for a batch (default: one per core once the files total ${THREADED_BATCH_BYTES / 1024 / 1024} MB, else one)`).argParser(parseJobs))
    .option('--debug', 'show stack traces on errors', false)
    .addHelpText('after', examplesHelp(EXAMPLES.extract))
    .action(async (files: string[], opts: { quiet: boolean; format?: 'table' | 'json' | 'jsonl' | 'csv' | 'md' | 'xlsx'; groupBy: 'section' | 'theme' | 'department'; rows: 'tasks' | 'targets'; output?: string; force: boolean; debug: boolean; departments?: string; encoding?: string; jobs?: number; ocr: boolean }) => {
      run.debug = opts.debug;
      const { runExtract } = await import('./extract.js');
      run.exitCode = await runExtract(files, {
        ...opts,
        workerEntry: host.workerEntry,
        ...terminal(),
        stderr: (line) => process.stderr.write(line + '\n'),
        progressStream: process.stderr,
      });
    });
  program
    .command('due')
    .description('the tasks by the month they fall due: lead department, deadline and date, those past due marked 已逾期; or a calendar file (.ics) with one all-day event per task')
    .argument('<files...>', "plan files, folders of them, quoted globs ('plans/**/2023-*.docx'), or - for standard input")
    .addOption(new Option('--from <date>', 'only tasks due on or after this date (YYYY-MM-DD, or YYYY-MM for the month\'s first day)').argParser((v) => parseDate(v, 'first')))
    .addOption(new Option('--to <date>', 'only tasks due on or before this date (YYYY-MM-DD, or YYYY-MM for the month\'s last day)').argParser((v) => parseDate(v, 'last')))
    .addOption(new Option('--as-of <date>', 'the day against which a task is past due (YYYY-MM-DD; default: today)').argParser((v) => parseDate(v, 'exact')))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped; or from the -o extension, .ics for a calendar)').choices(['table', 'json', 'csv', 'md', 'ics']))
    .addOption(new Option('--encoding <name>', 'the encoding of text files, when detection gets it wrong').argParser(parseEncoding))
    .option('--no-ocr', 'refuse scans (a PDF without a text layer, an image) instead of reading them by OCR')
    .option('--departments <file.json>', 'your own map of departments, for suggesting a lead the document does not name')
    .option('-o, --output <file>', 'write to a file instead of standard output (written whole, never half)')
    .option('--force', 'replace an existing output file', false)
    .option('-q, --quiet', 'no progress bar and no warnings (errors are still shown)', false)
    .addOption(new Option('-j, --jobs <n>', 'threads for a batch').argParser(parseJobs))
    .option('--debug', 'show stack traces on errors', false)
    .addHelpText('after', examplesHelp(EXAMPLES.due))
    .action(async (files: string[], opts: { from?: string; to?: string; asOf?: string; format?: 'table' | 'json' | 'csv' | 'md' | 'ics'; encoding?: string; departments?: string; output?: string; force: boolean; quiet: boolean; jobs?: number; debug: boolean; ocr: boolean }) => {
      run.debug = opts.debug;
      const { runDue } = await import('./due.js');
      run.exitCode = await runDue(files, {
        ...opts,
        workerEntry: host.workerEntry,
        ...terminal(),
        stderr: (line) => process.stderr.write(line + '\n'),
        progressStream: process.stderr,
      });
    });
  program
    .command('compare')
    .description('what changed from one plan to the next: tasks continued, new and dropped; targets raised, lowered, unchanged')
    .argument('<a>', 'the earlier plan: a file, or a year found under --dir')
    .argument('<b>', 'the later plan: a file, or a year found under --dir')
    .option('-d, --dir <folder>', 'where to look for plans given by year (searched recursively)', '.')
    .option('-r, --region <name>', 'only plans of this region (as `plans list` shows it)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped; or from the -o extension)').choices(['table', 'json', 'md', 'xlsx']))
    .addOption(new Option('--threshold <n>', 'similarity under which two tasks are not the same task (0–1)').argParser(parseFraction))
    .option('-o, --output <file>', 'write to a file instead of standard output (written whole, never half)')
    .option('--force', 'replace an existing output file', false)
    .option('--debug', 'show stack traces on errors', false)
    .addHelpText('after', examplesHelp(EXAMPLES.compare))
    .action(async (a: string, b: string, opts: { dir: string; region?: string; format?: 'table' | 'json' | 'md' | 'xlsx'; threshold?: number; output?: string; force: boolean; debug: boolean }) => {
      run.debug = opts.debug;
      const { runCompare } = await import('./compare.js');
      run.exitCode = await runCompare(a, b, { ...opts, ...terminal(), stderr: (line) => process.stderr.write(line + '\n') });
    });

  program
    .command('track')
    .description("did the year's summary (工作总结) deliver the plan's targets? each target 达成 / 未达成 / 未报告 / 无法判断, each task without one 已提及 / 未提及, with both texts and their spans")
    .argument('<plan>', 'the plan file; or a year, whose plan and summary are found under --dir; or one file alone, whose other half is found beside it')
    .argument('[summary]', 'the summary file (a page 2023年工作总结和2024年工作要点 serves as the 2023 summary)')
    .option('-d, --dir <folder>', 'where to look for a year\'s plan and summary, or for the other half of one file (searched recursively; default: the current folder, or the file\'s)')
    .option('-r, --region <name>', 'only documents of this region (as `plans list` shows it)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped; or from the -o extension)').choices(['table', 'json', 'csv', 'md', 'xlsx']))
    .option('-o, --output <file>', 'write to a file instead of standard output (written whole, never half)')
    .option('--force', 'replace an existing output file', false)
    .option('--debug', 'show stack traces on errors', false)
    .addHelpText('after', examplesHelp(EXAMPLES.track))
    .action(async (plan: string, summary: string | undefined, opts: { dir?: string; region?: string; format?: 'table' | 'json' | 'csv' | 'md' | 'xlsx'; output?: string; force: boolean; debug: boolean }) => {
      run.debug = opts.debug;
      const { runTrack } = await import('./track.js');
      run.exitCode = await runTrack(plan, summary, { ...opts, ...terminal(), stderr: (line) => process.stderr.write(line + '\n') });
    });

  program
    .command('list')
    .description('every plan file found, with year, region, kind, title, and its numbers of tasks and targets: what compare can work with')
    .argument('[paths...]', 'folders, plan files or quoted globs, as extract takes them; none: the folder of --dir')
    .option('-d, --dir <folder>', 'a folder to look in (searched recursively)', '.')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['table', 'json']))
    .option('--debug', 'show stack traces on errors', false)
    .addHelpText('after', examplesHelp(EXAMPLES.list))
    .action(async (paths: string[], opts: { dir: string; format?: 'table' | 'json'; debug: boolean }, command: Command) => {
      run.debug = opts.debug;
      // The paths given, and --dir when it is given too; --dir's default only when nothing is.
      const dir = paths.length === 0 || command.getOptionValueSource('dir') === 'cli' ? opts.dir : undefined;
      const { runList } = await import('./list.js');
      run.exitCode = await runList({ paths, dir, format: opts.format, debug: opts.debug, width: terminal().width, stderr: (line) => process.stderr.write(line + '\n') });
    });
  return program;
}

function parseEncoding(value: string): string {
  try {
    new TextDecoder(value);
  } catch {
    throw new InvalidArgumentError('unknown encoding; try utf-8, gb18030, gbk, big5 or utf-16le.');
  }
  return value;
}

/** `2023-07-01`; `2023-07` as the month's first or last day where a range allows it. */
function parseDate(value: string, month: 'first' | 'last' | 'exact'): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  const last = m ? new Date(Date.UTC(year, mon, 0)).getUTCDate() : 0;
  if (!m || mon < 1 || mon > 12 || (m[3] === undefined && month === 'exact')) throw new InvalidArgumentError(month === 'exact' ? 'give a date as YYYY-MM-DD.' : 'give a date as YYYY-MM-DD, or a month as YYYY-MM.');
  const day = m[3] === undefined ? (month === 'last' ? last : 1) : Number(m[3]);
  if (day < 1 || day > last) throw new InvalidArgumentError(`${value} is not a day of the calendar.`);
  return `${m[1]}-${m[2]}-${String(day).padStart(2, '0')}`;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of threads, 1 or more.');
  return n;
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('give a number from 0 to 1.');
  return n;
}

/** What the executable tells the CLI about itself. */
export interface Host {
  /** A script that runs `runWorker` in a worker thread; batches stay on one thread without it. */
  readonly workerEntry?: string;
}

/** The worker side of a threaded batch (see pool.ts), loaded only in a worker. */
export async function runWorker(): Promise<void> {
  (await import('./worker.js')).runWorker();
}

export async function main(argv: string[], host: Host = {}): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  const run = { exitCode: EXIT.ok, debug: argv.includes('--debug') };
  const program = buildProgram(run, host);
  try {
    await program.parseAsync(argv);
    return run.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      // `plans` alone prints the help as an error.
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      if (e.code === 'commander.executeSubCommandAsync') return EXIT.failed;
      return EXIT.usage;
    }
    process.stderr.write(describeError(e, run.debug) + '\n');
    return exitCodeFor(e);
  }
}
