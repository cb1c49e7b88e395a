import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderListTable } from '../../src/cli/list.js';
import { compare } from '../../src/compare/index.js';
import { extractFile } from '../../src/index.js';
import { displayWidth, wrap } from '../../src/report/cjk-width.js';
import { renderCompareTable } from '../../src/report/compare.js';
import { SCHEMA_VERSION } from '../../src/report/contract.js';
import { renderTable } from '../../src/report/table.js';
import { dueItems, dueList } from '../../src/report/due.js';
import { renderDueTable } from '../../src/report/due-table.js';
import { documentHeading } from '../../src/report/format.js';
import { renderTrackTable } from '../../src/report/track.js';
import { track } from '../../src/track/index.js';
import { CORPUS, ROOT, SHARED } from '../helpers/index.js';

// Every terminal table, rendered with colour on as a terminal gets it, must fit the
// terminal: no line wider than its columns once the colour codes are taken out. And
// colour must not move anything: without its codes, the coloured text is the plain
// one (codes counted as width once wrapped 提高 into 提 / 高).
const folders = [join(ROOT, 'samples'), CORPUS, join(SHARED, 'wild/docs')].filter(existsSync);
const files = folders.flatMap((dir) => readdirSync(dir).sort().map((f) => join(dir, f)));
const docs = await Promise.all(files.map((f) => extractFile(f)));

function tooWide(text: string, width: number): string[] {
  expect(text).toMatch(/\u001b\[/);
  return text.split('\n').filter((line) => displayWidth(stripVTControlCharacters(line)) > width);
}

// cli-table3 takes a while on long cells, so every document is drawn at 80 columns and
// by section, and the other groupings and widths on the samples.
const samples = docs.filter((d) => d.file.includes('/samples/'));
const cases = [
  ...docs.map((doc) => ({ doc, groupBy: 'section' as const, width: 80 })),
  ...samples.flatMap((doc) => (['theme', 'department'] as const).map((groupBy) => ({ doc, groupBy, width: 80 }))),
  ...samples.map((doc) => ({ doc, groupBy: 'section' as const, width: 120 })),
];

describe('terminal tables fit the terminal with colour on', () => {
  it('extract tables', async () => {
    for (const { doc, groupBy, width } of cases) {
      const coloured = await renderTable([doc], { groupBy, color: true, width });
      expect(tooWide(coloured, width), `${doc.file} by ${groupBy} at ${width}`).toEqual([]);
      expect(stripVTControlCharacters(coloured)).toBe(await renderTable([doc], { groupBy, color: false, width }));
    }
  });

  it('compare tables, each document against the next', async () => {
    const pairs = docs.map((d, i) => ({ a: d, b: docs[(i + 1) % docs.length]!, width: 80 }));
    pairs.push({ a: samples[0]!, b: samples[1]!, width: 120 });
    for (const { a, b, width } of pairs) {
      const comparison = compare(a, b);
      const coloured = await renderCompareTable(comparison, { color: true, width });
      expect(tooWide(coloured, width), `${a.file} → ${b.file} at ${width}`).toEqual([]);
      expect(stripVTControlCharacters(coloured)).toBe(await renderCompareTable(comparison, { color: false, width }));
    }
  });

  it('due tables, each document and all of them', async () => {
    const window = { asOf: '2023-07-01', from: null, to: null };
    const lists = [...docs.map((d) => ({ list: dueList(window, [dueItems(d, window)]), heading: documentHeading(d) as string | null })), { list: dueList(window, docs.map((d) => dueItems(d, window))), heading: null }];
    for (const { list, heading } of lists) {
      const coloured = await renderDueTable(list, heading, { color: true, width: 80 });
      expect(tooWide(coloured, 80), heading ?? 'all').toEqual([]);
      expect(stripVTControlCharacters(coloured)).toBe(await renderDueTable(list, heading, { color: false, width: 80 }));
    }
  });

  it('track tables, each summary against the plan of its year (or the nearest)', async () => {
    const plans = docs.filter((d) => d.kind === 'plan');
    for (const summary of docs.filter((d) => d.kind === 'summary')) {
      const plan = [...plans].sort((a, b) => Math.abs((a.year ?? 0) - (summary.year ?? 0)) - Math.abs((b.year ?? 0) - (summary.year ?? 0)))[0]!;
      const tracking = track(plan, summary);
      for (const width of [80, 120]) {
        const coloured = await renderTrackTable(tracking, { color: true, width });
        expect(tooWide(coloured, width), `${plan.file} ${summary.file} at ${width}`).toEqual([]);
        expect(stripVTControlCharacters(coloured)).toBe(await renderTrackTable(tracking, { color: false, width }));
      }
    }
  });

  it('the list table', () => {
    const rows = docs.map((d) => ({ schemaVersion: SCHEMA_VERSION, file: d.file, year: d.year, region: d.region, kind: d.kind, title: d.title, tasks: d.tasks.length, targets: 0 }));
    for (const width of [80, 120]) expect(renderListTable(rows, width).split('\n').filter((line) => displayWidth(line) > width)).toEqual([]);
  });
});

describe('wrapping a cell', () => {
  it('never opens a line with a closing mark: the character before it goes down with it', () => {
    const lines = wrap('推进县人民医院建设，新增床位', 18);
    expect(lines).toEqual(['推进县人民医院建', '设，新增床位']);
    for (const l of wrap('一二三四五六七八九。十一二三四五六七八九十）', 18)) expect(l).not.toMatch(/^[，。）]/);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(18);
  });
});
