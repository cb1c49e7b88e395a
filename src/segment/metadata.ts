import type { DocumentMeta, DocumentKind } from '../types.js';

const TITLE_WORDS = /(工作要点|工作计划|工作总结|工作安排|工作方案|工作思路|重点工作|工作重点|工作任务|任务分解表|任务清单|台账|要点|总结|小结|计划)/;
const SUMMARY_WORDS = /(总结|小结|工作汇报|情况报告|述职)/;
const LABELS = /^(标题[:：]\s*)?(【[^】]{0,12}】\s*)*/;
const PLACE = '[\\u4e00-\\u9fa5]{2,6}?(?:省|市|区|县|旗)';
const PUBLISHER = new RegExp(`(?:发布机构[:：]\\s*|^)(${PLACE})(?:卫生健康|卫健|卫生和计划生育)(?:局|委员会|委)`, 'm');

/**
 * Title, year, region and kind of a document, from its first lines, its
 * publisher lines (which normalize removes as chrome, so the source is read too)
 * and, for the region, the place the text names most.
 */
export function readMetadata(paragraphs: readonly string[], source: string, file: string): DocumentMeta {
  const head = paragraphs.slice(0, 12);
  let title: string | null = null;
  for (const p of head) {
    let candidate = p.replace(LABELS, '').trim();
    // `关于印发《2023年…工作要点》的通知`: the plan's title is the one inside the brackets.
    const inner = candidate.match(/《([^》]+)》/);
    if (inner && TITLE_WORDS.test(inner[1]!)) candidate = inner[1]!;
    if (candidate.length <= 80 && TITLE_WORDS.test(candidate) && !/[。，,]/.test(candidate)) {
      title = candidate;
      break;
    }
  }
  const kind: DocumentKind = title && SUMMARY_WORDS.test(title) ? 'summary' : title ? 'plan' : guessKind(paragraphs);
  return { title, year: readYear(title, paragraphs, file), region: readRegion(title, source, paragraphs), kind };
}

/** Without a title, a short heading-like line near the top that says 总结 marks a summary; `全面总结2023年工作，…` in a plan's preamble does not. */
function guessKind(paragraphs: readonly string[]): DocumentKind {
  return paragraphs.slice(0, 5).some((p) => p.length <= 40 && !/[。，,]/.test(p) && SUMMARY_WORDS.test(p)) ? 'summary' : 'plan';
}

function readYear(title: string | null, paragraphs: readonly string[], file: string): number | null {
  const fromTitle = title?.match(/((?:19|20)\d{2})\s*年/);
  if (fromTitle) return Number(fromTitle[1]);
  const opening = paragraphs.slice(0, 6).join('\n').match(/((?:19|20)\d{2})\s*年/);
  if (opening) return Number(opening[1]);
  const fromName = file.match(/(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/);
  return fromName ? Number(fromName[1]) : null;
}

function readRegion(title: string | null, source: string, paragraphs: readonly string[]): string | null {
  const inTitle = title?.match(new RegExp(`^(?:【[^】]*】)?(${PLACE})(?=(?:卫生健康|卫健|20\\d{2}|全))`));
  if (inTitle && !/[xX]/.test(inTitle[1]!)) return inTitle[1]!;
  const publisher = source.slice(0, 2000).match(PUBLISHER);
  if (publisher && !/[xX]/.test(publisher[1]!)) return publisher[1]!;
  // `健康东湖` names the place; `东湖区` in the text gives its level.
  const body = paragraphs.join('\n');
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/健康([\u4e00-\u9fa5]{2})(?=建设|行动)/g)) {
    const name = m[1]!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [name] of ranked) {
    const full = body.match(new RegExp(`${name}(市|区|县)`));
    if (full) return name + full[1];
  }
  return null;
}
