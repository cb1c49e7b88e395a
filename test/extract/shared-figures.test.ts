import { describe, expect, it } from 'vitest';
import { targetsOf } from '../helpers/index.js';

// Fictional snippets for 溪岚县: one figure shared by names joined with 和/及/与 as well as 、.

describe('one figure shared by names joined with a word', () => {
  it.each([
    ['县人民医院和县妇幼保健院患者满意度均达到92%以上。', ['县人民医院患者满意度', '县妇幼保健院患者满意度'], '>=', 92],
    ['高血压和糖尿病患者规范管理达标率均达到65%。', ['高血压患者规范管理达标率', '糖尿病患者规范管理达标率'], '>=', 65],
    ['孕产妇及婴儿死亡率均控制在6‰以下。', ['孕产妇死亡率', '婴儿死亡率'], '<=', 6],
    ['东城院区与西城院区各建设1个日间手术中心。', ['东城院区日间手术中心', '西城院区日间手术中心'], '=', 1],
    ['东片、西片和北片各新增3个托育点。', ['东片托育点', '西片托育点', '北片托育点'], '=', 3],
    // The verb's object before the figure, the place the work is done in, or its deadline, around 各.
    ['在县人民医院、县中医院各建成健康教育馆1个。', ['县人民医院健康教育馆', '县中医院健康教育馆'], '=', 1],
    ['县人民医院、县中医院6月底前各建成1套院感实时监测系统。', ['县人民医院院感实时监测系统', '县中医院院感实时监测系统'], '=', 1],
    // A figure that is part of a name (`2型`, `3岁以下`) does not stop the names sharing the one said after them.
    ['高血压、2型糖尿病患者健康管理率均达到70%以上。', ['高血压患者健康管理率', '2型糖尿病患者健康管理率'], '>=', 70],
    ['新生儿访视率、3岁以下儿童系统管理率均达到93%。', ['新生儿访视率', '3岁以下儿童系统管理率'], '>=', 93],
    // `及时` holds 及 and joins nothing; the second name leaves out the head it shares with the first.
    ['突发事件报告率和报告及时率均达到100%。', ['突发事件报告率', '突发事件报告及时率'], '>=', 100],
    // The names, then after a comma the measure each of them has.
    ['创建无烟机关、无烟医院、无烟学校，建成率均达到85%以上。', ['无烟机关建成率', '无烟医院建成率', '无烟学校建成率'], '>=', 85],
  ] as const)('%s', (snippet, metrics, comparator, value) => {
    const got = targetsOf(snippet);
    expect(got.map((t) => t.metric)).toEqual(metrics);
    expect(got.every((t) => t.comparator === comparator && t.value === value)).toBe(true);
  });

  it.each([
    ['新建县级康复中心、护理站各6家。', ['县级康复中心', '护理站']],
    ['建成心电诊断中心、影像诊断中心各2个。', ['心电诊断中心', '影像诊断中心']],
  ])('各 right before the figure, the verb before the names: %s', (snippet, metrics) => {
    const got = targetsOf(snippet);
    expect(got.map((t) => t.metric)).toEqual(metrics);
    expect(new Set(got.map((t) => t.sliced)).size).toBe(1);
  });

  it('a name with 和 inside and no word for "each" stays one target', () => {
    expect(targetsOf('卫生和健康宣传覆盖率达到90%。').length).toBe(1);
  });
});
