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

/**
 * A task table (任务分解表) as Word writes it. A cell given as `[text, rows]`
 * is merged down over `rows` rows; the rows below leave that column out.
 */
export async function tableToDocx(title: string, rows: readonly (readonly (string | readonly [string, number])[])[]): Promise<Buffer> {
  const { Table, TableRow, TableCell, VerticalMergeType } = await import('docx');
  const pending = new Map<number, number>();
  const tableRows = rows.map((cells) => {
    const out: InstanceType<typeof TableCell>[] = [];
    let col = 0;
    const fillMerged = () => {
      while ((pending.get(col) ?? 0) > 0) {
        pending.set(col, pending.get(col)! - 1);
        out.push(new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')] }));
        col++;
      }
    };
    for (const cell of cells) {
      fillMerged();
      const [text, span] = typeof cell === 'string' ? [cell, 1] : cell;
      if (span > 1) pending.set(col, span - 1);
      out.push(new TableCell({ ...(span > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}), children: [new Paragraph({ children: [new TextRun(text)] })] }));
      col++;
    }
    fillMerged();
    return new TableRow({ children: out });
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(title)] }), new Table({ rows: tableRows })] }] });
  return Packer.toBuffer(doc);
}
