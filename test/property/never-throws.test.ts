import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/index.js';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { toJsonValue } from '../../src/report/json.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const v = defaultVocabulary;
const TOKENS = [
  ...v.units.map((u) => u.unit),
  ...v.prefixComparators.map((p) => p.word),
  ...v.suffixComparators.map((s) => s.word),
  ...v.departmentMarkers.map((d) => d.word),
  ...v.notTargets.countedSlogan.nouns,
  '一', '二', '十', '二十', '百', '千', '万', '亿', '两', '零', '点', '百分之', 'x', 'xx', 'x.xx',
  '0', '1', '12', '3.65', '2022', '2022年', '6月底前', '年内', '第', '届',
  '、', '，', ',', '。', '；', ':', '：', '（', '）', '(', ')', '“', '”', '《', '》', '\n', ' ', '-', '/',
  '一、', '（一）', '1.', '1、', '(1)', '①', '一是', '第一部分', '、开启', '二十)', '(十',
  '新建', '建成', '完成', '培训', '健康素养水平', '发病率', '核酸检测', '医政科', '[bookmark: _GoBack]', '当前位置',
];
const planText = fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 200 });

function checkShape(doc: ReturnType<typeof extractText>, text: string) {
  const json = JSON.parse(JSON.stringify(toJsonValue(doc))) as { tasks: { ordinal: number; targets: { value: number | null; span: { start: number; end: number }; text: string; comparator: string }[] }[] };
  json.tasks.forEach((t, i) => {
    expect(t.ordinal).toBe(i + 1);
    for (const x of t.targets) {
      expect(['>=', '>', '<=', '<', '=']).toContain(x.comparator);
      expect(x.value === null || Number.isFinite(x.value)).toBe(true);
      expect(x.span.start).toBeLessThanOrEqual(x.span.end);
      expect(text.slice(x.span.start, x.span.end)).toBe(x.text);
    }
  });
}

describe('extraction never throws and always gives the spec shape', () => {
  it('on text made of the vocabulary', () => {
    fc.assert(fc.property(planText, (text) => checkShape(extractText(text), text)), { numRuns: 400 });
  });

  it('on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => checkShape(extractText(text), text)), { numRuns: 300 });
  });

  it('on a plan with random lines inserted', () => {
    const base = ['2022年示例市卫生健康工作要点', '一、甲', '1.全市健康素养水平达到25%。', '2.新增2家普惠托育机构。（牵头科室：妇幼科）', '二、乙', '3.发病率控制在200/10万以内。'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), planText), { maxLength: 6 }), (inserts) => {
        const lines = [...base];
        for (const [at, line] of inserts) lines.splice(at, 0, line);
        const text = lines.join('\n');
        checkShape(extractText(text), text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mutated corpus-style documents never throw and keep the shape', () => {
  const samples = ['samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt'].map((f) => readFileSync(join(ROOT, f), 'utf8'));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(200) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: planText }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), length: fc.nat(100) }),
  );
  it('after deletions, duplications, insertions and swapped chunks', () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.array(mutation, { maxLength: 8 }), (which, mutations) => {
        let text = samples[which]!;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.kind === 'duplicate') text = text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
          else text = text.slice(at, at + m.length) + text.slice(0, at) + text.slice(at + m.length);
        }
        checkShape(extractText(text), text);
      }),
      { numRuns: 300 },
    );
  });
});
