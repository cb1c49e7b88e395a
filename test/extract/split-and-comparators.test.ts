import { describe, expect, it } from 'vitest';
import { targetsOf } from '../helpers/index.js';

// Fictional snippets for 溪岚县: numbers cut by a space in PDF copies, and comparator words.

type Row = readonly [snippet: string, comparator: string, value: number, unit: string, text: string];

describe('a number cut by a stray space is read whole before a unit', () => {
  it.each<Row>([
    ['每千人口全科医生数达到3 .6 人。', '>=', 3.6, '人', '每千人口全科医生数达到3 .6 人'],
    ['每千人口药师数达到0. 7人。', '>=', 0.7, '人', '每千人口药师数达到0. 7人'],
    ['全年家庭医生签约服务达到2 400万人次。', '>=', 24000000, '人次', '全年家庭医生签约服务达到2 400万人次'],
  ])('%s', (snippet, comparator, value, unit, text) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit, t.sliced])).toEqual([[comparator, value, unit, text]]);
  });

  it('reads a list said to be about its figures (`…80%和70%左右`) as about each, whatever the word before the first', () => {
    expect(targetsOf('门诊和住院报销比例分别稳定在65%和75%左右。').map((t) => [t.comparator, t.value])).toEqual([['=', 65], ['=', 75]]);
    expect(targetsOf('门诊和住院报销比例分别达到65%、75%以上。').map((t) => [t.comparator, t.value])).toEqual([['>=', 65], ['>=', 75]]);
  });

  it('a point that ends an item, or a space before a year, joins nothing', () => {
    expect(targetsOf('完成2. 新建3个示范点。').map((t) => t.value)).toEqual([3]);
    expect(targetsOf('到2025 年新建6个示范点。').map((t) => t.value)).toEqual([6]);
  });
});

describe('comparator words', () => {
  it.each<Row>([
    ['县域内就诊率超85%。', '>', 85, '%', '县域内就诊率超85%'],
    ['老年友善医疗机构占比超过90%。', '>', 90, '%', '老年友善医疗机构占比超过90%'],
    ['康复病床达到医院总床位数的5%。', '>=', 5, '%', '康复病床达到医院总床位数的5%'],
    ['儿科床位不低于总床位的8%。', '>=', 8, '%', '儿科床位不低于总床位的8%'],
    // A rate of 100% with no comparator word is one to reach in full; one a clause keeps stays at its level.
    ['信访件按期办结率100%。', '>=', 100, '%', '信访件按期办结率100%'],
    ['保持急救电话10秒接听率100%。', '=', 100, '%', '保持急救电话10秒接听率100%'],
    ['儿童建档率98%。', '=', 98, '%', '儿童建档率98%'],
    ['实现100%的村卫生室接入远程心电网络。', '>=', 100, '%', '实现100%的村卫生室接入远程心电网络'],
    // Who and how often a figure counts may stand between the comparator word and it; a share of a whole after 降至.
    ['基本公共卫生服务经费补助提高到每人每年94元。', '>=', 94, '元', '基本公共卫生服务经费补助提高到每人每年94元'],
    ['门诊慢特病起付线降至上年度城镇居民人均收入的30%。', '<=', 30, '%', '门诊慢特病起付线降至上年度城镇居民人均收入的30%'],
    ['家庭医生团队发展到260个。', '>=', 260, '个', '家庭医生团队发展到260个'],
    ['精神科医师增至每10万人口4.2名。', '>=', 4.2, '名', '精神科医师增至每10万人口4.2名'],
  ])('%s', (snippet, comparator, value, unit, text) => {
    expect(targetsOf(snippet).map((t) => [t.comparator, t.value, t.unit, t.sliced])).toEqual([[comparator, value, unit, text]]);
  });

  it('超 that starts a word is no comparator', () => {
    expect(targetsOf('超声科新增设备3台。').map((t) => t.comparator)).toEqual(['=']);
  });
});
