import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractText } from '../../src/index.js';
import { decode } from '../../src/read/index.js';
import type { Document } from '../../src/types.js';
import { planToDocx } from '../helpers/docx.js';
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
