import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { defaultVocabulary } from '../../src/vocab/index.js';

const norm = (text: string) => normalize({ file: 't.txt', format: 'text', encoding: 'utf-8', text }, defaultVocabulary).text;

describe('a Word page-number field left in a preview', () => {
  it('`PAGE` and the number it printed (`2-`) are dropped', () => {
    const text = norm('溪桥县妇幼保健院2021年工作计划\n一、总体目标\n全县孕产妇死亡率控制在12/10万以下。\nPAGE\n2-\n二、重点任务\n住院分娩率稳定在99%以上。');
    expect(text).not.toContain('PAGE');
    expect(text).not.toMatch(/^2-$/m);
  });

  it('a figure with a dash in a sentence stays', () => {
    expect(norm('溪桥县2021年工作计划\n一、目标\n3-6岁儿童健康管理率达到90%。')).toContain('3-6岁');
  });
});
