import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/normalize/any-of.js';

describe('anyOf: a list of patterns tested as one', () => {
  const patterns = [/^来源[:：]/, /(https?:\/\/|www\.)[a-z0-9.-]+/i, /ICP备/, /^a|b$/, /^[|]x/, /^\(|\)$/];
  const any = anyOf(patterns);
  it.each([
    ['来源：示例市卫健委', true],
    ['本文来源：示例市', false],
    ['访问 HTTPS://Example.gov.cn 获取', true],
    ['京ICP备12345号', true],
    ['京icp备12345号', false],
    ['xxa', false],
    ['ab', true],
    ['xxb', true],
    ['|x', true],
    ['x|x', false],
    ['(一)', true],
    ['一)', true],
    ['一(二', false],
  ])('%s → %s', (line, expected) => {
    expect(any.test(line)).toBe(expected);
    expect(patterns.some((p) => p.test(line))).toBe(expected);
  });
});
