import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE, FigureScanner, mayStartFigure } from '../../src/extract/numbers/recognize.js';
import { charsOf, WordIndex } from '../../src/extract/words.js';
import { nextDeadline } from '../../src/extract/deadlines.js';
import { TRAILING_ADVERB, TRAILING_ADVERB_ENDS } from '../../src/extract/targets/recognize.js';
import { matchers } from '../../src/extract/targets/context.js';
import { DEADLINE_MARK_REACH, DEADLINE_MARKS } from '../../src/vocab/deadlines.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

// The fast scanners must find exactly what the plain forms they replace find.
const PIECES = [
  '一', '二', '两', '三', '九', '十', '百', '千', '万', '亿', '零', '〇', '点', '百分之', '分之', '成', '成立', '翻', '番', '达到', '到', '约',
  'x', 'xx', 'X', 'x.x', 'ab', 'Z', '0', '1', '12', '3.65', '1,200', '2022', ',', '.', ':', '：', '、', '，', '。', '（', '）', '的', '人', '%', ' ', '\n',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('FigureScanner', () => {
  // It tries the pattern only where `mayStartFigure` says a figure may start: that must hold wherever the pattern matches.
  it('skips no place where the figure pattern matches', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (t, from) => {
        const re = new RegExp(FIGURE.source, 'g');
        re.lastIndex = Math.min(from, t.length);
        for (let m = re.exec(t); m; m = re.exec(t)) expect(mayStartFigure(t.charCodeAt(m.index))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives figures whose raw text is the text at their place, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const scanner = new FigureScanner(t);
        let last = -1;
        for (let f = scanner.next(); f; f = scanner.next()) {
          expect(t.slice(f.start, f.end)).toBe(f.raw);
          expect(f.start).toBeGreaterThan(last);
          last = f.start;
        }
      }),
    );
  });
});

describe('FigureScanner given the characters a unit follows', () => {
  const follows = new Uint8Array(65536);
  for (const c of '人%个的') follows[c.charCodeAt(0)] = 1;

  // It drops, unparsed, only the Chinese numerals and bare redactions that no such character follows.
  it('gives the figures the plain scanner gives, less those', () => {
    fc.assert(
      fc.property(text, (t) => {
        const all: string[] = [];
        const plain = new FigureScanner(t);
        for (let f = plain.next(); f; f = plain.next()) {
          const dropped = (f.script === 'chinese' || (f.script === 'redacted' && !f.magnitude)) && follows[t.charCodeAt(f.end)] !== 1;
          if (!dropped) all.push(JSON.stringify(f));
        }
        const kept: string[] = [];
        const scanner = new FigureScanner(t, 0, follows);
        for (let f = scanner.next(); f; f = scanner.next()) kept.push(JSON.stringify(f));
        expect(kept).toEqual(all);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('nextDeadline', () => {
  const pieces = ['到', '至', '于', '2025', '2', '20', '1', '12', 'xxxx', 'x', '年', '月', '日', '季度', '季', '第', '前', '每', '底', '末', '内', '份', '上半', '下', '一', '三', '十', '之前', '以前', '中旬', '，', '。', '的'];
  const dated = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
  const m = matchers(defaultVocabulary);

  // It tries the patterns only just before a mark: it must find what a global search finds, from any place.
  it('finds the deadlines a global search of the patterns finds', () => {
    fc.assert(
      fc.property(dated, fc.nat(30), (t, from) => {
        const re = new RegExp(m.deadline.source, 'g');
        let at = Math.min(from, t.length);
        re.lastIndex = at;
        for (let want = re.exec(t); ; want = re.exec(t)) {
          const got = nextDeadline(t, at, m);
          expect(got && [got.index, got[0]]).toEqual(want && [want.index, want[0]]);
          if (!want) break;
          expect([...DEADLINE_MARKS].some((c) => want[0].slice(0, DEADLINE_MARK_REACH + 1).includes(c))).toBe(true);
          at = re.lastIndex;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('TRAILING_ADVERB_ENDS', () => {
  const pieces = ['分别', '均', '平均', '人均', '各', '都', '全部', '总计', '累计', '共', '约', '签约', '大约', '较上年', '较上年度', '比上年', '比上年度', '较去年', '比去年', '同比', '在', '为', '率', '数', '年', '度', '比'];
  const named = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

  // A name is tried against the pattern only when it ends in one of these: every match must end in one.
  it('holds the last character of every match of the trailing adverbs', () => {
    for (const s of [...pieces, '床位数分别为', '总投资约', '采购金额较上年', '覆盖率均在']) {
      const m = TRAILING_ADVERB.exec(s);
      if (m) expect(TRAILING_ADVERB_ENDS).toContain(s.charAt(s.length - 1));
    }
    fc.assert(
      fc.property(named, (s) => {
        if (TRAILING_ADVERB.test(s)) expect(TRAILING_ADVERB_ENDS).toContain(s.charAt(s.length - 1));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the word lists read at one place', () => {
  const m = matchers(defaultVocabulary);
  const v = defaultVocabulary;
  const lists = [
    ['units', m.units, v.units.map((u) => u.unit)],
    ['suffixes', m.suffixes, v.suffixComparators.map((c) => c.word)],
    ['slogan nouns', m.sloganNouns, v.notTargets.countedSlogan.nouns],
  ] as const;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  // A WordIndex over the words longest first stands for a sticky alternation of them: it must find the same word.
  it('find the word a sticky alternation of the words, longest first, finds', () => {
    for (const [name, index, words] of lists) {
      const re = new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'y');
      const pieces = [...new Set([...words, ...words.map((w) => w.slice(0, -1)), '以', '的', '1', ' '])].filter((w) => w);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.nat(12), (parts, at) => {
          const t = parts.join('');
          re.lastIndex = at;
          expect(index.startingAt(t, at), name).toBe(re.exec(t)?.[0]);
        }),
        { numRuns: 2000 },
      );
    }
  });
});

describe('charsOf', () => {
  it('says of a character of the text what includes says of it', () => {
    const list = ['第', '届', '“', '"', '率', '两个', ''];
    const table = charsOf(list);
    expect(charsOf(list)).toBe(table);
    for (const c of '第届“"率两个x 。') expect(table[c.charCodeAt(0)] === 1).toBe(list.includes(c));
  });
});

describe('WordIndex', () => {
  const words = ['达到', '达', '提高到', '不低于', '低于', '到', '控制在'];
  const index = new WordIndex(words);
  const probe = fc.array(fc.constantFrom('达', '到', '提', '高', '不', '低', '于', '控', '制', '在', '率'), { maxLength: 8 }).map((p) => p.join(''));

  it('finds the first word of the list that starts or ends at a place, as a pass over the list does', () => {
    fc.assert(
      fc.property(probe, fc.nat(8), (t, at) => {
        expect(index.startingAt(t, at)).toBe(words.find((w) => t.startsWith(w, at)));
        expect(index.endingAt(t, t.length)).toBe(words.find((w) => t.endsWith(w)));
      }),
      { numRuns: 2000 },
    );
  });
});
