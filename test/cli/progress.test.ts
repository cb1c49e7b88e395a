import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function fakeTerminal() {
  const writes: string[] = [];
  const stream = { isTTY: true, columns: 120, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, writes, screen: () => writes.join('') };
}

describe('progress bar', () => {
  it('shows files done of total and the rate, and names a slow file', () => {
    const t = fakeTerminal();
    const p = new Progress(2, t.stream, true);
    p.tick('a/2022-一.txt', 20);
    p.tick('a/2023-慢.pdf', 1500);
    expect(t.screen()).toMatch(/\[█+░*\] 2\/2 files {2}[\d.]+ files\/s {2}slowest: 2023-慢\.pdf \(1\.5 s\)/);
    p.finish();
    expect(t.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('prints messages on their own line above the bar', () => {
    const t = fakeTerminal();
    const p = new Progress(3, t.stream, true);
    p.tick('one.txt', 1);
    p.message('plans: two.txt: is empty');
    expect(t.screen()).toContain('\r\x1b[Kplans: two.txt: is empty\n\r\x1b[K[█');
  });

  it('draws nothing when disabled (not a terminal, or --quiet), but still prints messages', () => {
    const t = fakeTerminal();
    const p = new Progress(2, t.stream, false);
    p.tick('one.txt', 1);
    p.message('plans: two.txt: is empty');
    p.tick('two.txt', 1);
    p.finish();
    expect(t.screen()).toBe('plans: two.txt: is empty\n');
  });

  it('OCR: pages done and seconds a page, for a single file too; cleared when the file is read', () => {
    const t = fakeTerminal();
    const p = new Progress(1, t.stream, false, true);
    p.ocrPage('scans/2023-扫描.pdf', 0, 3, 0);
    expect(t.writes.at(-1)).toBe('\r\x1b[KOCR 2023-扫描.pdf: 3 pages to read…');
    p.ocrPage('scans/2023-扫描.pdf', 2, 3, 3.14);
    expect(t.writes.at(-1)).toBe('\r\x1b[KOCR 2023-扫描.pdf: page 2/3 done, 3.1 s/page');
    p.ocrPage('scans/2023-扫描.pdf', 3, 3, 3);
    expect(t.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('OCR in a batch: after the bar; nothing with --quiet or off a terminal', () => {
    const t = fakeTerminal();
    const p = new Progress(2, t.stream, true, true);
    p.tick('a.txt', 1);
    p.ocrPage('b.pdf', 1, 4, 2.5);
    expect(t.writes.at(-1)).toMatch(/\] 1\/2 files .* OCR b\.pdf: page 1\/4 done, 2\.5 s\/page$/);
    const quiet = fakeTerminal();
    new Progress(1, quiet.stream, false, false).ocrPage('b.pdf', 1, 4, 2.5);
    expect(quiet.writes).toEqual([]);
  });
});
