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
  ])('%s', (text, expected) => {
    expect(extractDeadlines(text, defaultVocabulary).map((d) => d.text)).toEqual(expected);
  });
});
