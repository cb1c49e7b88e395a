import type { DocumentKind, DocumentMeta } from '../types.js';
import {
  AUTHORITY_WORDS,
  LEVEL_REFERENCES,
  NATIONAL_AUTHORITIES,
  NOT_PLACES,
  NOT_TITLE_LINES,
  PLACE_LEVELS,
  PLAN_TITLE_WORDS,
  SUMMARY_TITLE_WORDS,
  TITLE_DECORATION,
  TITLE_TAIL,
} from '../vocab/documents.js';
import { foldWidth } from '../normalize/width.js';

const DOCUMENT_ENDING = new RegExp(`(?:${[...PLAN_TITLE_WORDS, ...SUMMARY_TITLE_WORDS].join("|")})》?(?:的通知)?${TITLE_TAIL.source}`);
const SUMMARY_WORD = new RegExp(SUMMARY_TITLE_WORDS.join('|'));
const PLAN_WORD = new RegExp(PLAN_TITLE_WORDS.join('|'));
const NOTICE = /关于(?:印发|转发|下发)?(.+?)的通知$/;
const SENTENCE_MARKS = /[。，,；;！？!?]/;
/** The body starts at the first top-level heading; a title stands before it. */
const BODY_START = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)/;
const LEADING_MARKER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])/;
const YEAR = /((?:19|20)\d{2})(?=\s*(?:年|[—–\-~～至到]\s*(?:19|20)\d{2}))/;
const HEAD_LINES = 60;
/** `2023 年`: PDF and Word put spaces between Chinese and Latin runs; they mean nothing. */
const CJK_LATIN_SPACE = /(?<=[\u4e00-\u9fff])\s+(?=[\dA-Za-z])|(?<=[\dA-Za-z%])\s+(?=[\u4e00-\u9fff])/g;

const placePattern = `[\\u4e00-\\u9fa5]{2,8}?(?:${PLACE_LEVELS.join('|')})`;
const AUTHORITY = new RegExp(`(${placePattern})(?:${AUTHORITY_WORDS.join('|')})`, 'g');

/**
 * Title, year, region and kind of a document. The title is the line of the
 * page's head that reads like a document's title (a document word at its end,
 * a year), not the first line: portals put category labels, breadcrumbs and
 * metadata rows above it, and a notice (关于印发…的通知) may wrap it.
 */
export function readMetadata(paragraphs: readonly string[], source: string, file: string): DocumentMeta {
  const title = findTitle(source) ?? findTitle(paragraphs.slice(0, HEAD_LINES).join('\n'));
  const kind = title ? kindOfTitle(title) : guessKind(paragraphs);
  return { title, year: readYear(title, paragraphs, file), region: readRegion(title, source, paragraphs), kind };
}

interface Candidate {
  readonly title: string;
  readonly hasYear: boolean;
  /** The notice that wraps a plan: used only when the plan's own title does not follow. */
  readonly notice: boolean;
}

export function findTitle(text: string): string | null {
  const candidates: Candidate[] = [];
  let lines = 0;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = foldWidth(raw).replace(/\s+/g, ' ').replace(CJK_LATIN_SPACE, '').trim();
    if (!line) continue;
    if (++lines > HEAD_LINES || BODY_START.test(line)) break;
    const candidate = titleCandidate(line);
    if (candidate) candidates.push(candidate);
  }
  const own = candidates.filter((c) => !c.notice);
  const pick = own.find((c) => c.hasYear) ?? own[0] ?? candidates.find((c) => c.hasYear) ?? candidates[0];
  return pick?.title ?? null;
}

function titleCandidate(line: string): Candidate | null {
  if (NOT_TITLE_LINES.some((re) => re.test(line)) || SENTENCE_MARKS.test(line) || LEADING_MARKER.test(line)) return null;
  let title = line;
  for (let before = ''; before !== title; ) {
    before = title;
    title = title.replace(TITLE_DECORATION, '').trim();
  }
  if (title.length < 4 || title.length > 80 || !DOCUMENT_ENDING.test(title)) return null;
  const notice = NOTICE.exec(title);
  if (notice) {
    const inner = /《([^》]+)》/.exec(notice[1]!)?.[1] ?? notice[1]!;
    title = inner.replace(/^[\u4e00-\u9fa5]{0,20}?(?:委员会|委|局|政府|办公室)(?=关于)/, '');
    if (!DOCUMENT_ENDING.test(title)) return null;
    return { title, hasYear: YEAR.test(title), notice: true };
  }
  return { title, hasYear: YEAR.test(title), notice: false };
}

/** A report of results is a summary; a page titled with both (总结和…要点) is what it names first. */
export function kindOfTitle(title: string): DocumentKind {
  const summary = SUMMARY_WORD.exec(title);
  if (!summary) return 'plan';
  const plan = PLAN_WORD.exec(title);
  return plan && plan.index < summary.index ? 'plan' : 'summary';
}

/** Without a title, a short heading-like line near the top that says 总结 marks a summary; `全面总结2023年工作，…` in a plan's preamble does not. */
function guessKind(paragraphs: readonly string[]): DocumentKind {
  return paragraphs.slice(0, 5).some((p) => p.length <= 40 && !/[。，,]/.test(p) && SUMMARY_WORD.test(p)) ? 'summary' : 'plan';
}

function readYear(title: string | null, paragraphs: readonly string[], file: string): number | null {
  const fromTitle = title ? YEAR.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const opening = paragraphs.slice(0, 6).join('\n').match(/((?:19|20)\d{2})\s*年/);
  if (opening) return Number(opening[1]);
  const fromName = file.match(/(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/);
  return fromName ? Number(fromName[1]) : null;
}

/**
 * The area the issuing authority governs: named in the title, else by the
 * authority that issues or signs the text (`梅溪县卫生健康委员会`), else by the
 * place the text is about (`健康东湖` with the level it speaks of, 全市/全省).
 */
export function readRegion(title: string | null, source: string, paragraphs: readonly string[]): string | null {
  if (title && NATIONAL_AUTHORITIES.test(title) && !placeIn(title)) return '全国';
  const inTitle = title ? placeIn(title) : null;
  if (inTitle) return inTitle;
  const head = foldWidth(source.slice(0, 3000));
  const issuer = firstAuthority(head.split('\n').filter((l) => !/门户网站|政府网/.test(l)).join('\n')) ?? firstAuthority(foldWidth(source.slice(-600)));
  if (issuer) return issuer;
  return placeOfSlogan(paragraphs.join('\n'));
}

/** A place at the start of a title or just after its year: `青川市卫生健康委员会…`, `2024年白鹭市卫生健康工作要点`. */
function placeIn(title: string): string | null {
  const re = new RegExp(`(?:^|年)(${placePattern})`, 'g');
  for (const m of title.matchAll(re)) {
    const place = m[1]!;
    if (!NOT_PLACES.test(place) && !/[xX×]/.test(place) && !/(健康|卫生|医疗|行动|工作)/.test(place)) return place;
  }
  return null;
}

function firstAuthority(text: string): string | null {
  AUTHORITY.lastIndex = 0;
  for (const m of text.matchAll(AUTHORITY)) {
    const place = trimPlace(m[1]!);
    if (place && !NOT_PLACES.test(place) && !/[xX×]/.test(place)) return place;
  }
  return null;
}

/** `发布机构:云岭省` → `云岭省`: a label or a verb glued before the place is not part of it. */
function trimPlace(place: string): string | null {
  const cut = place.replace(/^.*(?:[:：年]|机构|来源|单位|发布|印发|关于)/, '');
  return cut.length >= 2 ? cut : null;
}

/** `健康东湖` names the place; `东湖区` in the text, or the level it speaks of (全区), gives its level. */
function placeOfSlogan(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/健康([\u4e00-\u9fa5]{2})(?=建设|行动)/g)) {
    const name = m[1]!;
    if (name === '中国') continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [name] of ranked) {
    const full = body.match(new RegExp(`${name}(${PLACE_LEVELS.join('|')})`));
    if (full) return name + full[1];
    const level = dominantLevel(body);
    if (level) return name + level;
  }
  return null;
}

function dominantLevel(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(LEVEL_REFERENCES)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 ? ranked[0][0] : null;
}
