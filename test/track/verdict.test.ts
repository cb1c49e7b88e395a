import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { comparable, convert, judgeFigure, lastPlace, readFigure } from '../../src/track/figure.js';
import type { Comparator, Target } from '../../src/types.js';

/** A figure as the extractor gives it: the clause's words, comparator, value (magnitude applied) and unit. */
function fig(text: string, comparator: Comparator, value: number | null, unit: string, extra: Partial<Target> = {}): Target {
  return { kind: 'target', text, metric: '', comparator, value, unit, deadline: null, span: { start: 0, end: text.length }, rule: 'test', ...(value === null ? { redacted: true as const } : {}), ...extra };
}

describe('the verdict of each comparator, on figures as the extractor reads them', () => {
  // [plan's words, comparator, value, unit] vs [summary's words, comparator, value, unit] → verdict (reason)
  it.each([
    // >= : a floor
    ['≥ met above', fig('接种率达到95%以上', '>=', 95, '%'), fig('接种率达到96.2%', '>=', 96.2, '%'), 'met', null],
    ['≥ met on the line', fig('接种率达到95%以上', '>=', 95, '%'), fig('接种率达到95%', '>=', 95, '%'), 'met', null],
    ['≥ missed below', fig('接种率不低于95%', '>=', 95, '%'), fig('接种率为94.9%', '=', 94.9, '%'), 'missed', null],
    ['≥ met by a floor above it', fig('覆盖率达到90%', '>=', 90, '%'), fig('覆盖率保持在92%以上', '>=', 92, '%'), 'met', null],
    ['≥ undetermined by a floor under it', fig('就诊率达到90%以上', '>=', 90, '%'), fig('就诊率保持在89%以上', '>=', 89, '%'), 'undetermined', 'bound'],
    ['≥ undetermined when the summary is redacted', fig('就诊率达到90%以上', '>=', 90, '%'), fig('就诊率达到xx%以上', '>=', null, '%'), 'undetermined', 'redacted'],
    ['≥ undetermined when the plan is redacted', fig('就诊率达到xx%', '>=', null, '%'), fig('就诊率达到91%', '>=', 91, '%'), 'undetermined', 'redacted'],
    // > : strictly above
    ['> missed on the line', fig('床位超过600张', '>', 600, '张'), fig('床位600张', '=', 600, '张'), 'missed', null],
    ['> met above', fig('床位超过600张', '>', 600, '张'), fig('床位601张', '=', 601, '张'), 'met', null],
    ['> met by 余 on the line', fig('床位超过600张', '>', 600, '张'), fig('床位600余张', '>', 600, '张'), 'met', null],
    // <= : a ceiling
    ['≤ met under', fig('发病率控制在180/10万以内', '<=', 180, '/10万'), fig('发病率为162.5/10万', '=', 162.5, '/10万'), 'met', null],
    ['≤ met on the line', fig('发病率控制在180/10万以内', '<=', 180, '/10万'), fig('发病率降至180/10万', '<=', 180, '/10万'), 'met', null],
    ['≤ missed above', fig('发病率控制在180/10万以内', '<=', 180, '/10万'), fig('发病率为181/10万', '=', 181, '/10万'), 'missed', null],
    ['≤ undetermined by a ceiling above it', fig('发病率控制在180/10万以内', '<=', 180, '/10万'), fig('发病率控制在200/10万以下', '<=', 200, '/10万'), 'undetermined', 'bound'],
    ['≤ met by a ceiling under it', fig('反应时间控制在10分钟以内', '<=', 10, '分钟'), fig('反应时间不超过9分钟', '<=', 9, '分钟'), 'met', null],
    // < : strictly under
    ['< missed on the line', fig('婴儿死亡率低于5‰', '<', 5, '‰'), fig('婴儿死亡率5‰', '=', 5, '‰'), 'missed', null],
    ['< met under', fig('婴儿死亡率低于5‰', '<', 5, '‰'), fig('婴儿死亡率4.9‰', '=', 4.9, '‰'), 'met', null],
    ['< met by a strict ceiling on the line', fig('婴儿死亡率低于5‰', '<', 5, '‰'), fig('婴儿死亡率低于5‰', '<', 5, '‰'), 'met', null],
    // = : a plain figure is a quantity to deliver (at least it) ...
    ['= met above', fig('新增市级临床重点专科4个', '=', 4, '个'), fig('新增市级临床重点专科5个', '=', 5, '个'), 'met', null],
    ['= met on the line', fig('新增市级临床重点专科4个', '=', 4, '个'), fig('新增市级临床重点专科4个', '=', 4, '个'), 'met', null],
    ['= missed under', fig('力争新增省级临床重点专科2个', '=', 2, '个'), fig('新增省级临床重点专科1个', '=', 1, '个'), 'missed', null],
    // ... unless lower is better for the measure
    ['= a death rate is a ceiling: met', fig('婴儿死亡率5‰', '=', 5, '‰', { metric: '婴儿死亡率' }), fig('婴儿死亡率4‰', '=', 4, '‰'), 'met', null],
    ['= a death rate is a ceiling: missed', fig('婴儿死亡率5‰', '=', 5, '‰', { metric: '婴儿死亡率' }), fig('婴儿死亡率6‰', '=', 6, '‰'), 'missed', null],
    ['= a range is a band: met inside', fig('床位使用率85%—90%', '=', 85, '%', { valueMax: 90 }), fig('床位使用率88%', '=', 88, '%'), 'met', null],
    ['= a range is a band: missed outside', fig('床位使用率85%—90%', '=', 85, '%', { valueMax: 90 }), fig('床位使用率93%', '=', 93, '%'), 'missed', null],
    // 左右 (comparator `=`, the word after the unit): within 5 % of the figure
    ['左右 met near', fig('床位使用率控制在85%左右', '=', 85, '%'), fig('床位使用率86.5%', '=', 86.5, '%'), 'met', null],
    ['左右 met at the edge', fig('床位使用率控制在85%左右', '=', 85, '%'), fig('床位使用率80.75%', '=', 80.75, '%'), 'met', null],
    ['左右 missed far below', fig('床位使用率控制在85%左右', '=', 85, '%'), fig('床位使用率80%', '=', 80, '%'), 'missed', null],
    ['左右 missed far above', fig('床位使用率控制在85%左右', '=', 85, '%'), fig('床位使用率95%', '=', 95, '%'), 'missed', null],
    ['左右 undetermined by a floor across it', fig('床位使用率控制在85%左右', '=', 85, '%'), fig('床位使用率保持在85%以上', '>=', 85, '%'), 'undetermined', 'bound'],
    ['a summary\'s 左右 against a floor', fig('签约率达到80%', '>=', 80, '%'), fig('签约率85%左右', '=', 85, '%'), 'met', null],
    // 余, 多 and 近: within the last stated place
    ['余 met', fig('规范管理各2.5万人', '=', 25000, '人'), fig('规范管理高血压患者2.7万余人', '>', 27000, '人'), 'met', null],
    ['余 missed: 2.3万余 is under 2.4万', fig('规范管理各2.5万人', '=', 25000, '人'), fig('糖尿病患者2.3万余人', '>', 23000, '人'), 'missed', null],
    ['多 missed: 180多 is under 190', fig('招聘200名', '=', 200, '名'), fig('招聘180多名', '>', 180, '名'), 'missed', null],
    ['近 missed: 近2万 is under 2万', fig('签约2万人', '=', 20000, '人'), fig('签约居民近2万人', '=', 20000, '人'), 'missed', null],
    // changes: signed by their verb
    ['a fall met', fig('药占比下降2个百分点', '=', 2, '个百分点'), fig('药占比下降2.5个百分点', '=', 2.5, '个百分点'), 'met', null],
    ['a fall missed', fig('药占比下降2个百分点以上', '>=', 2, '个百分点'), fig('药占比下降1.2个百分点', '=', 1.2, '个百分点'), 'missed', null],
    ['a rise where a fall was asked', fig('药占比下降2个百分点', '=', 2, '个百分点'), fig('药占比提高1个百分点', '=', 1, '个百分点'), 'missed', null],
    ['a growth met', fig('门诊量同比增长10%', '=', 10, '%'), fig('门诊量同比增长12%', '=', 12, '%'), 'met', null],
    ['a growth is no level', fig('门诊量占比达到10%', '>=', 10, '%'), fig('门诊量同比增长12%', '=', 12, '%'), 'undetermined', 'unit'],
    ['a count is no share', fig('重点人群家庭医生签约率达到75%', '>=', 75, '%'), fig('重点人群家庭医生签约28.6万人', '>=', 286000, '人'), 'undetermined', 'unit'],
  ])('%s', (_name, target, achievement, verdict, reason) => {
    expect(judgeFigure(target, { ...achievement, kind: 'achievement' })).toMatchObject({ verdict, reason });
  });
});

describe('unit conversion', () => {
  it.each([
    // [plan's figure, summary's figure, verdict, the summary's figure in the plan's unit]
    [fig('死亡率控制在0.5%以下', '<=', 0.5, '%'), fig('死亡率4.2‰', '=', 4.2, '‰'), 'met', 0.42],
    [fig('发病率控制在18/万以内', '<=', 18, '/万'), fig('发病率162.5/10万', '=', 162.5, '/10万'), 'met', 16.25],
    [fig('发病率控制在150/10万以内', '<=', 150, '/10万'), fig('发病率1.625/千', '=', 1.625, '/千'), 'missed', 162.5],
    [fig('平均候诊时间不超过1小时', '<=', 1, '小时'), fig('平均候诊时间45分钟', '=', 45, '分钟'), 'met', 0.75],
    [fig('急救反应时间控制在12分钟以内', '<=', 12, '分钟'), fig('急救反应时间缩短至600秒', '<=', 600, '秒'), 'met', 10],
    [fig('招聘医学生200人', '=', 200, '人'), fig('招聘医学生210名', '=', 210, '名'), 'met', 210],
    [fig('新建社区卫生服务中心3所', '=', 3, '所'), fig('新建社区卫生服务中心2家', '=', 2, '家'), 'missed', 2],
    [fig('新增床位500张', '=', 500, '张'), fig('新增床位520床', '=', 520, '床'), 'met', 520],
    // 万人次 is 人次 with the magnitude applied by the extractor.
    [fig('服务量达到50万人次', '>=', 500000, '人次'), fig('服务量480000人次', '=', 480000, '人次'), 'missed', 480000],
    [fig('业务用房达到2万平方米', '>=', 20000, '平方米'), fig('业务用房30亩', '=', 30, '亩'), 'met', 20000],
  ])('%s against %s', (t, a, verdict, value) => {
    const j = judgeFigure(t, a);
    expect(j.verdict).toBe(verdict);
    expect(j.measured?.low).toBeCloseTo(value as number, 9);
  });

  it.each([
    ['%', '‰', true],
    ['/10万', '%', true],
    ['名', '人', true],
    ['人次', '人', false],
    ['%', '个百分点', false],
    ['个', '家', false],
    ['元', '人', false],
  ])('%s and %s compare: %s', (u1, u2, yes) => {
    expect(comparable(fig(`1${u1}`, '=', 1, u1 as string), fig(`1${u2}`, '=', 1, u2 as string))).toBe(yes);
  });

  it('converts', () => {
    expect(convert(5, '‰', '%')).toBe(0.5);
    expect(convert(180, '/10万', '/万')).toBe(18);
    expect(convert(2, '小时', '分钟')).toBe(120);
  });

  it('knows the last stated place of a figure', () => {
    expect([180, 32000, 2600, 10000, 2.31, 5].map(lastPlace)).toEqual([10, 1000, 100, 10000, 0.01, 1]);
  });
});

describe('reading the words around a figure', () => {
  it.each([
    ['保持在98%以上', '%', { bound: { side: 'floor', strict: false }, approximate: false, change: null }],
    ['超过70%', '%', { bound: { side: 'floor', strict: true } }],
    ['控制在5‰以下', '‰', { bound: { side: 'ceiling', strict: false } }],
    ['床位使用率85%左右', '%', { approximate: true, bound: null }],
    ['招聘医生约200名', '名', { approximate: true }],
    ['签约居民近2万人', '人', { nearly: true }],
    // 签约, 预约 end in 约 and 就近 in 近: no approximation.
    ['重点人群签约2万人', '人', { approximate: false, nearly: false }],
    ['就近5公里', '公里', { nearly: false }],
    ['不超过9分钟', '分钟', { bound: { side: 'ceiling', strict: false } }],
    ['受益群众30万多人次', '人次', { moreThan: true }],
    ['同比增长8.6%', '%', { change: { up: true } }],
    ['较上年提高1.8个百分点', '个百分点', { change: { up: true } }],
    ['门诊次均费用下降1.2个百分点', '个百分点', { change: { up: false } }],
    ['提高到80%', '%', { change: null }],
    ['降至24.3%', '%', { change: null }],
    ['新增普惠托位420个', '个', { change: null }],
    // In a list, the words before its first figure speak for all.
    ['建成率分别达到96.5%、100%以上', '%', { bound: { side: 'floor', strict: false } }],
    ['分别增长5%、6%', '%', { change: { up: true } }],
  ])('%s', (text, unit, expected) => {
    expect(readFigure(fig(text, '=', 1, unit))).toMatchObject(expected);
  });

  it('reads what the extractor gives for a summary', () => {
    const doc = extractText('示例市卫生健康委2023年工作总结\n一、测试\n（一）测试。县域内就诊率保持在89%以上，受益群众1万多人次，药占比下降2.1个百分点，床位使用率85%左右。\n');
    const readings = doc.tasks[0]!.targets.map((t) => readFigure(t));
    expect(readings.map((r) => [r.bound?.side ?? null, r.moreThan, r.change?.up ?? null, r.approximate])).toEqual([
      ['floor', false, null, false],
      [null, true, null, false],
      [null, false, false, false],
      [null, false, null, true],
    ]);
  });
});
