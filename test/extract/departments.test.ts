import { describe, expect, it } from 'vitest';
import { extractDepartments, splitNames } from '../../src/extract/departments.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

describe('declared departments', () => {
  it.each([
    ['（牵头科室：医政科、基妇科）', ['医政科', '基妇科'], []],
    ['(牵头科室:疾控监督科', ['疾控监督科'], []],
    ['头科室:组织人事科、政法宣传科', ['组织人事科', '政法宣传科'], []],
    ['(牵头科室:医政科基妇科', ['医政科', '基妇科'], []],
    ['(牵头科室:基妇科医政科、中医药管理科)', ['基妇科', '医政科', '中医药管理科'], []],
    ['(牵头科室:人事科、科教科)', ['人事科', '科教科'], []],
    ['（牵头科室：医政医管科；配合科室：科技教育科）', ['医政医管科'], ['科技教育科']],
    ['（责任单位：市疾控中心；配合单位：各区县卫生健康局）', ['市疾控中心'], ['各区县卫生健康局']],
    ['（牵头单位：规划发展与信息化科）', ['规划发展与信息化科'], []],
    ['（医政医管科牵头，疾控科、基层卫生科配合）', ['医政医管科'], ['疾控科', '基层卫生科']],
    ['做好工作。', [], []],
  ])('%s', (text, lead, support) => {
    expect(extractDepartments(text, defaultVocabulary)).toEqual({ lead, support });
  });
});

describe('splitNames keeps whole names and splits glued ones', () => {
  it.each([
    ['中医药管理科中医药发展科', ['中医药管理科', '中医药发展科']],
    ['卫生应急办公室', ['卫生应急办公室']],
    ['办公室', ['办公室']],
    ['区计生协会', ['区计生协会']],
  ])('%s', (list, names) => expect(splitNames(list)).toEqual(names));
});
