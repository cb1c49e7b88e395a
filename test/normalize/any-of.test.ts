import { describe, expect, it } from 'vitest';
import { anyOf, anyOfIn, requiredLiteral } from '../../src/normalize/any-of.js';

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

describe('requiredLiteral: the Chinese words every match holds, which gate a search of the whole document', () => {
  it.each([
    ['\\d{4}-\\d{2}-\\d{2}\\s+\\d{2}:\\d{2}\\s*发表于', '发表于'],
    ['由会员分享.*可在线阅读', '由会员分享'],
    ['页数[:：]\\s*\\d+', '页数'],
    ['翻页书|电子书由', ''],
    ['(https?:\\/\\/|www\\.)[a-z0-9.-]+', ''],
    ['a(发表)b', ''],
    ['[发表]于', '于'],
    ['发表于?', '发表'],
    ['发表+于', '发'],
    ['发表\\u4e00于', '发表'],
  ])('%s → %s', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('leaves the answer of each line as the patterns give it', () => {
    const patterns = [/\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}\s*发表于/, /由会员分享.*可在线阅读/];
    const lines = ['2023-05-06 10:20 发表于北京', '本文由会员分享，可在线阅读', '发表于', '正文'];
    const any = anyOfIn(patterns, lines.join('\n'));
    for (const line of lines) expect(any.test(line)).toBe(patterns.some((p) => p.test(line)));
    expect(anyOfIn(patterns, '正文').test('2023-05-06 10:20 发表于北京')).toBe(false);
  });
});
