import { describe, expect, it } from 'vitest';
import { recognizeFigures } from '../../src/extract/numbers/recognize.js';
import { parseArabic, parseChineseNumeral, toChineseNumeral } from '../../src/extract/numbers/resolve.js';
import { targetsOf } from '../helpers/index.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十九', 29], ['一百二十', 120], ['一百零五', 105],
    ['两千', 2000], ['三千五百', 3500], ['六万', 60000], ['三亿五千万', 350000000], ['零点五', 0.5], ['一点二万', 12000], ['三点六五亿', 365000000], ['两', 2], ['〇', 0],
  ])('%s → %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it.each(['', '点', '甲', '一甲'])('%j is not a numeral', (text) => expect(parseChineseNumeral(text)).toBeNull());
});

describe('parseArabic', () => {
  it.each([
    ['6', '万', 60000], ['3.65', '亿', 365000000], ['5000', '万', 50000000], ['280', '', 280], ['1.5', '千', 1500], ['2', '千万', 20000000],
  ])('%s%s → %d', (digits, magnitude, value) => expect(parseArabic(digits, magnitude)).toBe(value));
});

describe('toChineseNumeral', () => {
  it.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [36, '三十六'], [105, '一百零五'], [110, '一百一十']])('%d → %s', (n, text) =>
    expect(toChineseNumeral(n)).toBe(text));
});

describe('recognizeFigures', () => {
  const figures = (text: string) => [...recognizeFigures(text)].map((f) => ({ raw: f.raw, value: f.value, script: f.script }));
  it.each([
    ['百分之九十', [{ raw: '百分之九十', value: 90, script: 'percent-words' }]],
    ['新建6万管', [{ raw: '6万', value: 60000, script: 'arabic' }]],
    ['投资3.65亿', [{ raw: '3.65亿', value: 365000000, script: 'arabic' }]],
    ['两千人', [{ raw: '两千', value: 2000, script: 'chinese' }]],
    ['xx%', [{ raw: 'xx', value: null, script: 'redacted' }]],
    ['x.xx万平方米', [{ raw: 'x.xx万', value: null, script: 'redacted' }]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    ['三分之一', [{ raw: '三分之一', value: 100 / 3, script: 'fraction' }]],
    ['10万分之9.12', [{ raw: '10万分之9.12', value: 9.12, script: 'per-base' }]],
    ['千分之4.86', [{ raw: '千分之4.86', value: 4.86, script: 'per-base' }]],
    ['五分之二', [{ raw: '五分之二', value: 40, script: 'fraction' }]],
    ['九成以上', [{ raw: '九成', value: 90, script: 'tenths' }]],
    ['达到一成', [{ raw: '一成', value: 10, script: 'tenths' }]],
    ['翻一番', [{ raw: '翻一番', value: 2, script: 'doubling' }]],
    ['翻两番', [{ raw: '翻两番', value: 4, script: 'doubling' }]],
    ['按1:800的比例', [{ raw: '1:800', value: 800, script: 'ratio' }]],
    ['1：300的标准', [{ raw: '1：300', value: 300, script: 'ratio' }]],
  ])('named form %s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    ['统一成立', [{ raw: '一', value: 1, script: 'chinese' }]],
    ['九成员', [{ raw: '九', value: 9, script: 'chinese' }]],
    ['8:30开始', [{ raw: '8', value: 8, script: 'arabic' }, { raw: '30', value: 30, script: 'arabic' }]],
    ['比分1:3', [{ raw: '1', value: 1, script: 'arabic' }, { raw: '3', value: 3, script: 'arabic' }]],
  ])('%s is no named form', (text, expected) => expect(figures(text)).toEqual(expected));

  it('skips words with numeral characters but no digit word', () => {
    expect(figures('千万不要')).toEqual([]);
  });
});

describe('a decimal in words with its magnitude (`一点二万`)', () => {
  it('is one figure, its magnitude applied', () => {
    expect(targetsOf('全年完成免费孕前优生健康检查一点二万对。').map((t) => [t.value, t.unit])).toEqual([[12000, '对']]);
  });
});
