import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { repairOcr } from '../../src/normalize/ocr.js';
import { extractDocument } from '../../src/index.js';
import type { OcrReport, Source } from '../../src/types.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import { DIGIT_LIKE, SPLIT_SIGNS } from '../../src/vocab/ocr.js';

const repaired = (text: string) => repairOcr(text, defaultVocabulary.ocr).text.replace(/\u200b/g, '');

// What OCR wrote → what is read. A repair needs a number around it; words are never guessed.
describe('OCR repairs: letters read for digits, signs read as two characters', () => {
  it.each([
    // digit-like letters among digits
    ['达到1O0%', '达到100%'],
    ['达到1o0%', '达到100%'],
    ['2O23年', '2023年'],
    ['l0秒接听率', '10秒接听率'],
    ['不少于6O0张', '不少于600张'],
    // a figure whose zeros were all read as letters, a unit after it
    ['培训乡村医生3OO人次', '培训乡村医生300人次'],
    ['达到1OO%', '达到100%'],
    ['签约率达到7I%', '签约率达到71%'],
    ['达到9|%', '达到91%'],
    ['1〇0%', '100%'],
    // full-width forms (normalize folds the widths after)
    ['１Ｏ０％', '１0０％'],
    ['2.5万人, 3l个', '2.5万人, 31个'],
    // the per-mille sign read as percent and zero
    ['婴儿死亡率2.8%0,主要', '婴儿死亡率2.8‰,主要'],
    ['死亡率2.8%o。', '死亡率2.8‰。'],
    ['出生率9.6％0', '出生率9.6‰'],
  ])('%s → %s', (input, output) => expect(repaired(input)).toBe(output));

  it.each([
    // no number: letters stay letters
    ['DRG付费', 'DRG付费'],
    ['O2O模式', 'O2O模式'],
    ['COVID-19疫情', 'COVID-19疫情'],
    ['H7N9', 'H7N9'],
    ['5G网络', '5G网络'],
    ['iOS 10', 'iOS 10'],
    ['I型糖尿病', 'I型糖尿病'],
    ['二〇二三年', '二〇二三年'],
    ['Ol', 'Ol'],
    // more letters than digits: a code, not a number
    ['lO1', 'lO1'],
    // a percent followed by a digit that goes on a number, or by nothing numeric
    ['达到95%0.5', '达到95%0.5'],
    ['100%', '100%'],
    ['%0', '%0'],
    ['占比%0', '占比%0'],
  ])('%s stays %s', (input, output) => expect(repaired(input)).toBe(output));

  it('keeps the length, so every offset still points at the source', () => {
    for (const text of ['达到1O0%', '婴儿死亡率2.8%0,主要', 'l0秒']) expect(repairOcr(text, defaultVocabulary.ocr).text).toHaveLength(text.length);
  });

  it('says what it repaired, where', () => {
    expect(repairOcr('达到1O0%', defaultVocabulary.ocr).repairs).toEqual([{ span: { start: 3, end: 4 }, from: 'O', to: '0' }]);
    expect(repairOcr('率2.8%0,', defaultVocabulary.ocr).repairs).toEqual([{ span: { start: 4, end: 6 }, from: '%0', to: '‰' }]);
  });

  it('the vocabulary is one character for one digit, and each split sign is read as two characters', () => {
    for (const d of DIGIT_LIKE) {
      expect(d.char).toHaveLength(1);
      expect(d.digit).toMatch(/^[0-9]$/);
    }
    for (const s of SPLIT_SIGNS) {
      expect(s.read).toHaveLength(2);
      expect(s.sign).toHaveLength(1);
    }
    expect(new Set(DIGIT_LIKE.map((d) => d.char)).size).toBe(DIGIT_LIKE.length);
  });
});

const ocr: OcrReport = { engine: 'test', pages: 1, seconds: 0, lines: [] };
const source = (text: string, read?: OcrReport): Source => ({ file: 't', format: read ? 'image' : 'text', encoding: read ? 'ocr' : 'utf-8', text, ...(read ? { ocr: read } : {}) });

describe('normalize repairs OCR text, ours or OCR\'d elsewhere and pasted in', () => {
  const text = '2023年示例市卫生健康工作要点\n一、医疗\n1.急救电话l0秒接听率保持1O0%。\n2.婴儿死亡率控制在2.8%0以内。';

  it('an OCR source: digits put back, the sign taken whole, offsets kept', () => {
    const n = normalize(source(text, ocr), defaultVocabulary);
    expect(n.text).toContain('急救电话10秒接听率保持100%');
    expect(n.text).toContain('2.8‰以内');
    expect(n.repairs?.map((r) => `${r.from}→${r.to}`)).toEqual(['%0→‰', 'l→1', 'O→0']);
    const at = n.text.indexOf('100%');
    expect(text.slice(n.toSource(at), n.toSource(at + 3) + 1)).toBe('1O0%');
  });

  it('a text source OCR\'d elsewhere: the same repairs where a letter touches a digit', () => {
    const n = normalize(source(text), defaultVocabulary);
    expect(n.text).toContain('急救电话10秒接听率保持100%');
    expect(n.repairs?.map((r) => `${r.from}→${r.to}`)).toEqual(['%0→‰', 'l→1', 'O→0']);
  });

  it('a text source with no letter by a digit: left as written, a table\'s bars and 〇 included', () => {
    const plain = '2023年示例市卫生健康工作要点\n| 序号 | 任务 |\n|12|新建村卫生室|\n二〇二三年,DRG付费覆盖所有医院。';
    const n = normalize(source(plain), defaultVocabulary);
    expect(n.repairs).toBeUndefined();
    expect(n.text).toContain('|12|新建村卫生室|');
  });

  it('in text that shows OCR\'s hand: a one read as a letter before an item\'s mark, a space inside a percentage, and, pasted, a space inside a word', () => {
    const pasted = '示例县2018年卫生计生工作计划\n一、医疗\nl、推进医共 体建设。县域内就诊率达到9 0%以上,基本药物占比不低于7O%。\n2、加强防控。';
    const d = extractDocument(source(pasted));
    expect(d.tasks.map((t) => [t.number, t.title])).toEqual([['1', '推进医共体建设'], ['2', '加强防控']]);
    expect(d.tasks[0]!.targets.map((t) => t.value)).toEqual([90, 70]);
    expect(d.messages.filter((m) => m.rule === 'ocr-repair').length).toBeGreaterThanOrEqual(4);
    // Without a letter by a digit, no space is taken out: a writer's spacing stays.
    expect(normalize(source('示例县工作计划\n一、医疗\n1、推进医共 体建设。'), defaultVocabulary).text).toContain('医共 体');
  });

  it('the figures come out whole, each repair an info message, the text verbatim from the source', () => {
    const doc = extractDocument(source(text, ocr));
    const targets = doc.tasks.flatMap((t) => t.targets);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [100, '%'],
      [2.8, '‰'],
    ]);
    // The text verbatim from the source: what OCR read, `%0` whole.
    expect(targets.map((t) => t.text)).toEqual(['急救电话l0秒接听率保持1O0%', '婴儿死亡率控制在2.8%0以内']);
    expect(doc.messages.filter((m) => m.rule === 'ocr-repair')).toHaveLength(3);
    expect(doc.ocr).toBe(ocr);
  });
});
