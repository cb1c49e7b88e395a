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
});
