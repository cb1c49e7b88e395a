import { describe, expect, it } from 'vitest';
import { recognizeTargets } from '../../src/extract/targets/recognize.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import { targetsOf } from '../helpers/index.js';

// Fictional snippets for 溪岚县: counts that name programmes, and how often something is done.

describe('a count of named programmes is no target', () => {
  it.each([
    ['扎实推进"12项民生实事行动"。', 'countedName'],
    ['围绕“9项重点任务”抓落实。', 'quoted'],
    ['严格执行十八项医疗质量安全核心制度。', 'countedName'],
    ['深入实施11个健康促进专项行动。', 'countedName'],
    ['统筹推进6项基层卫生提升工程，全面见效。', 'countedName'],
    ['对照年度工作清单六方面38条，逐条明确牵头科室。', 'countedName'],
    ['方案分为4个方面21项，全部纳入台账。', 'countedName'],
  ])('%s', (snippet, rule) => {
    expect(targetsOf(snippet)).toEqual([]);
    const { rejected } = recognizeTargets(snippet, defaultVocabulary);
    expect(rejected.map((r) => r.rule)).toContain(rule);
  });

  it.each([
    ['完成14个基建项目。', 14],
    ['新建9个健康小屋示范点。', 9],
    ['完成3个改扩建工程建设。', 3],
    ['清单任务已完成21条。', 21],
    ['覆盖全县3大片区12个村。', 12],
  ])('a delivered thing stays a target: %s', (snippet, value) => {
    expect(targetsOf(snippet).map((t) => t.value)).toEqual([value]);
  });
});

describe('a frequency is no target', () => {
  it.each(['每半年开展一次质控督查。', '每季度通报一次进展。', '每月至少召开1次调度会。', '每两年组织一轮评审。'])('%s', (snippet) => {
    expect(targetsOf(snippet)).toEqual([]);
  });

  it('a count of times without 每 stays a target', () => {
    expect(targetsOf('全年开展联合督查4次。').map((t) => [t.value, t.unit])).toEqual([[4, '次']]);
  });
});

describe('a least number of times a year is a volume', () => {
  it('keeps 每年…不少于6次 and drops 每月至少1次', () => {
    expect(targetsOf('每年开展健康讲座不少于6次。').map((t) => [t.comparator, t.value])).toEqual([['>=', 6]]);
    expect(targetsOf('每月至少召开1次调度会。')).toEqual([]);
  });
});

describe('more counted systems and delivered documents', () => {
  it('passes over 5项基本制度建设 and keeps what is compiled and issued', () => {
    expect(targetsOf('着力推进分级诊疗、现代医院管理、全民医保、药品供应保障、综合监管5项基本制度建设。')).toEqual([]);
    expect(targetsOf('整理民族医药古籍文献80部，出台配套文件3件，服务场景扩展到12个。').map((t) => [t.comparator, t.value])).toEqual([['=', 80], ['=', 3], ['>=', 12]]);
  });
});

describe('what a named place holds', () => {
  it('is no result: 青溪乡下辖19个行政村', () => {
    const { rejected } = recognizeTargets('青溪乡下辖19个行政村，划分6个责任片区。', defaultVocabulary, { kind: 'summary' });
    expect(rejected.map((r) => r.rule)).toContain('scope');
  });

  it('is no result: 我院服务全镇12个行政村, and the staff it has is one', () => {
    const { targets, rejected } = recognizeTargets('我院服务全镇12个行政村，现有在岗职工41人。', defaultVocabulary, { kind: 'summary' });
    expect(rejected.map((r) => [r.raw, r.rule])).toContainEqual(['12', 'scope']);
    expect(targets.map((t) => t.figure.value)).toEqual([41]);
  });
});

describe('a count in words that sums the list right before it (fictional)', () => {
  it.each([
    ['建成县域影像、心电、检验三个共享中心。', 3, '个'],
    ['新建发热门诊、PCR实验室两个检测站。', 2, '个'],
  ])('%s counts what was done', (snippet, value, unit) => {
    expect(targetsOf(snippet).map((t) => [t.value, t.unit])).toEqual([[value, unit]]);
  });

  it.each(['推进影像、心电三个中心建设的“三个全覆盖”。', '实现县、乡两个全覆盖。', '开展改革攻坚、服务提升、能力跃升三个专项行动。'])('%s: a slogan or a list it does not sum is none', (snippet) => {
    expect(targetsOf(snippet)).toEqual([]);
  });
});
