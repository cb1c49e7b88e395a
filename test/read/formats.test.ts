import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractText } from '../../src/index.js';
import { decode } from '../../src/read/index.js';
import type { Document } from '../../src/types.js';
import { planToDocx, tableToDocx } from '../helpers/docx.js';
import { ROOT, runCli } from '../helpers/index.js';

const TEXT_2022 = readFileSync(join(ROOT, 'samples/2022-示例市-plan.txt'), 'utf8');
const TEXT_2023 = readFileSync(join(ROOT, 'samples/2023-示例市-plan.txt'), 'utf8');

/** What must not change with the format: sections, tasks, targets and declared departments. */
function essence(d: Document) {
  return {
    title: d.title,
    year: d.year,
    sections: d.sections.map((s) => s.title),
    tasks: d.tasks.map((t) => ({
      section: t.section,
      title: t.title,
      lead: t.departments.lead,
      targets: t.targets.map((x) => [x.metric, x.comparator, x.value, x.unit, x.deadline]),
    })),
  };
}

const viaBytes = async (bytes: Uint8Array, name: string) => extractDocument(await decode(bytes, name));

describe('the same plan in every format gives the same tasks and targets as its text', () => {
  for (const [year, text] of [['2022', TEXT_2022], ['2023', TEXT_2023]] as const) {
    const expected = essence(extractText(text));

    it(`${year}: UTF-8 with a BOM`, async () => {
      expect(essence(await viaBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'p.txt'))).toEqual(expected);
    });

    it(`${year}: UTF-16 with a BOM`, async () => {
      expect(essence(await viaBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'p.txt'))).toEqual(expected);
    });

    it(`${year}: GBK without a BOM`, async () => {
      const doc = await viaBytes(iconv.encode(text, 'gbk'), 'p.txt');
      expect(essence(doc)).toEqual(expected);
    });

    it(`${year}: .docx with the numbers typed in the text`, async () => {
      expect(essence(await viaBytes(await planToDocx(text, { autoNumber: false }), 'p.docx'))).toEqual(expected);
    });

    it(`${year}: .docx whose section and task numbers Word generates`, async () => {
      const docx = await planToDocx(text, { autoNumber: true });
      expect(docx.toString('latin1')).not.toContain('1.健全');
      const doc = await viaBytes(docx, 'p.docx');
      expect(essence(doc)).toEqual(expected);
    });

    it(`${year}: a saved government web page`, async () => {
      const body = text.split('\n').map((l) => `<p>${l}</p>`).join('\n');
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例市卫生健康委员会</title>
        <script>var nav = "一、不是任务";</script><style>p { margin: 0 }</style></head>
        <body><div class="header"><nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/">1.网站导航</a></nav></div>
        <div class="TRS_Editor">${body}</div>
        <footer>主办：示例市卫生健康委员会 | 网站标识码 1234567890 | 2.联系我们</footer></body></html>`;
      expect(essence(await viaBytes(Buffer.from(html), 'p.html'))).toEqual(expected);
    });
  }

  it('2023: .pdf printed by LibreOffice over four pages, with a running header and page numbers', async () => {
    const doc = await viaBytes(readFileSync(join(ROOT, 'test/fixtures/2023-示例市-plan.pdf')), 'p.pdf');
    expect(doc.title).toBe('2023年示例市卫生健康工作要点');
    // Word restarts the automatic task numbers in each section; the rest is the same.
    expect(essence(doc)).toEqual(essence(extractText(TEXT_2023)));
    expect(doc.tasks.map((t) => t.text).join('')).not.toContain('示例市卫生健康委员会文件');
  });

  it('reads a GBK page that says so in its meta charset', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div id="zoom">${TEXT_2022.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    expect(essence(await viaBytes(iconv.encode(html, 'gbk'), 'p.htm'))).toEqual(essence(extractText(TEXT_2022)));
  });
});

describe('type by content, not only by name', () => {
  it('reads a .txt that is really a .docx', async () => {
    const doc = await viaBytes(await planToDocx(TEXT_2022, { autoNumber: true }), 'plan.txt');
    expect(doc.tasks).toHaveLength(18);
  });

  it('reads a .txt that is really a saved page', async () => {
    const doc = await viaBytes(Buffer.from(`<!doctype html><html><body><article>${TEXT_2022.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`), 'plan.txt');
    expect(doc.tasks).toHaveLength(18);
  });

  it('reads a Word task table (任务分解表), with a task merged down over two rows, as tasks', async () => {
    const docx = await tableToDocx('示例县2024年卫生健康重点工作任务分解表', [
      ['序号', '重点任务', '具体措施', '牵头科室', '完成时限'],
      ['1', '加强传染病防控', '甲乙类传染病发病率控制在200/10万以内。', '疾控科', '12月底前'],
      [['2', 2], ['提升妇幼健康水平', 2], '孕产妇死亡率控制在10/10万以下。', '妇幼科', '年底前'],
      ['新增托位500个。', '妇幼科', '6月底前'],
      ['3', '推进智慧医疗', '电子病历应用水平达到4级。', '信息科', '10月底前'],
    ]);
    const doc = await viaBytes(docx, 'table.docx');
    expect(doc.tasks.map((t) => [t.number, t.title, t.departments.lead, t.deadlines])).toEqual([
      ['1', '加强传染病防控', ['疾控科'], ['12月底前']],
      ['2', '提升妇幼健康水平', ['妇幼科'], ['年底前', '6月底前']],
      ['3', '推进智慧医疗', ['信息科'], ['10月底前']],
    ]);
    expect(doc.tasks.map((t) => t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`))).toEqual([['<=200/10万'], ['<=10/10万', '=500个'], ['>=4级']]);
  });

  it('reads a task table on a web page, with a heading row across the table and merged cells, as tasks', async () => {
    const html = `<html><body><div id="zoom"><p>示例县2024年卫生健康重点工作任务分解表</p><table><tbody>
      <tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头科室</th><th>完成时限</th></tr>
      <tr><td colspan="5">一、公共卫生</td></tr>
      <tr><td>1</td><td>加强传染病防控</td><td><p>甲乙类传染病发病率控制在200/10万以内。</p></td><td>疾控科</td><td>12月底前</td></tr>
      <tr><td rowspan="2">2</td><td rowspan="2">提升妇幼健康水平</td><td>孕产妇死亡率控制在10/10万以下。</td><td>妇幼科</td><td>年底前</td></tr>
      <tr><td>新增托位500个&nbsp;</td><td>妇幼科</td><td>6月底前</td></tr>
      </tbody></table></div></body></html>`;
    const doc = await viaBytes(Buffer.from(html), 'table.html');
    expect(doc.title).toBe('示例县2024年卫生健康重点工作任务分解表');
    expect(doc.sections.map((s) => s.title)).toEqual(['公共卫生']);
    expect(doc.tasks.map((t) => [t.number, t.title, t.departments.lead, t.deadlines, t.targets.length])).toEqual([
      ['1', '加强传染病防控', ['疾控科'], ['12月底前'], 1],
      ['2', '提升妇幼健康水平', ['妇幼科'], ['年底前', '6月底前'], 2],
    ]);
  });

  it('--encoding overrides detection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-enc-'));
    const f = join(dir, 'big5.txt');
    writeFileSync(f, iconv.encode('2022年工作要點\n一、甲\n1.新增2家普惠托育機構。', 'big5'));
    const r = runCli(['extract', f, '--format', 'json', '--encoding', 'big5']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks[0].targets[0].value).toBe(2);
    expect(runCli(['extract', f, '--encoding', 'klingon']).code).toBe(2);
  });
});
