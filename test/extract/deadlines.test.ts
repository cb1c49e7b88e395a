import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

describe('deadlines', () => {
  it.each([
    ['6月底前，建成一批。', ['6月底前']],
    ['年底前基层医疗机构全部达标。', ['年底前']],
    ['力争2022年12月底完成竣工验收，年内完成投资。', ['2022年12月底', '年内']],
    ['2021年，推进区人民医院预约诊疗平台建设。', ['2021年']],
    ['开展西山区2021年度“健康家庭”创建活动。', []],
    ['确保2023年国卫复审高线通过。', []],
    ['到2025年，建成3个。', ['到2025年']],
    ['第三季度前完成。', ['第三季度前']],
    ['三季度完成验收，四季度末投入使用。', ['三季度', '四季度末']],
    ['前三季度全市完成80%，每季度通报一次。', []],
    ['2023年三季度建成。', ['2023年三季度']],
    ['2023年10月15日前上报。', ['2023年10月15日前']],
    ['10月15日前上报。', ['10月15日前']],
    // A signature's date is not read to the day (the words stay as they were).
    ['桐屿区卫生健康局2024年1月8日', ['2024年1月']],
    // A deadline cell's words, as a task table gives them, when no pattern reads them.
    ['推进集采。（牵头单位：医保局）（完成时限：持续推进）', ['持续推进']],
    ['推进集采。（完成时限：长期坚持）', ['长期坚持']],
    ['推进集采。（完成时限：按省里要求）', ['按省里要求']],
    ['推进集采。（完成时限：2023年12月底前）', ['2023年12月底前']],
    ['推进集采。（完成时限：12月）', ['12月']],
    ['加强监管（长期坚持）。', ['长期坚持']],
    // The date a progress line is made as of is not a deadline; 截至 before work still to do is one.
    ['完成时限：2024年11月底\n截至3月底进展：已建成2个。', ['2024年11月底']],
    ['截止9月的完成情况：签约率65%。', []],
    ['截至年底，全部完成改造。', ['年底']],
    // In prose they are not deadlines.
    ['持续推进医共体建设，长期坚持预防为主。', []],
  ])('%s', (text, expected) => {
    expect(extractDeadlines(text, defaultVocabulary).map((d) => d.text)).toEqual(expected);
  });
});
