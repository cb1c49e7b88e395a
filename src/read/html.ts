import { convert } from 'html-to-text';

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
      { selector: 'table', format: 'dataTable' },
    ],
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
