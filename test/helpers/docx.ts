import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TextRun } from 'docx';

const SECTION = /^[一二三四五六七八九十]+、/;
const TASK = /^(?:\d+[.、]|[（(][一二三四五六七八九十]+[）)])/;

/**
 * Writes a plan's text as a Word document. With `autoNumber`, section and task
 * numbers are Word's automatic list numbers (not in the text), as in documents
 * made from a template; a running header and a page-number footer are added.
 */
export async function planToDocx(text: string, options: { autoNumber: boolean; fontSize?: number }): Promise<Buffer> {
  const size = (options.fontSize ?? 12) * 2;
  const chineseTasks = /^[（(][一二三四五六七八九十]+[）)]/m.test(text);
  const children = text.split('\n').filter((l) => l.trim()).map((line) => {
    if (options.autoNumber && SECTION.test(line)) {
      return new Paragraph({ numbering: { reference: 'plan', level: 0 }, children: [new TextRun({ text: line.replace(SECTION, ''), size })] });
    }
    if (options.autoNumber && TASK.test(line)) {
      return new Paragraph({ numbering: { reference: 'plan', level: 1 }, children: [new TextRun({ text: line.replace(TASK, ''), size })] });
    }
    return new Paragraph({ children: [new TextRun({ text: line, size })] });
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            chineseTasks
              ? { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT }
              : { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('示例市卫生健康委员会文件')] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
