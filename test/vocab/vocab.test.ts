import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../../src/vocab/index.js';
import { DEADLINE_MARK_REACH, DEADLINE_MARKS, DEADLINE_PATTERNS } from '../../src/vocab/deadlines.js';
import { PAGE_MARK_HINT, PAGE_MARKS } from '../../src/vocab/departments.js';
import { THEMES } from '../../src/vocab/themes.js';
import { NUMBERING_PATTERNS, markerStarts } from '../../src/vocab/numbering.js';
import { matchers } from '../../src/extract/targets/context.js';

const v = defaultVocabulary;
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('vocabulary data', () => {
  it('has unique keys', () => {
    expect(unique(v.units.map((u) => u.unit))).toBe(true);
    expect(unique(v.prefixComparators.map((p) => p.word))).toBe(true);
    expect(unique(v.suffixComparators.map((s) => s.word))).toBe(true);
    expect(unique(v.departmentMarkers.map((d) => d.word))).toBe(true);
    expect(unique(THEMES.map((t) => t.name))).toBe(true);
  });

  it('has deadline forms with unique ids, one or more for every kind of due date', () => {
    expect(unique(v.dueForms.map((f) => f.id))).toBe(true);
    for (const kind of ['date', 'month', 'quarter', 'half', 'year', 'ongoing']) expect(v.dueForms.some((f) => f.kind === kind), kind).toBe(true);
    for (const f of v.dueForms) expect(f.pattern.source.startsWith('^') && f.pattern.source.endsWith('$'), f.id).toBe(true);
    // Longer ongoing words first, so `长期坚持` is not read as `长期`.
    const words = v.ongoingWords;
    for (const long of words) for (const short of words) if (long !== short && long.startsWith(short)) expect(words.indexOf(long)).toBeLessThan(words.indexOf(short));
  });

  it('gives every unit a kind and every theme keywords', () => {
    for (const u of v.units) expect(u.kind).toBeTruthy();
    for (const t of THEMES) expect(Object.keys(t.keywords).length).toBeGreaterThan(3);
  });

  it('has at least 15 themes covering health work', () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(15);
    for (const name of ['党的建设', '疫情防控', '疾病预防控制', '医药卫生体制改革', '医疗服务', '基层卫生', '中医药', '妇幼健康', '老龄健康', '人口家庭', '健康促进与爱国卫生', '项目建设', '人才与科教', '数字健康', '法治与监督', '安全与综合保障']) {
      expect(THEMES.map((t) => t.name)).toContain(name);
    }
  });

  it('tries a comparator word before any shorter word inside it (不低于 before 低于)', () => {
    const order = matchers(v).prefixes.map((p) => p.word);
    for (const long of order) {
      for (const short of order) {
        if (long !== short && long.endsWith(short)) expect(order.indexOf(long), `${long} before ${short}`).toBeLessThan(order.indexOf(short));
      }
    }
  });
});

describe('the hints that let a scan skip a text', () => {
  it('every deadline pattern holds a character of DEADLINE_MARKS', () => {
    // Each pattern is a sequence whose every match holds its 年, 月 or 季度 (none of them is optional in it).
    for (const source of DEADLINE_PATTERNS) expect([...DEADLINE_MARKS].some((c) => source.replace(/\([^()]*\)\?/g, '').includes(c)), source).toBe(true);
  });

  it('every deadline holds a mark within DEADLINE_MARK_REACH characters of its start', () => {
    // The longest run before a mark each pattern allows, and a few that run longer than any pattern does.
    const samples = ['到2025年底前', '至xxxx年12月底', '于2023年10月15日前', '12月底前', '十二月份', '10月15日前', '第一季度末', '第4季度', '三季度', '上半年', '年底前', '今年', '全年'];
    const re = new RegExp(DEADLINE_PATTERNS.join('|'), 'g');
    for (const text of [...samples, samples.join('，'), '到到2025年', '12312025年']) {
      for (const m of text.matchAll(re)) expect([...DEADLINE_MARKS].some((c) => m[0].slice(0, DEADLINE_MARK_REACH + 1).includes(c)), `${m[0]} in ${text}`).toBe(true);
    }
  });

  it('every numbering pattern starts only with a character of its `starts`', () => {
    // Any character followed by the rest of each kind of marker: a pattern that matches one must list its first character.
    const tails = ['', '、', '，', '）', ')', '.', '．', '一）', '一)', '一、', '一是', '一部分', '1、', '1.', '1）', '2.', '）工作', '部分', '是，', '第一部分'];
    // The characters that could open a marker: those the patterns name, ASCII, and the full-width and CJK punctuation blocks.
    const candidates = new Set<string>([...NUMBERING_PATTERNS.flatMap((p) => [...p.pattern.source])]);
    for (let c = 0x20; c < 0x7f; c++) candidates.add(String.fromCharCode(c));
    for (let c = 0x3000; c < 0x3040; c++) candidates.add(String.fromCharCode(c));
    for (let c = 0xff00; c < 0xff60; c++) candidates.add(String.fromCharCode(c));
    for (let c = 0x2460; c < 0x24ff; c++) candidates.add(String.fromCharCode(c));
    for (const pattern of NUMBERING_PATTERNS) {
      for (const first of candidates) {
        if (pattern.starts!.includes(first)) continue;
        for (const tail of tails) expect(pattern.pattern.test(first + tail), `${pattern.pattern} on ${first + tail}`).toBe(false);
      }
    }
    expect(markerStarts(NUMBERING_PATTERNS)).not.toBeNull();
    expect(markerStarts([{ style: 'ar-dot', pattern: /^#/ }])).toBeNull();
  });

  it('every page mark holds a character of PAGE_MARK_HINT', () => {
    for (const mark of ['P.12', 'P. 3', 'Page 7', '— 3 —', '-12-', '第3页', '第 3 页,共 9 页', '\n 12 \n']) {
      expect(new RegExp(PAGE_MARKS.source).test(mark), mark).toBe(true);
      expect(PAGE_MARK_HINT.test(mark), mark).toBe(true);
    }
  });
});
