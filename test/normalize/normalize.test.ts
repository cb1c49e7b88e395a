import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { foldWidth } from '../../src/normalize/width.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import type { Source } from '../../src/types.js';

const source = (text: string): Source => ({ file: 't.txt', format: 'text', encoding: 'utf-8', text });
const norm = (text: string) => normalize(source(text), defaultVocabulary);

describe('foldWidth', () => {
  it.each([
    ['（牵头科室：医政科）', '(牵头科室:医政科)'],
    ['１２３％', '123%'],
    ['ＡＢＣ，', 'ABC,'],
    ['①②', '①②'],
    ['全角\u3000空格', '全角 空格'],
  ])('%s → %s', (input, output) => expect(foldWidth(input)).toBe(output));
});

describe('normalize', () => {
  it('drops web-page chrome lines', () => {
    const n = norm('当前位置:首页>政务公开\n2023年全市卫生健康工作要点\n发布日期:2023-06-30 浏览次数:\n一、总体要求\n信息来源: 市卫生健康委\n分享:\n关闭 打印');
    expect(n.text).toBe('2023年全市卫生健康工作要点\n一、总体要求');
  });

  it('drops a line carrying a site advert and URL', () => {
    expect(norm('某某范文网:www.example.com2022年工作要点\n2022年工作要点').text).toBe('2022年工作要点');
  });

  it('cuts Word bookmarks out of a line', () => {
    expect(norm('[bookmark: _GoBack]29.完善药品供应保障机制。').text).toBe('29.完善药品供应保障机制。');
  });

  it('rejoins a sentence broken across lines', () => {
    const n = norm('39.加快推进卫生健康数字新基建,建成“示例健康云”一\n\n期项目并上线试运行,推动上云。\n40.下一条。');
    expect(n.text).toBe('39.加快推进卫生健康数字新基建,建成“示例健康云”一期项目并上线试运行,推动上云。\n40.下一条。');
  });

  it('does not join a heading to the paragraph after it', () => {
    expect(norm('2023年全市卫生健康工作要点\n2023年,全市工作的总体要求是:坚持。').text).toBe('2023年全市卫生健康工作要点\n2023年,全市工作的总体要求是:坚持。');
  });

  it('cuts page-number runs of document-sharing sites and joins the pages', () => {
    const n = norm('标题行\n1、第一页开始,内容在页末被切\n2、断了,继续写,又被切\n3、断,第三页结束。');
    expect(n.text).toBe('标题行\n第一页开始,内容在页末被切断了,继续写,又被切断,第三页结束。');
  });

  it('keeps real numbered tasks that follow headings and full stops', () => {
    const text = '一、第一部分\n1、任务一。\n2、任务二。\n3、任务三。';
    expect(norm(text).text).toBe(text);
  });

  it('maps every character back to its source offset', () => {
    const text = '  当前位置:首页\n  一、加强  党的建设\r\n1．全市健康素养水平达到１９％。';
    const n = norm(text);
    for (let i = 0; i < n.text.length; i++) {
      const c = n.text[i]!;
      if (c === '\n' || c === ' ') continue;
      // A full-width point after a line's opening number is kept as it is (a marker, not a decimal point).
      const source = text[n.toSource(i)]!;
      expect(c === '．' ? source : foldWidth(source)).toBe(c);
    }
    expect(n.text).toContain('1．全市健康素养水平达到19%');
  });
});
