import { basename } from 'node:path';

const WIDTH = 24;
const EVERY_MS = 80;

/**
 * A progress bar on standard error for batches: files done of total, rate,
 * and the slowest file so far. Drawn only on a terminal; messages printed
 * while it runs go above it.
 */
export class Progress {
  private done = 0;
  /** What OCR is doing, after the bar (or alone, for a single file): `OCR scan.pdf: page 2/5, 3.1 s/page`. */
  private status = '';
  private readonly started = Date.now();
  private lastDraw = 0;
  private slowest: { file: string; ms: number } | null = null;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    /** Whether OCR's page progress is drawn (on a terminal, unless quiet), also for a single file. */
    private readonly pagesEnabled = enabled,
  ) {}

  /** A page OCR'd: pages done of the file's, and the mean time a page so far. */
  ocrPage(file: string, page: number, pages: number, secondsPerPage: number): void {
    if (!this.pagesEnabled) return;
    this.status =
      page === 0 ? `OCR ${basename(file)}: ${pages} page${pages > 1 ? 's' : ''} to read…` : page < pages ? `OCR ${basename(file)}: page ${page}/${pages} done, ${secondsPerPage.toFixed(1)} s/page` : '';
    this.draw();
  }

  tick(file: string, ms: number): void {
    this.done++;
    if (!this.slowest || ms > this.slowest.ms) this.slowest = { file, ms };
    const now = Date.now();
    if (!this.enabled || (now - this.lastDraw < EVERY_MS && this.done < this.total)) return;
    this.lastDraw = now;
    this.draw();
  }

  /** Prints a line above the bar. */
  message(line: string): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.stream.write(line + '\n');
    if (this.drawn) this.draw();
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(): void {
    const columns = this.stream.columns || 100;
    if (!this.enabled) {
      // A single file: only OCR's pages, or nothing.
      this.stream.write('\r\x1b[K' + this.status.slice(0, columns - 1));
      this.drawn = this.status.length > 0;
      return;
    }
    const filled = Math.round((this.done / this.total) * WIDTH);
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = (this.done / seconds).toFixed(1);
    const slow = this.slowest && this.slowest.ms >= 200 ? `  slowest: ${basename(this.slowest.file)} (${(this.slowest.ms / 1000).toFixed(1)} s)` : '';
    const line = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${this.done}/${this.total} files  ${rate} files/s${slow}${this.status ? '  ' + this.status : ''}`;
    this.stream.write('\r\x1b[K' + line.slice(0, columns - 1));
    this.drawn = true;
  }
}
