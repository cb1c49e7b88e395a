import { convert, type DomNode, type FormatCallback } from 'html-to-text';
import { type TableCell, tableLines } from './tables.js';

/** Where government sites keep the article body, most specific first. */
const BODY_SELECTORS = [
  '.TRS_Editor', '#zoom', '.pages_content', '#UCAP-CONTENT', '.article-content', '.article_content', '.news_content',
  '.content', '#content', 'article', 'main', '.article', 'body',
];

const SKIPPED = ['script', 'style', 'nav', 'header', 'footer', 'noscript', 'iframe', 'form', 'button', 'select', 'img', 'svg'];

/**
 * The article body of a saved government page as text: the first body
 * container that holds a real amount of text, without navigation, footer and
 * scripts. Remaining chrome lines are dropped by `normalize`.
 */
export function readHtml(html: string): string {
  const base = {
    wordwrap: false as const,
    preserveNewlines: false,
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'taskTable' },
    ],
    formatters: { taskTable },
  };
  const whole = convert(html, base);
  for (const selector of BODY_SELECTORS) {
    const text = convert(html, { ...base, baseElements: { selectors: [selector], returnDomByDefault: false } });
    if (chineseLength(text) >= Math.min(200, chineseLength(whole) * 0.5)) return withTitle(html, text);
  }
  return whole;
}

function chineseLength(text: string): number {
  return (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
}

/** The page's `<title>` or first `<h1>` goes first when the body does not start with it. */
function withTitle(html: string, body: string): string {
  const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1];
  const title = h1 ? convert(h1, { wordwrap: false }).trim() : '';
  return title && !body.includes(title) ? `${title}\n${body}` : body;
}

/**
 * A table: a task table (任务分解表) becomes plan lines (see tables.ts); any
 * other table gives each cell as a paragraph.
 */
const taskTable: FormatCallback = (elem, _walk, builder) => {
  const rows = elementsOf(elem, 'tr').map((tr) => elementsOf(tr, 'td', 'th').map(cellOf));
  const lines = tableLines(rows) ?? rows.flat().map((c) => c.text).filter(Boolean);
  for (const line of lines) {
    builder.openBlock({ leadingLineBreaks: 1 });
    builder.addLiteral(line);
    builder.closeBlock({ trailingLineBreaks: 1 });
  }
};

/** Descendants with these tag names, not looking inside a nested table. */
function elementsOf(node: DomNode, ...names: string[]): DomNode[] {
  const out: DomNode[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'tag') continue;
    if (names.includes(child.name ?? '')) out.push(child);
    else if (child.name !== 'table') out.push(...elementsOf(child, ...names));
  }
  return out;
}

function cellOf(td: DomNode): TableCell {
  const span = (name: string) => Math.max(1, Number.parseInt(td.attribs?.[name] ?? '1', 10) || 1);
  return { text: textOf(td).replace(/\s+/g, ' ').trim(), rowSpan: span('rowspan'), colSpan: span('colspan') };
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return decodeEntities(node.data ?? '');
  if (node.type === 'tag' && (node.name === 'script' || node.name === 'style')) return '';
  const inner = (node.children ?? []).map(textOf).join('');
  return node.type === 'tag' && (node.name === 'p' || node.name === 'br' || node.name === 'div') ? ` ${inner} ` : inner;
}

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
