import { UNIT_NAME_ENDINGS } from '../vocab/departments.js';
import { STANDING_NOW, THIS_YEAR_SO_FAR, TURNS_AHEAD, TURNS_BACK } from '../vocab/sections.js';
import type { DocumentKind, DocumentMeta } from '../types.js';
import {
  AUTHORITY_WORDS,
  LEVEL_REFERENCES,
  NATIONAL_AUTHORITIES,
  NATIONAL_TITLE,
  NOT_IN_PLACE,
  NOT_PLACES,
  NOT_SLOGAN_PLACES,
  SENTENCE_WORD_BEFORE_LEVEL,
  NOT_TITLE_LINES,
  COLUMN_LABEL,
  PLACE_LEVELS,
  CATEGORY_WORDS,
  MEETING_TITLE_WORDS,
  PLAN_TITLE_WORDS,
  SUBJECT_PLAN_WORDS,
  SUMMARY_TITLE_WORDS,
  RESULTS_HEADLINE,
  RESULT_POINT,
  TITLE_DECORATION,
  SITE_NAME_SUFFIX,
  TITLE_NOTICE,
  TITLE_TAIL,
  NEW_YEAR_ADDRESS,
  HEADLINE_CRY,
} from '../vocab/documents.js';
import { foldWidth } from '../normalize/width.js';
import { CHROME, END_OF_ARTICLE_MAX, PINYIN_GLOSS } from '../vocab/chrome.js';
import { parseChineseNumeral } from '../extract/numbers/resolve.js';

const DOCUMENT_ENDING = new RegExp(`(?:${[...PLAN_TITLE_WORDS, ...SUMMARY_TITLE_WORDS].join("|")})》?(?:[(（][^()（）]{0,20}[)）])?》?(?:${TITLE_NOTICE.source})?${TITLE_TAIL.source}`);
const SUMMARY_WORD = new RegExp(SUMMARY_TITLE_WORDS.join('|'));
const PLAN_WORD = new RegExp(PLAN_TITLE_WORDS.join('|'));
/** A plan word that names a document, not what a report is about (`重点工作任务完成情况`). */
const OWN_PLAN_WORD = new RegExp(PLAN_TITLE_WORDS.filter((w) => !SUBJECT_PLAN_WORDS.includes(w)).join('|'));
const NOTICE = /关于(?:印发|转发|下发)?(.+?)(?:的通知)?$/;
const SENTENCE_MARKS = /[。，,；;！？!?]/;
/** A category of a site's samples (`卫生院年度总结汇报`), no year, glued before a title that names a place and its year. */
const GLUED_CATEGORY = /^(?:(?![省市县区镇乡])[\u4e00-\u9fa5]){2,12}?(?:总结汇报|工作总结|工作计划|总结|汇报|计划(?!生育))(?=[\u4e00-\u9fa5]{2,16}?(?:19|20)\d{2}年)/;
/** The body starts at the first top-level heading; a title stands before it. */
const FIRST_PAGE_MARK = /^1、(?=\S)/;
const CONTENTS_HEADING = /^目\s*录$/;
const BODY_START = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)/;
/** A heading's number (`第二篇 总体思路`); `第1篇` on a template site numbers an article of a collection, its title after it. */
const LEADING_MARKER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分)|第[一二三四五六七八九十]{1,3}篇)/;
const SHORT_YEAR = /(?<![\d.])([0-3]\d)年(?=上半年|下半年|度|工作|第?[一二三四1-4]季度|前三季度)/;
const YEAR = /((?:19|20)\d{2})(?=\s*(?:年|[—–\-~～至到―]+\s*(?:19|20)\d{2}|[\u4e00-\u9fa5]))/;
const HEAD_LINES = 60;
const HAS_YEAR = /(?:19|20)\d{2}/;
/** `2023 年`: PDF and Word put spaces between Chinese and Latin runs; they mean nothing. */
const HAS_SPACE = /\s/;
const CJK_LATIN_SPACE = /(?<=[\u4e00-\u9fff])\s+(?=[\dA-Za-z])|(?<=[\dA-Za-z%])\s+(?=[\u4e00-\u9fff])/g;

const placePattern = `[\\u4e00-\\u9fa5]{2,8}?(?:${PLACE_LEVELS.join('|')})`;
// `…县创建省级…`: a level with 级 after it is a rank a place aims at, not a place.
const NEXT_PLACE = new RegExp(`^(${placePattern})(?!级)`);
// `关于全县…的报告`: a title opening with 关于 names its place after it.
// `年底前栾峪市每个县区…`: a headline that opens with when, then the place.
const PLACE_IN_TITLE = new RegExp(`(?:^(?:今年|年底前|年内)|^(?:关于)?|年度|月\\d{1,2}日[，,]|年(?!度))(?!关于)(${placePattern})`, 'g');

/**
 * Title, year, region and kind of a document. The title is the line of the
 * page's head that reads like a document's title (a document word at its end,
 * a year), not the first line: portals put category labels, breadcrumbs and
 * metadata rows above it, and a notice (关于印发…的通知) may wrap it.
 */
export function readMetadata(paragraphs: readonly string[], source: string, file: string): DocumentMeta {
  const title = findTitle(source) ?? findTitle(paragraphs.slice(0, HEAD_LINES).join('\n')) ?? issuedTitle(paragraphs) ?? breadcrumbTitle(source);
  if (title === null) {
    // A news item or a column names no document: its headline is its title, and it is of the latest year it opens a paragraph with.
    const headline = findHeadline(paragraphs) ?? yearbookEntry(paragraphs);
    // `…2024年工作回顾与2025年重点工作部署解析`: a headline that names a report of results (`…工作报告：去年…`) or both parts is of the kind it names first.
    // `区人大常委会视察全区卫生健康工作`: news of an inspection reports the work it saw done.
    // `2016年岚桐出生人口数量`, put out in 2017: a headline of a year already past when the page was dated reports it.
    // `…卫生健康委：2026年将办好8件为民实事`: a headline that says what will be done announces a plan.
    const kind = YEARBOOK_PAGE.test(source) || (headline && (INSPECTED.test(headline) || RESULTS_HEADLINE.test(headline) || reachedHeadline(headline) || pastHeadline(headline, source))) ? 'summary' : headline && SUMMARY_WORD.test(headline) ? kindOfTitle(headline) : headline && FUTURE_HEADLINE.test(headline) ? 'plan' : guessKind(paragraphs);
    const dated = datelineYear(source);
    // `2024年全省卫生健康工作会议在澄浦召开` over the year it reviewed, point by point: the news reports that year.
    const reviewed = kind === 'summary' && headline !== null && MEETING_HEADLINE.test(headline) ? pastPartYear(partBalance(paragraphs)) : null;
    const year = reviewed ?? (kind === 'summary' && headline ? reviewedPeriodEnd(headline) : null) ?? (headline && YEAR.exec(headline) ? Number(YEAR.exec(headline)![1]) : null) ?? (kind === 'plan' ? (ownPeriodYear(paragraphs) ?? planOfDatedYear(latestOpeningYear(paragraphs), dated, paragraphs)) : reportedYear(paragraphs, dated)) ?? readYear(null, [...paragraphs.slice(0, HEAD_LINES), ...datelines(source)], file, dated);
    return { title: headline, year, region: readRegion(headline, source, paragraphs), kind };
  }
  // `…妇幼保健院召开职工代表大会`: a headline that names no document's kind leaves it to what the page says,
  // and a report it heard is of the year it reports.
  // `…卫计局“四个方案”助推健康扶贫`: a document's word in quotes, the headline going on past it, names what the news is about.
  const unquoted = title.replace(QUOTED_INSIDE, '');
  const named = SUMMARY_WORD.test(unquoted) || PLAN_WORD.test(unquoted) || WORK_DONE.test(title) || RESULTS_HEADLINE.test(title);
  // `全市卫生健康工作会议召开` over `2024年，全市…` and five paragraphs of results: the news tells what the meeting heard.
  // `棠坳县召开2015年卫生…工作会议` over `2014年，…` and six paragraphs of results: the year the meeting reported on.
  const reported = named && kindOfTitle(title) === 'plan' && MEETING_HEADLINE.test(title) ? pastPartYear(partBalance(paragraphs)) : null;
  if (reported !== null) return { title, year: reported, region: readRegion(title, source, paragraphs), kind: 'summary' };
  // `鹬洲市今年将为1.2万对农村夫妇提供…`: a headline that says what will be done announces a plan, whatever the news reports first.
  const kind = named ? kindOfTitle(title) : FUTURE_HEADLINE.test(title) ? 'plan' : guessKind(paragraphs);
  const dated = datelineYear(source);
  const read = (!named && kind === 'summary' && !YEAR.test(title) ? reportedYear(paragraphs, dated) : null) ?? readYear(title, paragraphs, file, dated, kind === 'summary' ? dated : null);
  const year = (kind === 'summary' ? reviewedPeriodEnd(title) : null) ?? (kind === 'plan' && !YEAR.test(title) ? planOfDatedYear(read, dated, paragraphs) : read);
  return { title, year: year !== null && NEW_YEAR_ADDRESS.test(title) && YEAR.test(title) ? year - 1 : year, region: readRegion(title, source, paragraphs), kind };
}

/**
 * `现将《X》印发给你们`, `《X》已经…审议通过，现印发给你们`: the document a notice hands out, named in its sentence;
 * `特制定《X》`: the document a preface says it makes, where no title line stands above;
 * `…近日印发的《X》提出`: the document a news item reports on; `特制定X：`, a preface's own document named without marks.
 */
const ISSUED_IN_SENTENCE = /《([^《》]{4,60})》(?=[^。《]{0,24}(?:印发|发给|下发))|(?:制定|制订|编制)本?《([^《》]{4,60})》|(?:印发|出台|发布)[了的]《([^《》]{4,60})》|(?:特|现)(?:制定|制订)([^《》，,。：:；;]{6,60})(?=[：:。])/g;

/**
 * The title of a page whose title lines were lost (a notice copied from its addressees on, a PDF
 * reposted with its head run into one paragraph): the document its notice says it hands out.
 */
function issuedTitle(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, HEAD_LINES)) {
    if (!p.includes('印发') && !p.includes('制')) continue;
    for (const m of p.matchAll(ISSUED_IN_SENTENCE)) {
      const candidate = titleCandidate((m[1] ?? m[2] ?? m[3] ?? m[4]!).replace(/\s+/g, ''));
      if (candidate && !candidate.notice) return candidate.title;
    }
  }
  return null;
}

/** A breadcrumb's steps (`首页 > 茶·养生 » 某账号:2024年…工作要点(2)`): the last names the page. */
const BREADCRUMB = /(?:首页|主页|网站首页|当前位置[:：]?)\s*[>»›]/;
const BREADCRUMB_STEP = /\s*[>»›]\s*/;
/** A page's foot is read this far up for a breadcrumb. */
const FOOT_LINES = 4;
const HEAD_TRAIL_LINES = 3;
const HEAD_TRAIL = /^[\u4e00-\u9fa5]{2,12}(?:\s*[>»›]\s*[\u4e00-\u9fa5]{2,12})*\s*[>»›]\s*\S/;

/** The title a page gives only in the breadcrumb at its foot, where a repost of one part of a plan leaves it. */
function breadcrumbTitle(source: string): string | null {
  const all = source.trimEnd().split(/\r?\n/);
  // `发展规划 > 漳澜市卫生事业发展“十二五”规划` as the page's first line: a trail that ends in the title, from any step.
  const head = all.slice(0, HEAD_TRAIL_LINES).filter((l) => HEAD_TRAIL.test(l.trim()));
  for (const line of [...all.slice(-FOOT_LINES).reverse(), ...head]) {
    const at = HEAD_TRAIL.test(line.trim()) ? 0 : line.search(BREADCRUMB);
    if (at < 0) continue;
    const last = line.slice(at).split(BREADCRUMB_STEP).pop()!.trim();
    const candidate = titleCandidate(foldWidth(last));
    if (candidate && !candidate.notice) return candidate.title;
  }
  return null;
}

// `…督察组来我县督察`: a headline that ends on the visit reports it.
const INSPECTED = /(?:视察|调研|督查|督察|督导|检查|考察)[^，,。]{0,16}(?:工作|情况)$|(?:来|到|赴)[^，,。]{0,8}(?:视察|调研|督查|督察|督导|检查|考察)$/;

/** A headline is this long: longer is a sentence, shorter a label. */
const HEADLINE_MIN = 8;
const WHOLE_TEXT_TAG = /(?<=(?:规划|纲要|方案|要点|计划|总结|报告|意见))(?:全文|完整版)$/;
const HEADLINE_MAX = 50;
/** What a health page's headline speaks of. */
const HEADLINE_SUBJECT = /我院|本院|卫生|健康|卫健|卫计|医改|医疗|医院|疾控|疾病预防|妇幼|妇计|计生|卫生院|中医|预期寿命|死亡率|出生人口|生育|老龄|医共体|医联体|医保|家庭医生|疫苗|接种|传染病|孕检|婚检|孕前|出生缺陷|计划生育|人口|新农合|合作医疗|献血|急救|药品|托育|慢性病|慢病|艾滋病|结核|精神障碍|核酸|疫情|新冠|发热门诊|两癌|筛查|实事/;
/** Lines of a page's furniture around a headline: a source, a date, an author, an editor. */
const BYLINE = /来源|发布(?:时间|日期|者|人|单位|机构|于)|时间|作者|编辑|浏览|点击|字体|登录|注册|欢迎|佚名|^\d{4}[-/.年]\d{1,2}/;
/** The headline stands this close above the prose it heads. */
const HEADLINE_REACH = 4;
/** A paragraph of prose: long, with a full stop or a comma. */
const PROSE = /[。，,]/;
const PROSE_MIN = 40;
const SHORT_PROSE_MIN = 20;

/**
 * The headline of a page that names no document (a news item, a column): a short line about health,
 * with no sentence in it and none of the page's furniture, standing just above the first paragraph.
 */
/** `雪桦年鉴(2016)`: a yearbook's name and edition, as its pages, trails and headlines carry it. */
const YEARBOOK_EDITION = '[\\u4e00-\\u9fa5]{2,12}年鉴\\s*[(（]\\s*(?:19|20)\\d{2}\\s*[)）]';

/** `雪桦年鉴(2016)卫生和计划生育卫生和计划生育`: a yearbook's name over its entry, the entry's name printed twice. */
function entryOfYearbook(line: string): string {
  const entry = line.replace(YEARBOOK_NAME, '');
  if (entry === line) return line;
  const half = entry.length / 2;
  return entry.length % 2 === 0 && entry.slice(0, half) === entry.slice(half) ? entry.slice(0, half) : entry;
}
const YEARBOOK_NAME = new RegExp(`^${YEARBOOK_EDITION}\\s*(?=\\S{4})`);

function findHeadline(paragraphs: readonly string[]): string | null {
  const head = paragraphs.slice(0, HEAD_LINES);
  const isProse = (min: number) => (p: string) => p.length >= min && PROSE.test(p) && !BYLINE.test(p.slice(0, 12));
  // A page of short paragraphs (a lead of one sentence, then points): its first full sentence starts the text.
  const found = head.findIndex(isProse(PROSE_MIN));
  const firstProse = found >= 0 ? found : head.findIndex((p) => isProse(SHORT_PROSE_MIN)(p) && p.includes('。'));
  if (firstProse < 0) return null;
  for (let i = headlineReach(head, firstProse); i < firstProse; i++) {
    // `【市卫生计生委】我市…持续向好`: the column or source a site files the item under is no part of its headline.
    // `您当前的位置 : …网 >> 问政 >> 部门 市卫生健康委上半年…推进 来源:…`: a trail, the headline and its source on one line.
    // `“健康琼汀2030”规划纲要全文`: a repost's word for the whole text after the document it names.
    const line = (CRUMB_HEADLINE.exec(head[i]!)?.[1] ?? head[i]!).trim().replace(/[\s|]+$/, '').replace(HEADLINE_LABEL, '').replace(COLUMN_LABEL, '').replace(WHOLE_TEXT_TAG, '');
    if (line.length < HEADLINE_MIN || line.length > HEADLINE_MAX || (SENTENCE_MARKS.test(line) && !TWO_PART_HEADLINE.test(line)) || BYLINE.test(line) || LEADING_MARKER.test(line)) continue;
    if (NOT_TITLE_LINES.some((re) => re.test(line)) || ISSUER_LINE.test(line) || !HEADLINE_SUBJECT.test(line)) continue;
    // `澹城县2013年` / `卫生工作“3224”目标出台`: a headline broken after its place and year.
    const before = i > 0 ? head[i - 1]!.trim() : '';
    // `泷川区卫生健康局` / `召开2025年度全区卫生健康工作` / `暨重点任务推进会`: a headline set over lines, who held the meeting on the first.
    const after = head[i + 1]?.trim() ?? '';
    const heldBy = NEWS_PREDICATE.test(line) && ISSUER_LINE.test(before) && before.length <= ISSUER_LINE_MAX;
    const goesOn = i + 1 < firstProse && TITLE_JOINER.test(after) && !SENTENCE_MARKS.test(after) && after.length <= HEADLINE_MAX;
    return (HEADLINE_FRAGMENT.test(before) || heldBy ? before : '') + entryOfYearbook(line.replace(SITE_NAME_SUFFIX, '')) + (goesOn ? after : '');
  }
  // `…发车。` / `箬陂镇2021年为民办实事健康项目全部完成` / `今年以来,…`: other items glued above, the headline with its year
  // stands between them and its own text.
  for (let i = firstProse + 1; i < head.length - 1; i++) {
    const line = head[i]!.trim();
    if (line.length >= HEADLINE_MIN && line.length <= HEADLINE_MAX && YEAR.test(line) && HEADLINE_SUBJECT.test(line) && !SENTENCE_MARKS.test(line) && !LEADING_MARKER.test(line) && !NOT_TITLE_LINES.some((re) => re.test(line)) && PROSE.test(head[i + 1]!)) return line;
  }
  return null;
}

/**
 * Where a headline may stand above a news item's first paragraph: a few lines up, and past a run of photo
 * captions (`院长作工作报告`, `分组讨论现场`), short lines of no sentence that a page sets under its pictures.
 */
function headlineReach(head: readonly string[], firstProse: number): number {
  let start = firstProse;
  for (let counted = 0, captions = 0; start > 0 && counted < HEADLINE_REACH; start--) {
    const line = head[start - 1]!.trim();
    if (line.length <= NEWS_CAPTION_MAX && !SENTENCE_MARKS.test(line) && captions < NEWS_CAPTIONS_MAX) captions++;
    else counted++;
  }
  return start;
}
/** `…工作会议召开,总结成效部署2026年重点工作`: a headline in two parts a comma joins, no sentence in it. */
const TWO_PART_HEADLINE = /^[^。，,；;！？!?：:]{4,}[，,][^。，,；;！？!?：:]{4,}$/;
const NEWS_CAPTION_MAX = 20;
const NEWS_CAPTIONS_MAX = 8;

/**
 * `：守好接种“第一针” 筑牢免疫“防护墙”`: a slogan after a title's colon, two matched phrases a space parts; a subtitle
 * that says something (`…工作综述:主要健康指标创历史最好水平`) is the title's own.
 */
const SLOGAN_AFTER_COLON = /[:：][^\s:：。，,；;]{3,14}\s+[^\s:：。，,；;]{3,14}$/;

const CRUMB_HEADLINE = /[>＞›»]\s*[^\s>＞›»]{1,8}\s+([^\s>＞›»]{8,40})\s+(?:来源|发布时间|时间)[:：]/;

const HEADLINE_FRAGMENT = new RegExp(`^${placePattern}(?:19|20)\\d{2}年度?$`);
// `《灃汀日报》：去年我市…`: or the paper a site copied it from.
// `原标题：…`: a repost's note of the headline the item first ran under, the cleaner one.
const HEADLINE_LABEL = /^(?:【[^】]{1,12}】|《[^》]{2,12}(?:日报|晚报|报|网)》\s*[:：]|原标题\s*[:：])\s*(?=\S{6,})/;

/** `桫岭年鉴(2020)` over `中医药管理`: a yearbook's entry is titled by the heading under the yearbook's name. */
function yearbookEntry(paragraphs: readonly string[]): string | null {
  // `茗川年鉴(2016) > 社会事业 > 卫生和计划生育`: the trail through a yearbook ends at its entry.
  for (const p of paragraphs.slice(0, HEADLINE_REACH)) {
    const trail = YEARBOOK_TRAIL.exec(p.trim());
    if (trail && !SENTENCE_MARKS.test(trail[1]!)) return trail[1]!;
  }
  const at = paragraphs.slice(0, HEADLINE_REACH).findIndex((p) => YEARBOOK.test(p.trim()));
  const entry = at < 0 ? undefined : paragraphs[at + 1]?.trim();
  return entry && entry.length <= ENTRY_HEADING_MAX && !SENTENCE_MARKS.test(entry) && !YEAR.test(entry) ? entry : null;
}
const ENTRY_HEADING_MAX = 16;
const YEARBOOK_TRAIL = new RegExp(`^${YEARBOOK_EDITION}\\s*[>»›](?:[^>»›]*[>»›])*\\s*([\\u4e00-\\u9fa5]{2,16})$`);

/** `制定本行动计划(2024年-2026年)`: a plan that names no title states its period where it names itself. */
const OWN_PERIOD = /本[\u4e00-\u9fa5]{0,6}?(?:计划|规划|方案|要点)[(（]\s*((?:19|20)\d{2})\s*年?\s*[-—–－~～至到]/;

function ownPeriodYear(paragraphs: readonly string[]): number | null {
  for (const p of paragraphs.slice(0, HEAD_LINES)) {
    const m = p.includes('本') ? OWN_PERIOD.exec(p) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year a news item of results reports (`通报2017年全市…状况`), read past the date it was put out
 * (`2018年03月09日`), which is the next year's more often than not.
 */
function reportedYear(paragraphs: readonly string[], dated: number | null): number | null {
  for (const p of paragraphs.slice(0, HEAD_LINES)) {
    if (p.includes('|')) continue;
    for (const m of p.matchAll(REPORTED_YEAR_MENTION)) if (!sinceEarlier(p, m, dated) && !comparedWith(p, m) && !EVENT_AFTER_YEAR.test(p.slice(m.index! + m[0].length, m.index! + m[0].length + EVENT_REACH))) return Number(m[1]);
  }
  return null;
}

/**
 * `2009年以来，省财政共安排…` in news dated 2010: the start of a longer span, not the year the news reports.
 * (`现将2016年以来工作…汇报如下` in an undated review is the start of the period it reports.)
 */
function sinceEarlier(text: string, m: RegExpMatchArray, dated: number | null): boolean {
  return dated !== null && Number(m[1]) < dated && text.startsWith('以来', m.index! + m[0].length);
}

/** `召开2016年首场例行新闻发布会`: the year of the event that tells the results, not theirs. */
const EVENT_AFTER_YEAR = /^(?:度)?(?:首场|第[一二三四五六七八九十\d]+场|[^，,。]{0,6}(?:新闻发布会|发布会|工作会议|推进会))/;
const EVENT_REACH = 14;

/** `比 2014 年的 612张增加…`: a year a figure is compared with, not the one reported. */
function comparedWith(text: string, m: RegExpMatchArray): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(0, m.index! - 3), m.index));
}
const COMPARED_BEFORE = /(?:比|较|相比|相较|同)\s*$/;

/**
 * `听取2016年工作情况汇报，安排部署今年重点工作` in news dated 2017: the year a plan's opening names first
 * may be the one it looks back on; the work it sets is of this year, the year of the dateline.
 */
function planOfDatedYear(read: number | null, dated: number | null, paragraphs: readonly string[]): number | null {
  if (dated === null || (read !== null && read >= dated)) return read;
  return paragraphs.slice(0, HEAD_LINES).some((p) => THIS_YEAR_AHEAD.test(p)) ? dated : read;
}
const THIS_YEAR_AHEAD = new RegExp(`(?!${THIS_YEAR_SO_FAR})今年(?!是)`);

/** The year of a page's dateline (`时间:2018-11-08`, `2010-08-11  作者:…`), if it has one. */
function datelineYear(source: string): number | null {
  return yearOfDateline(datelines(source).join('\n'));
}

/** The year of the first dateline in a text, its label written or left out. */
function yearOfDateline(text: string): number | null {
  const m = DATELINE_YEAR.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}
const REPORTED_YEAR_MENTION = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;

/** The latest year a paragraph of the page's opening starts with (`2021年，…将…` after `2020年，…`). */
function latestOpeningYear(paragraphs: readonly string[]): number | null {
  let latest: number | null = null;
  for (const p of paragraphs.slice(0, HEAD_LINES)) {
    // `2022年底前，完成…` names when a part of the work is due, not the year the page is of.
    const m = /^[^。]{0,24}?((?:19|20)\d{2})\s*年(?!\s*(?:底|末|前|内))/.exec(p);
    if (m && !/\|/.test(p)) latest = Math.max(latest ?? 0, Number(m[1]));
  }
  return latest;
}

interface Candidate {
  readonly title: string;
  readonly hasYear: boolean;
  /** The notice that wraps a plan: used only when the plan's own title does not follow. */
  readonly notice: boolean;
  /** The first sample's own title on a template site (`…工作总结1`): the page's document is that sample. */
  readonly sample?: boolean;
  /** The title a document-sharing site's first page opens with (`1、…工作要点`), below the file's name. */
  readonly firstPage?: boolean;
  /** A title under a template site's lead-in (`下面是小编为大家推荐的《…》`): the document's own, the site's above it. */
  readonly afterTemplate?: boolean;
  /** A file's name (`…工作要点.pdfVIP`): a sharing site's, the document's own title line below it says it better. */
  readonly fileName?: boolean;
}

/** A line this long is a page glued into one line: its title, if any, is glued to its body. */
const BLOB_LINE = 200;
/** So many lines of sentences in a row are a body: a title stands above them. */
const BODY_PROSE_LINES = 4;
const PROSE_LINE_MIN = 20;
const SENTENCE_END = /[。；;！!：:]$/;
const MAX_TITLE = 80;
/** Where a body starts right after a title glued to it: its first words, or a report's salutation (`各位主任、各位委员:`). */
const GLUED_BODY = /^(?:范文|文稿|材料|全文)?(?:\s+\S|(?:19|20)[\dxX]{2}|[xX×*]{2,4}年|今年|近年|上半年|下半年|一、|[（(][一1][)）]|为|根据|按照|在|全[省市县区]|我[省市县区局委]|各位|尊敬的|目\s*录)/;
/** So many of a title's first characters, said again right after it, name its issuer on a cover page. */
const ISSUER_AGAIN_MIN = 4;
/** What a page puts before a title glued into one line: a chunk number, a page count, an identifier, a date. */
const GLUED_LEAD = /^(?:\s*(?:\d{1,3}、|第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页|(?:文档)?编号[:：]\s*\S+?(?=\s|\d{4}-|[\u4e00-\u9fa5])|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\s+))+/;
const NAME_CELL = /(?:^|\|)\s*(?:名\s*称|标\s*题|题\s*名)\s*[:：]?\s*\|\s*([^|]{4,80}?)\s*\|/;
const JOURNAL_HEADER = /第\s*\d+\s*期.*?[:：\s]([^:：\s]{4,60}?)\s*\d{1,3}$/;
/** `（2021—2025年）` under a title is part of it; a date (`（2022年3月1日）`) says when it was issued. */
const RANGE_LINE = /^[(（]\s*(?:19|20)\d{2}(?!\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^()（）]{0,12}[)）](?:的通知)?$/;
const NOTICE_START = /^关于(?:印发|转发|下发)/;
const TITLE_TAIL_LINE_MAX = 10;
const SUBJECT_ENDING = new RegExp(`(?:${SUBJECT_PLAN_WORDS.join('|')})$`);
const YEAR_AT_END = /(?:19|20)\d{2}年度?(?:上半年|下半年)?$/;
const NOTICE_END = /^[^，,。；;]{0,30}的通知$/;
/** The word that joins a title's second document to its first (`…总结` / `及…计划`). */
const TITLE_JOINER = /^(?:及|和|暨|与|以及)/;
/** A line that names the issuing body above a title (`石岭县卫生健康局`), not a part of the title. */
const ISSUER_LINE = /(?:委员会|委|局|政府|办公室|中心|医院|协会)$/;

/** The head of a title broken before its year: a place, then what the document is about (`溪桥市深化医药卫生体制改革`). */
const TITLE_HEAD = /^[\u4e00-\u9fa5]{1,10}(?:省|市|县|区|州|旗|盟|自治区)[\u4e00-\u9fa5]{2,24}$/;

/** A line whose words are single characters but for one (`2026年 工 作 计 划`, `工 作 要 点`). */
function isLetterSpaced(line: string): boolean {
  const words = line.split(' ');
  return words.length >= LETTER_SPACED_MIN && words.filter((w) => w.length === 1).length >= words.length - 1 && line.length <= MAX_TITLE;
}
const LETTER_SPACED_MIN = 4;

/** A title that names its year and its kind of document and nothing else (`2016年工作总结`). */
const BARE_YEAR_TITLE = /^(?:19|20)\d{2}年度?(?:上半年|下半年)?[^\s，,。]{0,6}$/;

const ONE_CELL_ROW = /^\|\s*([^|]+?)\s*\|[\s|]*$/;

const IMAGE_LINE = /^(?:图片|图|\[图片\]|【图片】|image|img)$/i;
const CAPTION_MIN = 6;
const CAPTION_MAX = 30;
const BLANK_NEXT = /^(?:\r\n|\n|\r)?[ \t\u3000]*(?:\r\n|\n|\r|$)/;

export function findTitle(text: string): string | null {
  const lines: string[] = [];
  // Lines are taken one at a time: only the head of the page is read, however long the page.
  const breaks = /\r\n|\n|\r/g;
  let bodyAt = -1;
  let inContents = false;
  let proseLines = 0;
  let afterImage = false;
  for (let start = 0; start <= text.length; ) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const raw = text.slice(start, end);
    start = found ? end + found[0].length : text.length + 1;
    const folded = foldWidth(raw.includes('(') || raw.includes('（') ? raw.replace(PINYIN_GLOSS, '') : raw);
    // Most lines hold no space: the two passes over spaces are skipped for them.
    const spaced = HAS_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').replace(CJK_LATIN_SPACE, '').trim() : folded;
    // `2026年 工 作 计 划`: a title set in spaced characters is one word of them.
    const unspaced = spaced.includes(' ') && isLetterSpaced(spaced) ? spaced.replace(/ /g, '') : spaced;
    // `| 淇沣市卫生健康局2025年重点工作任务清单 | ||||||`: a table's title row, one cell across the rest left empty.
    const line = unspaced.startsWith('|') ? (ONE_CELL_ROW.exec(unspaced)?.[1] ?? unspaced) : unspaced;
    if (!line) continue;
    // `图片` / `院长郑秉文作工作报告`: a photo's caption under its placeholder names no document.
    const caption = afterImage && line.length >= CAPTION_MIN && line.length <= CAPTION_MAX && !SENTENCE_MARKS.test(line) && BLANK_NEXT.test(text.slice(end, end + CAPTION_MAX));
    afterImage = IMAGE_LINE.test(line);
    if (caption) continue;
    if (lines.length >= HEAD_LINES) break;
    // `目 录` / `第一部分 …` / `第二部分 …`: the table of contents names the parts before the title; the body starts after it.
    if (CONTENTS_HEADING.test(line)) {
      inContents = true;
      continue;
    }
    if (inContents && BODY_START.test(line)) continue;
    inContents = false;
    if (BODY_START.test(line)) {
      bodyAt = start;
      break;
    }
    // `【…】相关文章:`: the site's list of other articles under this one names none of them this page.
    if (line.length <= END_OF_ARTICLE_MAX && CHROME.endOfArticle.test(line)) break;
    // `| 名称: | 县卫健委2023年工作总结 |`: a metadata row's name cell holds the title.
    const named = NAME_CELL.exec(line);
    if (named) lines.push(named[1]!.trim());
    // Sentences, line after line: the body has begun, and a line under it (a photo's caption) heads nothing.
    proseLines = !SENTENCE_END.test(line) ? 0 : line.length >= PROSE_LINE_MIN ? proseLines + 1 : proseLines;
    if (proseLines >= BODY_PROSE_LINES) break;
    // `2017街道爱卫工作计划【篇1】为切实贯彻…`: a template site's first sample, its title run into its text.
    const sample = SAMPLE_RUN_IN.exec(line);
    if (sample && sample[1]!.length < line.length) lines.push(sample[1]!);
    if (line.length > MAX_TITLE) {
      // `1、藜川县2019年上半年爱国卫生工作总结 今年以来，…`: the first page's run, its title before the first space.
      const firstPage = FIRST_PAGE_MARK.test(line) ? line.slice(0, line.indexOf(' ')) : '';
      if (firstPage.length > 2 && firstPage.length <= MAX_TITLE) lines.push(firstPage);
      const glued = gluedTitle(line) ?? gluedAfterSpace(line);
      if (glued) lines.push(glued);
      if (line.length > BLOB_LINE) break;
      continue;
    }
    lines.push(line);
  }
  const candidates: Candidate[] = [];
  const templateAt = lines.findIndex((l) => TEMPLATE_LEAD_IN.test(l));
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    // A journal's running header names the article: `2023 年 3 月 第 1 期 …办公室:健康中国行动2023年工作要点 3`.
    const header = JOURNAL_HEADER.exec(line);
    // `…过去五年工作总结` / `及未来五年工作谋划`: a title broken before the word that joins its second document.
    const joinedNext = next && TITLE_JOINER.test(next) ? titleCandidate(line + next) : null;
    // `1、皋江市2018年…工作要点`: a document-sharing site's first page opens with the document's own title, under the file's name.
    const firstPage = FIRST_PAGE_MARK.test(line) ? titleCandidate(line.slice(2)) : null;
    if (firstPage && !firstPage.notice) {
      candidates.push({ ...firstPage, firstPage: true });
      return;
    }
    // `关于印发2022年卫生健康重点任务` / `责任落实分工的通知`: a notice's title broken before its end.
    const noticeGoesOn = next && NOTICE_START.test(line) && !line.includes('通知') && NOTICE_END.test(next) ? titleCandidate(line + next) : null;
    // `澜屿市2021年卫生健康重点工作` / `任务分工方案`: a title broken before its last words, the line below a document's name alone.
    // Only where the line ends on words that name what the work is about (`重点工作`), not on a document's own name.
    // `榕坪县卫生计生局局长2018年度` / `述职述廉报告`: or on the year it is of.
    const titleGoesOn = next && !noticeGoesOn && (SUBJECT_ENDING.test(line) || YEAR_AT_END.test(line)) && !YEAR.test(next) && next.length <= TITLE_TAIL_LINE_MAX && !SENTENCE_MARKS.test(next) && !/[:：#]/.test(next) && DOCUMENT_ENDING.test(next) && (YEAR_AT_END.test(line) || titleCandidate(line)) ? titleCandidate(line + next) : null;
    const candidate = joinedNext ?? noticeGoesOn ?? titleGoesOn ?? (next && RANGE_LINE.test(next) ? titleCandidate(line + next) : null) ?? titleCandidate(line) ?? (header ? titleCandidate(header[1]!) : null);
    if (!candidate) return;
    const prev = lines[i - 1];
    // A title broken over two lines: `2024年石岭市卫生健康` / `工作要点`.
    const joined = !candidate.sample && prev && isTitleFragment(prev) && (!YEAR.test(line) || /关于(?:印发|转发|下发)?$/.test(prev)) ? titleCandidate(prev + line + (next && RANGE_LINE.test(next) ? next : '')) : null;
    // `檀溪县卫生和计划生育局` / `2016年工作总结`: a title of a year alone, under the body whose it is.
    const issued = !joined && prev && ISSUER_LINE.test(prev) && BARE_YEAR_TITLE.test(line) ? titleCandidate(prev + line) : null;
    // `澈江省深化医药卫生体制改革` / `2017年重点工作任务`: a title broken before its year, its place and subject above.
    const headed = !joined && !issued && prev && TITLE_HEAD.test(prev) && !ISSUER_LINE.test(prev) && !YEAR.test(prev) && /^(?:19|20)\d{2}年/.test(line) ? titleCandidate(prev + line) : null;
    const found = joined ?? issued ?? headed ?? candidate;
    const named = FILE_NAME.test(line) ? { ...found, fileName: true } : found;
    if (!BARE_DOCUMENT_WORD.test(found.title)) candidates.push(templateAt >= 0 && i > templateAt ? { ...named, afterTemplate: true } : named);
  });
  const own = candidates.filter((c) => !c.notice);
  // A notice with points of its own (`一、加强领导…`) hands out the document its annex holds: the annex's title is the page's.
  if (own.length === 0 && bodyAt >= 0) {
    const annexed = annexTitle(text.slice(bodyAt), candidates.length === 0);
    if (annexed) return annexed;
  }
  // `卫生院年度工作计划篇1` over `筠溪镇卫生院2021年工作计划`: a template's category names its first sample, whose own title follows.
  const sample = own.find((c) => c.sample);
  // `2017年村卫生室工作计划篇1` over `岚峪乡桉坪村卫生室2017年工作计划`: the sample's own title names its place.
  const afterSample = sample ? own[own.indexOf(sample) + 1] : undefined;
  const sampleOwn = sample && (!sample.hasYear || (afterSample && PLACE_AT_START.test(afterSample.title) && YEAR.exec(afterSample.title)?.[1] === YEAR.exec(sample.title)?.[1])) ? afterSample : undefined;
  let pick = own.find((c) => c.afterTemplate && c.hasYear && !c.sample) ?? (sampleOwn?.hasYear && !sampleOwn.notice ? sampleOwn : sample) ?? own.find((c) => c.firstPage) ?? own.find((c) => c.hasYear && !c.fileName) ?? own.find((c) => c.hasYear) ?? own[0] ?? candidates.find((c) => c.hasYear) ?? candidates[0];
  // `2024年…分解表` above `附件` / `沅浦县2024年…分解表`; a notice's `…印发2020年区…方案的通知` over `现将《2020年澹江区…方案》…`:
  // the same title with its place named is the fuller one.
  const placed = pick && (own.find((c) => withPlace(pick!.title, c.title)) ?? (own.length === 0 && bodyAt >= 0 ? placedIssued(text.slice(0, bodyAt + ISSUED_NAMED_WITHIN), pick.title) : undefined));
  if (placed) pick = placed;
  // `标题: 区卫生健康局2021年…任务分解` over the page's own title line `区卫生健康局2021年度…任务分解及分工`: a portal's field
  // that cut the title short, the document's own line in full.
  const fuller = pick && !pick.notice ? own.find((c) => c !== pick && extendsTitle(pick!.title, c.title)) : undefined;
  if (fuller) pick = fuller;
  // `卫健系统2021年上半年工作总结` over `栖棠区卫生健康局2021年上半年工作总结暨下半年工作思路`: a site's headline that names
  // no place, and the document's own title, with its body's place, holding the same year and words.
  const ownPlaced = pick && !pick.notice && !PLACE_AT_START.test(pick.title) ? own.find((c) => c !== pick && PLACE_AT_START.test(c.title) && (sameFromYear(pick!.title, c.title) || sameYearAndWord(pick!.title, c.title))) : undefined;
  if (ownPlaced) pick = ownPlaced;
  // `2016年乡镇卫生院上半年工作总结` over `芡溪镇卫生院201*年上半年工作总结`: a site's headline that names no place, and the
  // document's own title, its year masked where the headline gives it, saying the same after the year.
  const ownMasked = pick && !pick.notice && pick.hasYear && !PLACE_AT_START.test(pick.title) ? own.find((c) => c !== pick && PLACE_AT_START.test(c.title) && sameMaskedYear(pick!.title, c.title)) : undefined;
  if (ownMasked) pick = ownMasked;
  // A notice that wraps two documents (`…关于印发2016年…总结和2017年…要点的通知`) names the page; the title after it names its first part only.
  // Not a plan and its division of work (`…工作要点和成员单位任务分工`), the second an annex of the first.
  const wrapper = pick && !pick.notice ? candidates.find((c) => c.notice && c.title !== pick.title && c.title.startsWith(pick.title) && COMBINED.test(c.title) && SUMMARY_WORD.test(c.title)) : undefined;
  const chosen = (wrapper ?? pick)?.title ?? null;
  // `蓼溪区卫生计生局印发2018年工作要点`: a headline that issued a document it names without title marks is the issuer's document.
  if (chosen) return NEWS_OF_ISSUE.test(chosen) ? (documentIssued(chosen) ?? documentIssued(text.slice(0, ISSUED_NAMED_WITHIN)) ?? chosen.replace(ISSUING_VERB_BEFORE_YEAR, '')) : chosen;
  // `…委印发2024年工作要点 明确八方面任务`: a headline that names no document itself, the news under it does.
  return lines.some((l) => l.length <= MAX_TITLE && NEWS_OF_ISSUE.test(l.replace(TITLE_DECORATION, ''))) ? documentIssued(text.slice(0, ISSUED_NAMED_WITHIN)) : null;
}

/** Whether `long` holds what `short` says from its year on (`2021年上半年工作总结`), at least a few words of it. */
function sameFromYear(short: string, long: string): boolean {
  const year = YEAR.exec(short);
  const rest = year ? short.slice(year.index) : '';
  return rest.length >= SAME_FROM_YEAR_MIN && long.includes(rest);
}
const SAME_FROM_YEAR_MIN = 8;

/**
 * `县卫计局2018年工作要点` and `楝溪县2018年卫生计生工作要点`: a headline whose issuer is only a level and an office,
 * and a title of the same year and the same document word.
 */
function sameYearAndWord(short: string, long: string): boolean {
  const a = YEAR.exec(short);
  const b = YEAR.exec(long);
  if (!a || !b || a[1] !== b[1] || !BARE_OFFICE.test(short.slice(0, a.index))) return false;
  const word = short.slice(-2);
  return long.endsWith(word);
}
/** `县卫计局`, `区卫生健康委`, `我局`: an office named by its level, no place's name. */
const BARE_OFFICE = /^(?:[省市县区旗镇乡]|我|本)(?:卫生健康|卫健|卫计|卫生计生|卫生和计划生育|卫生)?(?:局|委|委员会)?$/;

/** Whether `masked` (`…201*年上半年工作总结`) says what `dated` (`2016年…上半年工作总结`) does after its year, the year hidden in part. */
function sameMaskedYear(dated: string, masked: string): boolean {
  const year = YEAR.exec(dated);
  const hidden = MASKED_TITLE_YEAR.exec(masked);
  if (!year || !hidden || !year[1]!.startsWith(hidden[1]!)) return false;
  const after = masked.slice(hidden.index + hidden[0].length);
  return after.length >= SAME_AFTER_MASK_MIN && dated.endsWith(after);
}
const MASKED_TITLE_YEAR = /((?:19|20)\d?)[*＊xX×]{1,2}年度?/;
const SAME_AFTER_MASK_MIN = 4;

/** Whether `long` is `short` with a place's name put in (`2020年区卫生…` → `2020年澹江区卫生…`). */
/** Whether `long` says all `short` does, its year written `年度` or not, and goes on past its end with a joined part (`及分工`). */
function extendsTitle(short: string, long: string): boolean {
  const a = short.replace(/年度/g, '年');
  const b = long.replace(/年度/g, '年');
  return b.length > a.length && b.startsWith(a) && TITLE_JOINER.test(b.slice(a.length));
}

function withPlace(short: string, long: string): boolean {
  if (long.length <= short.length) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  const inserted = long.slice(head, head + long.length - short.length);
  // The place's level may be the one the short title kept (`区` of `2020年区…`).
  // `结核病防治工作计划` → `榴坪镇卫生院结核病防治工作计划`: or the body of the place that wrote it.
  return long.slice(head + inserted.length) === short.slice(head) && (PLACE_NAME.test(inserted) || PLACE_NAME.test(inserted + (long[head + inserted.length] ?? '')) || (head === 0 && PLACED_BODY.test(inserted)));
}
const PLACE_NAME = new RegExp(`^${placePattern}$`);
const PLACED_BODY = new RegExp(`^${placePattern}[\\u4e00-\\u9fa5]{0,10}?(?:卫生院|医院|中心|卫生健康局|卫生局|卫健局|卫生健康委员会|卫健委|卫计局|卫计委|保健所|保健院|监督所)$`);

/** The title a notice's body names in marks (`现将《…》发给你们`), where it is the notice's document with its place. */
function placedIssued(body: string, title: string): Candidate | undefined {
  for (const m of body.matchAll(ISSUED_IN_SENTENCE)) {
    const candidate = titleCandidate((m[1] ?? m[2]!).replace(/\s+/g, ''));
    if (candidate && !candidate.notice && withPlace(title, candidate.title)) return candidate;
  }
  return undefined;
}

/** A news headline that a body issued a document (`国务院印发《…》`, `省卫生健康委印发2025年工作要点`), not a notice's own title. */
const NEWS_OF_ISSUE = /^(?:(?!关于)[^《》，,。；;:：〔]){2,30}?(?:印发|出台|发布|下发)(?!给|.*的通知$)/;
const ISSUING_VERB_BEFORE_YEAR = /(?:印发|出台|发布|下发)(?=(?:19|20)\d{2}年)/;
/** The document a news item names as issued: `印发《2025年全省卫生健康工作要点》`. */
const ISSUED_DOCUMENT = /(?:印发|出台|发布|下发)(?:了)?《([^《》]{4,60})》/g;
/** The news item names the document it reports in its first lines. */
const ISSUED_NAMED_WITHIN = 1200;

function documentIssued(text: string): string | null {
  for (const m of text.matchAll(ISSUED_DOCUMENT)) {
    const candidate = titleCandidate(m[1]!);
    if (candidate && !candidate.notice) return candidate.title;
  }
  return null;
}

/** `附件` / `附件1：` alone on its line: what follows is the annexed document. */
const BARE_ANNEX_LINE = /^附件\s*\d{0,2}\s*[:：]?$/;
/** A notice's own points run this many lines at most before its annex. */
const NOTICE_POINTS_MAX = 40;

/** The title under the `附件` line that follows a notice's own points, if it reads as a document's. */
function annexTitle(rest: string, onlyTitle: boolean): string | null {
  const lines = rest.split(/\r?\n/, NOTICE_POINTS_MAX).map((l) => l.trim()).filter((l) => l.length > 0);
  const at = lines.findIndex((l) => BARE_ANNEX_LINE.test(l) || (onlyTitle && ANNEX_NAMED.test(l)));
  if (at < 0 || at + 1 >= lines.length) return null;
  // A document's own title above the annex (a forwarded plan printed in full, its table annexed) names the page.
  if (lines.slice(0, at).some((l) => l.length <= MAX_TITLE && titleCandidate(foldWidth(l))?.notice === false)) return null;
  // `附件:沣渚市…2016年重点督办事项台账`: the annex's title on the line that announces it.
  // Only where no notice named the page: `关于印发X的通知` hands out X, whatever its annex is called.
  const named = onlyTitle ? ANNEX_NAMED.exec(lines[at]!)?.[1] : undefined;
  const candidate = (named ? titleCandidate(foldWidth(named)) : null) ?? titleCandidate(foldWidth(lines[at + 1]!));
  return candidate && !candidate.notice ? candidate.title : null;
}
const ANNEX_NAMED = /^附件\s*\d{0,2}\s*[:：]\s*(\S.{3,})$/;

/**
 * A line in the body that is a document's own title (`2017年越溪市卫生计生工作要点` after the 2016
 * summary on one page): it starts a part of the page, whose kind and year it names.
 */
export function partTitle(line: string, meta: DocumentMeta): { title: string; kind: DocumentKind; year: number | null } | null {
  // Most lines of a body are sentences: a title has a year and no full stop.
  if (line.length > MAX_TITLE || line.includes('。') || !HAS_YEAR.test(line) || line === meta.title) return null;
  const candidate = titleCandidate(line);
  if (!candidate || candidate.notice || !candidate.hasYear || candidate.title !== line.trim()) return null;
  const kind = kindOfTitle(candidate.title);
  const year = Number(YEAR.exec(candidate.title)![1]);
  return kind !== meta.kind || year !== meta.year ? { title: candidate.title, kind, year } : null;
}

const PLACED_FRAGMENT_MAX = 20;
/** `石岭县人大常委会` over `关于全县…的报告`: a body's name over its title is its issuer, no part of the title. */
const ISSUER_ENDING = new RegExp(`(?:${UNIT_NAME_ENDINGS.join('|')})$`);

function isTitleFragment(line: string): boolean {
  return (
    // `曦安区提升基层卫生` / `服务能力三年行动计划`: a title's first line names its year, its notice or its place.
    line.length >= 4 && line.length <= 40 && (YEAR.test(line) || line.includes('关于') || (PLACE_AT_START.test(line) && line.length <= PLACED_FRAGMENT_MAX && !ISSUER_ENDING.test(line))) &&
    !DOCUMENT_ENDING.test(line) && !ISSUER_LINE.test(line) && !SENTENCE_MARKS.test(line) && !/[:：]$/.test(line) && !VOLUME_LINE.test(line) &&
    !NOT_TITLE_LINES.some((re) => re.test(line)) && !LEADING_MARKER.test(line) && !/^\d{4}年\d{1,2}月(\d{1,2}日)?$/.test(line)
  );
}

/** `2023年石岭区卫生健康工作总结2023年,在区委…`: the first document title that a body is glued to. */
/** `会议首先听取了…汇报2015年…`: a sentence that tells what was done, its object a report, is no title. */
const NARRATED = /了|首先|听取/;

export function gluedTitle(line: string): string | null {
  const head = line.replace(GLUED_LEAD, '').slice(0, 100);
  for (let end = 6; end <= head.length; end++) {
    const prefix = head.slice(0, end);
    if (SENTENCE_MARKS.test(prefix[end - 1]!)) break;
    // `…2012年卫生工作计划栎山县卫生局二○一二年二月目录…`: the issuer named again under the title, on a cover page.
    const signed = end >= 8 && head.startsWith(prefix.slice(0, ISSUER_AGAIN_MIN), end);
    if ((GLUED_BODY.test(head.slice(end)) || signed) && DOCUMENT_ENDING.test(prefix) && !NOT_TITLE_LINES.some((re) => re.test(prefix)) && !NARRATED.test(prefix)) {
      // `…上半年工作回顾和下一步工作计划…2019年上半年工作回顾和下一步工作打算一、…`: a site's short form, then the title in full.
      const again = signed && !YEAR.test(prefix) ? gluedTitle(head.slice(end)) : null;
      return again && YEAR.test(again) ? again : prefix;
    }
  }
  return null;
}

/**
 * `感谢您的下载 …。 卫生院公共卫生工作总结 **镇卫生院2016年…工作总结2016年, 我院…`: a download page's thanks and the
 * file's short name run before the title; a title glued to its body after a space, one with its year first.
 */
function gluedAfterSpace(line: string): string | null {
  for (let at = line.indexOf(' '); at >= 0 && at < GLUED_SPACE_REACH; at = line.indexOf(' ', at + 1)) {
    if (!TITLE_AFTER_SPACE.test(line.slice(at + 1, at + 12)) || /[\d年]/.test(line[at - 1] ?? '')) continue;
    const title = gluedTitle(line.slice(at + 1));
    if (title && YEAR.test(title) && !/\s/.test(title)) return title;
  }
  return null;
}
/** Where such a title starts: its place, or the mask a copy put for it. */
const TITLE_AFTER_SPACE = new RegExp(`^(?:${placePattern}|[*＊xX×]{2,4}[省市县区镇乡])`);
const GLUED_SPACE_REACH = 120;

function withoutEchoedEnd(title: string): string {
  for (let cut = title.length - ECHO_MIN; cut >= ECHO_MIN; cut--) {
    const echo = title.slice(cut);
    if (title.slice(0, cut).endsWith(echo) && DOCUMENT_ENDING.test(echo)) return title.slice(0, cut);
  }
  return title;
}
/** The shortest end of a title said again that counts as its echo. */
const ECHO_MIN = 8;

const TEMPLATE_LEAD_IN = /小编(?:为大家|为您|给大家)?(?:推荐|整理|收集|精心|准备)/;
const DATE_BEFORE_TITLE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,](?=[^，,。]{6,}$)/;

/** `召开…会议`, `举行…`: a headline's predicate, its subject on the line above: no title of a document. */
const NEWS_PREDICATE = /^(?:召开|举行|举办)/;

const FILE_NAME = /\.(?:docx?|pdf|wps|txt)(?:VIP)?\s*$/i;

function titleCandidate(line: string): Candidate | null {
  // `…2026年重点工作计划出炉！`: a headline's cry after the title's own words.
  line = line.replace(HEADLINE_CRY, '').replace(COLUMN_LABEL, '');
  // `2021年11月26日,蕖南县…工作进展报告`: a daily report's date, set before its title with a comma, is a part of it.
  const dated = DATE_BEFORE_TITLE.exec(line)?.[0].length ?? 0;
  if (NOT_TITLE_LINES.some((re) => re.test(line)) || SENTENCE_MARKS.test(line.slice(dated)) || LEADING_MARKER.test(line)) return null;
  const first = FIRST_SAMPLE.exec(line);
  if (first) {
    const sample = titleCandidate(line.slice(0, line.length - first[1]!.length));
    return sample && !sample.notice ? { ...sample, sample: true } : null;
  }
  let title = line;
  for (let before = ''; before !== title; ) {
    before = title;
    title = title.replace(TITLE_DECORATION, '').replace(SITE_NAME_SUFFIX, '').trim();
    // `X范文X`: a title printed twice, a template site's word between.
    // `最新X X`: printed twice, once under a site's word of praise and a space.
    const twice = /^(?:(?:最新|精选|热门|优秀)\s*)?(.{6,}?)\s?(?:范文|文稿|材料|全文)?\1$/.exec(title);
    if (twice) title = twice[1]!;
    // `2012年蒲汊镇…工作计划蒲汊镇…工作计划`: printed again without its year, the title's end said twice.
    else title = withoutEchoedEnd(title);
    // `《西乡县“十四五”医疗保障事业发展规划》`: a title the page puts in title marks, whole.
    if (title.startsWith('《') && title.endsWith('》') && title.indexOf('《', 1) < 0) title = title.slice(1, -1);
  }
  // `…2024年工作总结及2025年工作计划：守好接种“第一针” 筑牢免疫“防护墙”`: the title, then its slogan after a colon.
  const sloganAfter = SLOGAN_AFTER_COLON.exec(title);
  if (sloganAfter && DOCUMENT_ENDING.test(title.slice(0, sloganAfter.index)) && YEAR.test(title.slice(0, sloganAfter.index))) title = title.slice(0, sloganAfter.index);
  // `守正创新谋新篇——砚溪县卫生健康局2021年工作要点`: a slogan headline over the title after its dash.
  const dash = title.lastIndexOf('——');
  if (dash > 0 && DOCUMENT_ENDING.test(title.slice(dash + 2)) && YEAR.test(title.slice(dash + 2)) && !YEAR.test(title.slice(0, dash))) title = title.slice(dash + 2);
  // `卫生院年度总结汇报茴坪镇卫生院2017年工作总结…`: a site's category, itself ending as a title does, glued before the title.
  const category = GLUED_CATEGORY.exec(title);
  if (category && DOCUMENT_ENDING.test(title.slice(category[0].length))) title = title.slice(category[0].length);
  // `2023年度…工作总结(2023年)`: a site's tag of the year the title already names.
  const yearTag = /[(（]((?:19|20)\d{2})年?[)）]$/.exec(title);
  if (yearTag && title.slice(0, yearTag.index).includes(yearTag[1]!)) title = title.slice(0, yearTag.index);
  // A title printed twice in a row by a page (`XX工作总结XX工作总结`).
  const half = title.length / 2;
  if (title.length % 2 === 0 && title.slice(0, half) === title.slice(half)) title = title.slice(0, half);
  if (title.length < 4 || title.length > 80 || !DOCUMENT_ENDING.test(title) || NEWS_PREDICATE.test(title)) return null;
  // `关于…的报告` is a report's own title; only a notice (`…的通知`, `关于印发…`) wraps another document.
  const notice = /关于(?:印发|转发|下发)|的通知$|征求意见的(?:公告|通知)$|^关于.*(?:要点|计划|方案|安排)$/.test(title) ? NOTICE.exec(title) : null;
  if (!notice && title.endsWith('的通知')) {
    // The second half of a notice's title broken over two lines.
    const inner = title.slice(0, -3).replace(/^《|》$/g, '');
    return DOCUMENT_ENDING.test(inner) ? { title: inner, hasYear: YEAR.test(inner), notice: true } : null;
  }
  if (notice) {
    // `关于印发《…实施意见》重点任务分工方案的通知`: the words after the title marks name the document handed out.
    const marked = /《([^》]+)》(.*)$/.exec(notice[1]!);
    const inner = marked && marked[2]!.length > 0 && DOCUMENT_ENDING.test(marked[2]!) ? notice[1]! : (marked?.[1] ?? notice[1]!);
    title = inner.replace(/^[\u4e00-\u9fa5]{0,20}?(?:委员会|委|局|政府|办公室)(?=关于)/, '');
    if (!DOCUMENT_ENDING.test(title)) return null;
    return { title, hasYear: YEAR.test(title), notice: true };
  }
  // `附件：…分工表` under a notice names what it annexes: the page's title only where no other is found.
  return { title, hasYear: YEAR.test(title), notice: ANNEX_REFERENCE.test(line) };
}

/**
 * `妇幼保健院年度工作总结1`, `…工作计划【篇1】`: the number a template site gives its first sample, after a title of words
 * (a journal's running footer `…2024年工作要点 1` has its issue and page in figures).
 */
// `邗溪县卫生健康局2021年下半年工作计划1`: a year may stand inside it, the number glued to its last word.
const FIRST_SAMPLE = /^[\u4e00-\u9fa5“”"]{0,30}(?:(?:19|20)\d{2}(?:年度?)?)?[\u4e00-\u9fa5“”"]{2,40}(?:要点|计划|总结|方案|安排|思路)(1|【篇1】|篇1)$/;

const SAMPLE_RUN_IN = /^([^。，,：:；;\s]{4,50}?(?:要点|计划|总结|方案|安排|思路)(?:【篇1】|篇1))(?![\d】])/;

/** `工作计划`, `计划总结`: a portal's or a template site's category, a document's word and nothing it is of. */
const BARE_DOCUMENT_WORD = new RegExp(`^(?:年度)?(?:工作)?(?:${CATEGORY_WORDS.join('|')})(?:(?:工作)?(?:${CATEGORY_WORDS.join('|')}))?$`);

const ANNEX_REFERENCE = /^\s*附件\s*\d{0,2}\s*[:：]\s*\S/;

/** A report of results is a summary; a page titled with both (总结和…要点) is what it names first. */
export function kindOfTitle(title: string): DocumentKind {
  // `…疾控中心全面完成2018年度…目标任务`: news that the year's work was done reports results, whatever it names last.
  if (WORK_DONE.test(title)) return 'summary';
  // `…2013年卫生工作成绩单出炉 2014年再定新目标`: a headline that gives the year's results first reports them.
  const results = RESULTS_HEADLINE.exec(title);
  if (results && results.index < (PLAN_WORD.exec(title)?.index ?? Infinity)) return 'summary';
  const summary = SUMMARY_WORD.exec(title);
  if (!summary) return 'plan';
  const plan = PLAN_WORD.exec(title);
  if (!plan) return 'summary';
  // `2023年工作总结和2024年工作要点` is what it names first; `重点工作任务完成情况报告` is what its last word says.
  // `重点工作任务完成情况及2024年工作打算`: the subject a report is of comes before it, and is no plan named first.
  if (COMBINED.test(title)) return (OWN_PLAN_WORD.exec(title)?.index ?? Infinity) < summary.index ? 'plan' : 'summary';
  // `…2021年工作计划汇报`: a report that presents a plan is the plan.
  if (PRESENTED_PLAN.test(title)) return 'plan';
  return lastIndex(title, SUMMARY_WORD) > lastIndex(title, PLAN_WORD) ? 'summary' : 'plan';
}

const WORK_DONE = /(?:全面|圆满|超额|提前|顺利)完成(?:了)?(?:19|20)\d{2}年/;

const PRESENTED_PLAN = /(?:计划|要点|思路|打算)的?(?:汇报|报告)(?:材料)?$/;
const COMBINED = new RegExp(
  // `…2018年度总结表彰暨2019年工作部署大会`: the honours given at the same meeting may stand between.
  `(?:${SUMMARY_TITLE_WORDS.join('|')}|${PLAN_TITLE_WORDS.filter((w) => !SUBJECT_PLAN_WORDS.includes(w)).join('|')})(?:表彰)?(?:和|及|与|暨|、|以及|(?=(?:19|20)\\d{2}年度?))(?:(?:19|20)\\d{2}年度?|明年|来年|下一步|下步)?`,
);

function lastIndex(text: string, re: RegExp): number {
  const g = new RegExp(re.source, 'g');
  let last = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m.index;
  return last;
}

/** Without a title, a short heading-like line near the top that says 总结 marks a summary; `全面总结2023年工作，…` in a plan's preamble does not. */
function guessKind(paragraphs: readonly string[]): DocumentKind {
  // A short line that ends as a summary's title does (`会议总结“十四五”…` is a sentence broken after its verb).
  if (paragraphs.slice(0, 5).some((p) => p.length <= 40 && !/[。，,]/.test(p) && SUMMARY_WORD.test(p) && DOCUMENT_ENDING.test(p))) return 'summary';
  // `桐陵年鉴(2021)`: a yearbook's entries record the year's results.
  if (paragraphs.slice(0, 5).some((p) => YEARBOOK.test(p))) return 'summary';
  // `现将…工作总结如下`, `现将有关情况汇报如下`: a report of results says so in its opening.
  if (paragraphs.slice(0, 8).some((p) => REPORT_OPENING.test(p) || BULLETIN_RELEASED.test(p))) return 'summary';
  // `二、主要做法和工作成效`: a heading of results among the first.
  if (paragraphs.slice(0, 20).some((p) => p.length <= 30 && RESULT_HEADING.test(p))) return 'summary';
  // `今年上半年，全区基本医疗保险参保58.36万人…`: a page that opens a paragraph with the period so far and its figures reports results.
  const balance = partBalance(paragraphs);
  if (paragraphs.slice(0, 8).some(reportsPeriodSoFar) && !mostlyAhead(balance)) return 'summary';
  // `2024年，全市…` over most of the page, then `会议提出，2025年，…力争…`: the part of a past year outweighs the year ahead.
  if (pastPartYear(balance) !== null) return 'summary';
  // No title: a text that reports results (同比, 较上年增加, 累计, 已完成) more than it sets aims (力争, 确保, 到…年) is a summary.
  // Read by its length, not its lines: a list split into its clauses is no shorter a text.
  const opening = openingText(paragraphs, OPENING_LENGTH);
  const results = (opening.match(RESULT_WORDS)?.length ?? 0) + (opening.match(RESULT_POINT)?.length ?? 0);
  // `下半年将继续…，力争年底前…`: one sentence of aims is one aim, however many of their words it holds.
  const aims = opening.split(SENTENCE_BREAK).filter((sentence) => AIM_WORD.test(sentence)).length;
  return results >= 3 && results > aims * 2 ? 'summary' : 'plan';
}

const OPENING_LENGTH = 2500;

/** `…日前发布《2018年我国卫生健康事业发展统计公报》`: news of a bulletin reports the figures of its year. */
const BULLETIN_RELEASED = /(?:发布|公布|印发)了?《[^》]{2,40}(?:统计公报|公报|统计年报)》/;

/** Words in quotes with more of the line after them. */
const QUOTED_INSIDE = /[“"「][^”"」]{1,20}[”"」](?=.)/g;

/** A headline that reports a meeting, and names no document (`全市卫生健康工作会议召开`, `…县召开2015年…工作会议`). */
const MEETING_HEADLINE = new RegExp(`(?:${MEETING_TITLE_WORDS.join('|')})$|召开[^，,。]{0,30}(?:工作会议|推进会|电视电话会议)$|(?:工作会议|大会|推进会)在[^，,。]{1,12}(?:召开|举行)$`);

/**
 * `2024年，…`, `据介绍，2020年全市…`, `会议提出，2025年，…`, `聂云川指出，2015年，…`: a paragraph that opens with the
 * year it speaks of, after a short lead or whoever speaks.
 */
const PARAGRAPH_YEAR = /^(?:[^，,。；;]{0,16}[，,：:]\s*)?((?:19|20)\d{2})年(?!\s*\d)/;
/** `上半年，…`, `去年，…`, `一年来，…`: a paragraph that opens with a period behind. */
const PAST_OPENING = new RegExp(`^(?:[^，,。；;]{0,8}[，,]\\s*)?(?:${THIS_YEAR_SO_FAR}|上半年|上年|${TURNS_BACK.join('|')}|${STANDING_NOW.join('|')}|截至(?:19|20)\\d{2}年)`);
/** `下半年，…`, `今年，全市将…`, `会议要求，下半年要…`: a paragraph that opens with the period ahead. */
const AHEAD_OPENING = new RegExp(`^(?:[^，,。；;]{0,16}(?:指出|表示)[，,：:]\\s*)?(?:${TURNS_AHEAD.join('|')}|(?!${THIS_YEAR_SO_FAR})今年(?!第?一季度|\\d))|^[^，,。；;]{0,16}(?:要求|强调|提出|明确|部署)[，,：:]`);
/** `一、…`, `（一）…`, `1.…`, `一是…`: a numbered paragraph, which goes on in a part of the past only after a lead-in to a list. */
const NUMBERED_OPENING = /^(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])/;
const FUTURE_HEADLINE = /将(?!军|士)|力争/;
/** `汀州市最大核酸检测能力达每日42万管`: a headline that tells a level reached, nothing to come in it, reports a result. */
// `淇川市上半年医改重点工作推进有力`: so is one that tells how the period behind went, no meeting in it (which may set the next).
function reachedHeadline(headline: string): boolean {
  const behind = PERIOD_BEHIND.test(headline) && !MEETING_WORD.test(headline);
  return (REACHED_LEVEL.test(headline) || behind) && !FUTURE_HEADLINE.test(headline) && !AIMED_HEADLINE.test(headline.replace(PERIOD_BEHIND, ''));
}
const PERIOD_BEHIND = new RegExp(`${THIS_YEAR_SO_FAR}|上半年|前三季度|第?一季度`);
const MEETING_WORD = /会|部署|安排|启动/;
// `…人均预期寿命提高到80.12岁`: a level moved to, said with no aim, is one reached.
const REACHED_LEVEL = /(?:达|达到|突破|超过|(?:提高|提升|上升|增长|增加|下降|降低)(?:到|至)|降至)(?:每[日天年])?\d/;
const AIMED_HEADLINE = /要|确保|目标|计划|预计|拟|争取|(?:年底|月底|年内|年)前|今年|明年|到\d{4}年/;
/** Words of a sentence that sets what is to be done, and the work of a year. */
const SETS_WORK = /确定|部署|安排|将|要|力争|确保|计划(?!生育)|目标|下半年|下一步/;
/** `会上，…作交流发言`, `会议还表彰了…`: how the meeting went, neither part. */
/** `局长…作工作报告，从四个方面回顾了2013年全县卫生工作。`: a report of a year before the latest the page names. */
function reviewedYear(p: string, latest: number): number | null {
  const m = REVIEWED_YEAR_IN.exec(p);
  return m !== null && Number(m[1]) < latest ? Number(m[1]) : null;
}
const REVIEWED_YEAR_IN = /(?:回顾|总结)了?((?:19|20)\d{2})年/;
const COUNTED_ASPECTS = /(?:从|分)[几两一二三四五六七八九十\d]{1,2}个?方面/;
/** `会议通报了三方面工作：` over `一是…`: the points a meeting heard reported are results. */
const REPORTED_LIST_LEAD = /^(?:会上|会议)(?:还|同时)?(?:通报|听取|总结|回顾)了?[^。，,]{0,20}[：:]\s*$/;
const PROCEEDINGS_OPENING = /^(?:会上|会议(?:还|同时)?(?:通报|传达|听取|表彰|审议)|会议还对)/;
const YEAR_MENTION = /(?:19|20)\d{2}(?=年)/g;

/**
 * How many of a page's paragraphs look back and how many ahead, read by what each paragraph opens with: a year
 * before the latest the page's head names, a period behind (`上半年`), or the period ahead, the paragraphs after it
 * (its points, its headed paragraphs) going on in the same part. News of a meeting is of the part it gives most room.
 */
interface PartBalance {
  readonly past: number;
  readonly ahead: number;
  readonly pastYear: number | null;
  readonly pastFigures: number;
}

function partBalance(paragraphs: readonly string[]): PartBalance {
  // A page's furniture (`1676253961027.jpg`, a row of fields) is no part of either.
  const read = paragraphs.slice(0, HEAD_LINES * 2).filter((p) => !p.includes('|') && p.length >= BALANCE_PARAGRAPH_MIN);
  const opened = read.map((p) => PARAGRAPH_YEAR.exec(p)).map((m) => (m ? Number(m[1]) : null));
  const named = read.slice(0, BALANCE_HEAD).flatMap((p) => (p.match(YEAR_MENTION) ?? []).map(Number));
  const latest = Math.max(0, ...named, ...opened.filter((y): y is number => y !== null));
  let state: 'past' | 'ahead' | null = null;
  let past = 0;
  let ahead = 0;
  let pastYear: number | null = null;
  let pastText = '';
  let leadIn = false;
  let reviewed: number | null;
  read.forEach((p, k) => {
    const year = opened[k] ?? null;
    // `一、落实全年主要目标任务` / `2019年，…` / `（一）主要健康指标。…`: a plan's items after a line of last year are the plan's.
    if (NUMBERED_OPENING.test(p) && state === 'past' && !leadIn) state = null;
    else if (year !== null) state = year < latest ? 'past' : 'ahead';
    else if (AHEAD_OPENING.test(p)) state = 'ahead';
    else if (PAST_OPENING.test(p) || REPORTED_LIST_LEAD.test(p)) state = 'past';
    else if (PROCEEDINGS_OPENING.test(p)) state = null;
    else if ((reviewed = reviewedYear(p, latest)) !== null) {
      state = 'past';
      pastYear ??= reviewed;
    }
    // `为保持良好发展态势，…确定了2013年卫生工作“3224”目标任务。`: a paragraph that sets the latest year's work.
    else if (latest > 0 && p.includes(`${latest}年`) && SETS_WORK.test(p)) state = 'ahead';
    // Counted by paragraphs more than by characters: a part is as large as the pieces of work it tells, and one
    // paragraph of last year's figures is one piece against the five points of the year ahead, unless it is long.
    const weight = Math.max(1, Math.round(p.length / PARAGRAPH_UNIT));
    if (state === 'past') {
      past += weight;
      pastText += p;
      if (year !== null && pastYear === null) pastYear = year;
    } else if (state === 'ahead') ahead += weight;
    // `…从四个方面回顾了2013年全县卫生工作。` counts the points after it as a colon leads in to them.
    if (!NUMBERED_OPENING.test(p)) leadIn = /[：:]\s*$/.test(p) || COUNTED_ASPECTS.test(p);
    // `2025年，…全部完成。为巩固拓展成效，…2026年将办好以下8件实事：`: a lead-in to what comes next turns the part ahead.
    if (leadIn && SETS_WORK.test(p.slice(p.lastIndexOf('。') + 1))) state = 'ahead';
  });
  return { past, ahead, pastYear, pastFigures: countFigures(pastText) };
}
const BALANCE_PARAGRAPH_MIN = 8;
/** So many characters of a paragraph weigh as much as a paragraph. */
const PARAGRAPH_UNIT = 150;
/** The paragraphs of a page's head whose years say which is the latest it speaks of. */
const BALANCE_HEAD = 4;

/** The year a page reports, where its part of a past year is the longer one. */
function pastPartYear(b: PartBalance): number | null {
  return b.pastYear !== null && b.past > b.ahead && b.pastFigures >= PAST_PART_FIGURES_MIN ? b.pastYear : null;
}

/** A page whose part ahead is far the longer (`会议要求，下半年要…：` over five points, after a short `上半年，…`). */
function mostlyAhead(b: PartBalance): boolean {
  return b.ahead > 0 && b.ahead >= b.past * AHEAD_MARGIN;
}
const AHEAD_MARGIN = 2;

const PAST_PART_FIGURES_MIN = 4;

function countFigures(text: string): number {
  return text.match(/(?<![\d年])\d+(?:\.\d+)?(?!\s*年|\d)/g)?.length ?? 0;
}


function openingText(paragraphs: readonly string[], length: number): string {
  const taken: string[] = [];
  for (let k = 0, n = 0; k < paragraphs.length && n < length; k++) {
    taken.push(paragraphs[k]!);
    n += paragraphs[k]!.length + 1;
  }
  return taken.join('\n').slice(0, length);
}

function pastHeadline(headline: string, source: string): boolean {
  const named = YEAR.exec(headline);
  if (!named || PLAN_WORD.test(headline)) return false;
  const dated = datelineYear(source);
  return dated !== null && dated > Number(named[1]);
}

/** The lines of a page's head that date it (`时间:2024-07-26 18:42:05 来源:…`), which cleaning takes out as chrome. */
function datelines(source: string): string[] {
  // `2017-03-02 來(lái)源:…`: a page that glosses its characters' readings glosses its dateline too.
  return source.slice(0, DATELINE_REACH).split('\n').map((l) => (l.includes('(') ? l.replace(PINYIN_GLOSS, '') : l)).filter((l) => DATELINE_YEAR.test(l));
}

const DATELINE_REACH = 2000;
const SIGNATURE_LINES = 6;
const SIGNATURE_DATE = /^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/m;
// `2010-08-11    作者:…    来源:…`: a date that opens a line of the page's fields, its label left out.
// `发布于：岱澄 2026-01-20 17:42`: a repost's line names where, then when.
const DATELINE_YEAR = /(?:时间|日期|发布于)[:：]\s*(?:[\u4e00-\u9fa5]{1,8}\s+)?((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}|^\s*((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:作者|来源|編輯|编辑|责任编辑|責任編輯)[:：]/m;
// `2015卷`: the volume of a yearbook a page of its digital edition names over the entry.
const YEARBOOK_VOLUME = '^\\s*(?:19|20)\\d{2}\\s*卷\\s*$';
const VOLUME_LINE = new RegExp(YEARBOOK_VOLUME);
const YEARBOOK = new RegExp(`^[\\u4e00-\\u9fa5]{0,12}年鉴(?:[(（](?:19|20)\\d{2}[)）])?$|^当前位置.{0,10}年鉴|${YEARBOOK_VOLUME}`);
/** A yearbook's breadcrumb or the running head of its printed pages (`·236·　柘原年鉴（2018）`), which cleaning takes out. */
// `首页 > 数字史志 > 年鉴 > 滦川年鉴 > 2015卷 > 卫生计生`: a trail through a yearbook, or its volume on a line of its own.
const YEARBOOK_PAGE = new RegExp(`^(?:您的)?当前位置.{0,30}年鉴|^[\\s·\\d]*${YEARBOOK_EDITION}(?:[\\s·\\d]*$|\\s*[>»›])|^[^\\n]{0,40}[>»›＞]\\s*[^\\n>»›＞]{0,12}年鉴\\s*[>»›＞]|${YEARBOOK_VOLUME}`, 'm');
const PERIOD_SO_FAR = /^(?:今年|本年|\d{4}年)?(?:上半年|前三季度|一季度|第一季度|今年以来|1\s*[-—～~至]\s*\d{1,2}月)[，,]/;
const PERIOD_FIGURES_MIN = 3;

/** `上半年，全县门急诊量112.6万人次，同比增长18.4%…`: a paragraph that opens with the period so far and gives its figures. */
export function reportsPeriodSoFar(paragraph: string): boolean {
  return PERIOD_SO_FAR.test(paragraph) && (paragraph.match(/\d+(?:\.\d+)?/g)?.length ?? 0) >= PERIOD_FIGURES_MIN;
}

const RESULT_WORDS = /同比|较年初(?:增加|减少|下降|提高)|截至\d{1,2}月|已达|完成情况|年终督查|环比|较上年(?:增长|增加|提高|上升|下降|减少)|比上年(?:增长|增加|提高|上升|下降|减少)|相比\d{4}年|累计|已完成|全部完成|取得了|实现了|圆满完成|获评|被评为|荣获|顺利通过|成绩明显|成效明显|成效显著|经受住了|交出了|守住了|涌现出/g;
// `由2017年的5.9‰下降到2018年的5.2‰`: a change to a year's level is a result, no aim.
const AIM_WORD = /力争|确保|(?<!下降|降低|提高|提升|增加|增长|上升|减少)到\d{4}年|年底前|月底前|要坚持|将(?:继续|进一步)|计划(?!生育)/;
const SENTENCE_BREAK = /[。；;！!？?\n]/;

/** `“十四五”规划`, `“十四五”卫生健康发展规划`: a five-year plan, named by its period. */
const FIVE_YEAR_SPAN = 5;
const FIVE_YEAR_PLAN = /[“"]?([一二三四五六七八九十]{1,3})五[”"]?(?:[\u4e00-\u9fa5]{0,12}规划|时期|期间)/;

/** `现将…总结如下`; `…卫生计生委向媒体通报2017年全市…状况` (a meeting that hears last year's results goes on to the next). */
// `纪澄作2024年医院工作汇报，…盘点了一年来的成绩`: a meeting that heard the year's report.
const REPORT_OPENING = /作了?(?:19|20)\d{2}年度?[^。，,]{0,16}工作(?:汇报|总结)|从[几\d一二三四五六七八九十]{1,2}个方面总结了?[^。，,]{0,20}(?:19|20)\d{2}年度?[^。，,]{0,10}工作|盘点了?[^。，,]{0,10}(?:成绩|成效)|(?<!(?:会议|会上|大会)[^。]{0,20})(?:通报|公布|发布)了?(?:19|20)\d{2}年(?:度)?[^。，,]{0,20}(?:情况|状况|成效|成绩)|(?:总结|汇报)如下|(?:工作|完成|开展|进展)情况报告如下|梳理[^。]{0,16}完成情况/;
const RESULT_HEADING = /^(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])?(?:主要做法和(?:工作)?成效|(?:主要)?工作成效|取得的成效|主要成效|工作开展情况|工作完成情况|主要工作(?:及|和)成效)/;

/** Where the year of a page's second part stands right after its summary's name (`…工作总结暨2022年…`), its first year. */
const SUMMARY_BEFORE_NEXT_YEAR = /(?<=(?:总结|工作报告)(?:表彰)?(?:暨|和|及|与|以及))(?:19|20)\d{2}(?=年)/;

/**
 * `dated`: the year of the page's dateline; `latest`, for a report of results, the latest year it can report (a later
 * year named is its plan's: `2017年招录…` in a report dated 2016).
 */
/** `2019年12月3日星期二`: a portal's clock at the top of every page, the day it was copied, no date of the document. */
const SITE_CLOCK = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]/;
const SITE_CLOCK_REACH = 20;

/** `“十四五”规划`: the first year of the five-year plan a title names, or null. */
function fiveYearPlanStart(title: string): number | null {
  const period = FIVE_YEAR_PLAN.exec(title);
  if (!period) return null;
  const n = parseChineseNumeral(period[1]!)!;
  // The third plan began in 1966, after three years of adjustment; the first two in 1953 and 1958.
  return n <= 2 ? 1953 + FIVE_YEAR_SPAN * (n - 1) : 1966 + FIVE_YEAR_SPAN * (n - 3);
}

/** `…“十二五”规划实施情况回顾`: a review of a five-year plan reports its period, to its last year. */
function reviewedPeriodEnd(title: string): number | null {
  const first = YEAR.test(title) || SHORT_YEAR.test(title) ? null : fiveYearPlanStart(title);
  return first === null ? null : first + FIVE_YEAR_SPAN - 1;
}

function readYear(title: string | null, paragraphs: readonly string[], file: string, dated: number | null = null, latest: number | null = null): number | null {
  const fromTitle = title ? YEAR.exec(title) : null;
  // `工作总结暨2022年工作部署`: the year named is the next part's; the summary, which comes first, is of the year before.
  if (fromTitle && title && SUMMARY_BEFORE_NEXT_YEAR.exec(title)?.index === fromTitle.index) return Number(fromTitle[1]) - 1;
  if (fromTitle) return Number(fromTitle[1]);
  // `鹤沂镇15年上半年…工作总结`: a year written short, of a period or a year's work.
  const short = title ? SHORT_YEAR.exec(title) : null;
  if (short) return 2000 + Number(short[1]);
  // `“十四五”规划`: a five-year plan's year is the first of its period.
  const period = title ? fiveYearPlanStart(title) : null;
  if (period !== null) return period;
  // The opening of the text (`2022年,县卫生健康局将…`), past the rows of a page's metadata.
  // `用三年时间（2018—2020年）`: a period is of its first year.
  const head = paragraphs.slice(0, 15).filter((p) => !/\|/.test(p)).join('\n');
  // A year the text speaks of as its own: not one it counts from or compares with, none after the latest, no site's clock.
  const ownYear = (m: RegExpMatchArray) => !sinceEarlier(head, m, dated) && !comparedWith(head, m) && !(latest !== null && Number(m[1]) > latest) && !SITE_CLOCK.test(head.slice(m.index, m.index! + SITE_CLOCK_REACH));
  // `完成时限:2022年6月底`: a month's end a task is due by.
  const opening = [...head.matchAll(/(?<![到至])((?:19|20)\d{2})\s*(?:年(?!\s*(?:底|末)前?完成|\s*底前|\s*前|\s*\d{1,2}\s*月\s*(?:底|末))|[—–\-~～至到]\s*(?:19|20)\d{2}\s*年)/g)].find(ownYear);
  if (opening) return Number(opening[1]);
  // `到2018年底，完成…`: the year a goal is due is not the document's; the date it was signed is (`2016年5月20日`).
  const signed = paragraphs.slice(-SIGNATURE_LINES).join('\n').match(SIGNATURE_DATE);
  if (signed) return Number(signed[1]);
  const due = [...head.matchAll(/((?:19|20)\d{2})\s*年/g)].find(ownYear);
  if (due) return Number(due[1]);
  // `时间:2024-07-26 18:42:05`: a news page's dateline, where no sentence names a year.
  const dateline = yearOfDateline(paragraphs.slice(0, 15).join('\n'));
  if (dateline !== null) return dateline;
  const fromName = file.match(/(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/);
  return fromName ? Number(fromName[1]) : null;
}

/**
 * The area the issuing authority governs: named in the title, else by the
 * authority that issues or signs the text (`梅溪县卫生健康委员会`), else by the
 * place the text is about (`健康东湖` with the level it speaks of, 全市/全省).
 */
export function readRegion(title: string | null, source: string, paragraphs: readonly string[]): string | null {
  if (title && (NATIONAL_AUTHORITIES.test(title) || NATIONAL_TITLE.test(title)) && !placeIn(title)) return '全国';
  const inTitle = title ? placeIn(title) : null;
  if (inTitle) return inTitle;
  // `健康鲅鱼圈行动实施方案`: the place a title's slogan names is the document's, whatever bodies its text cites.
  const slogan = title ? SLOGAN_IN_TITLE.exec(title)?.[1] : undefined;
  if (slogan && slogan !== '中国') {
    const place = placeOfSlogan(paragraphs.join('\n'), slogan);
    if (place) return place;
  }
  // Authorities, places and the words around them are Chinese: widths need no folding to read them.
  const head = source.slice(0, 3000);
  const tail = source.slice(-600);
  const issuer = firstAuthority(PORTAL_NAME.test(head) ? head.split('\n').filter((l) => !PORTAL_NAME.test(l)).join('\n') : head) ?? firstAuthority(tail);
  // `2024年全市…`: a title that speaks of its own level is not a county's whose office the text names.
  const level = title ? /[全本]([省市县区])/.exec(title)?.[1] : undefined;
  if (issuer && level && !issuer.endsWith(level)) return placeOfLevel(title, head) ?? issuer;
  if (issuer) return issuer;
  if (nationalIssuer(head) || nationalIssuer(tail)) return '全国';
  const body = paragraphs.join('\n');
  return placeOfLevel(title, head) ?? placeOfSlogan(body) ?? placeOfCitedPlan(body) ?? placeOfOwnWork(head) ?? placeOfSiteOwner(tail);
}

/** `版权所有：涔州市人民医院` at a page's foot: the body whose site it is, where the text names no place of its own (`我院…`). */
function placeOfSiteOwner(tail: string): string | null {
  const place = SITE_OWNER.exec(tail)?.[1];
  return place && namesAPlace(place) ? mostSpecific(place) : null;
}

/**
 * `结合鹤汀县妇幼保健院实际`, `过去一年，桐源市卫生健康事业稳步发展`: the place whose circumstances a plan
 * is fitted to, or whose health system a sentence opens with, where no authority names it.
 */
function placeOfOwnWork(head: string): string | null {
  for (const re of [FITTED_TO_PLACE, PLACE_AS_SUBJECT, WORK_OF_PLACE]) {
    for (const m of head.matchAll(re)) {
      // `2017年是溪桥区…`: a sentence's verb glued before the name.
      const place = m[1]!.length >= 4 ? m[1]!.replace(/^[是为在由对将把和与及的经向从]/, '') : m[1]!;
      if (namesAPlace(place) && !/[全本各该]/.test(place)) return mostSpecific(place);
    }
  }
  return null;
}

// `Copyright © 2023 汀蘅市第二人民医院`: the owner after the sign and the year.
const SITE_OWNER = new RegExp(`(?:(?:版权所有|主办单位|主办)\\s*[:：]|Copyright\\s*(?:©|\\(c\\))?\\s*(?:(?:19|20)\\d{2}(?:\\s*[-—]\\s*(?:19|20)\\d{2})?)?)\\s*(${placePattern})`, 'i');
const SOURCE_LINE_MAX = 60;
const SOURCE_PLACE = new RegExp(`(?:来源|出处)[:：]\\s*(${placePattern})`);
const FITTED_TO_PLACE = new RegExp(`结合(${placePattern})[^，,。；;]{0,12}实际`, 'g');

/** `本市` and `《渚阳市国民经济和社会发展…纲要》`: a text that speaks of its place only as 本市 names it in the plans it follows. */
function placeOfCitedPlan(body: string): string | null {
  const level = dominantLevel(body);
  // `根据《蒲崖县…实施方案》，…现将我县…`: the page speaks of its own county as 本县 or 我县.
  if (!level || !(body.includes(`本${level}`) || body.includes(`我${level}`))) return null;
  for (const m of body.matchAll(CITED_PLACE)) {
    const place = m[1]!;
    if (place.endsWith(level) && namesAPlace(place)) return place;
  }
  return null;
}

const CITED_PLACE = new RegExp(`《(${placePattern})`, 'g');

/** A run ending in a level that names a place: not a word of levels (`省市`), a phrase (`全县`, `该区`), nor redacted (`xx县`). */
function namesAPlace(place: string): boolean {
  // `会议由市…`, `由区卫健局牵头`: a sentence's words glued before a level are no place's name.
  return !NOT_PLACES.test(place) && !NOT_IN_PLACE.test(place) && !/[xX×*]/.test(place) && !SENTENCE_WORD_BEFORE_LEVEL.test(place);
}

/** A place at the start of a title or just after its year: `青川市卫生健康委员会…`, `2024年白鹭市卫生健康工作要点`. */
function placeIn(title: string): string | null {
  for (const m of title.matchAll(PLACE_IN_TITLE)) {
    // `棠溪街道社区卫生服务中心`: 社区 there begins the centre's name, not a place under the street.
    const place = title.startsWith('卫生服务', m.index + m[0].length) ? m[1]!.replace(/(?<=街道|镇|乡)社区$/, '') : m[1]!;
    if (namesAPlace(place) && !SUBJECT_IN_PLACE.test(place)) return mostSpecific(innermost(title, m.index + m[0].length, place));
  }
  return null;
}

/** `全市卫生健康工作要点` read as a place: a title's subject words are in no place's name. */
const SUBJECT_IN_PLACE = /健康|卫生|医疗|行动|工作/;

/** `漓坪区箐湾镇卫生院`: a place named right after the first, within it, is where the issuer stands. */
function innermost(title: string, end: number, place: string): string {
  const next = NEXT_PLACE.exec(title.slice(end));
  // `涞桐县紧密型县域医共体`: a level followed by 域 names an area's scope (县域), no place within.
  return next && namesAPlace(next[1]!) && !LEADING_VERB.test(next[1]!) && !SUBJECT_IN_PLACE.test(next[1]!) && title[end + next.index + next[0].length] !== '域' ? innermost(title, end + next[0].length, next[1]!) : place;
}

/**
 * A line that a national body opens as its issuer or signer (`国家卫生健康委办公厅关于印发…的通知`,
 * `国家卫生健康委办公厅` over the date), not one that cites it (`根据国家卫生健康委…`).
 */
function nationalIssuer(text: string): boolean {
  if (!NATIONAL_AUTHORITIES.test(text)) return false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = NATIONAL_AUTHORITIES.exec(line);
    if (m && m.index === 0 && (line.length <= ISSUER_LINE_MAX || line.includes('关于'))) return true;
    // `发布时间:2020-04-27  来源:国家卫生健康委基层卫生健康司`: the page's byline names the body that issued it.
    if (m && SOURCE_FIELD.test(line.slice(Math.max(0, m.index - SOURCE_FIELD_REACH), m.index))) return true;
  }
  return false;
}
// The head is read in Simplified characters: `來源` has become `来源`.
const SOURCE_FIELD = /(?:来源|发布机构|发文机关|信息来源)[:：]\s*$/;
const SOURCE_FIELD_REACH = 8;

/** A signature or masthead line is short; a longer one is a sentence. */
const ISSUER_LINE_MAX = 24;

/** A portal's own name (`XX市人民政府门户网站`) names no issuer. */
const PORTAL_NAME = /门户网站|政府网/;

/** A body named as the source of a rule the text follows (`根据XX市卫生健康委…`, `《…》`) is not the issuer. */
const CITED = /(?:根据|按照|依据|贯彻|落实|对照|在|经|《[^》]*)$/;
const CITING = /根据|按照|依据|贯彻|落实|对照/;

function firstAuthority(text: string): string | null {
  AUTHORITY_WORD.lastIndex = 0;
  for (let m = AUTHORITY_WORD.exec(text); m; m = AUTHORITY_WORD.exec(text)) {
    // The place is the run of Chinese right before the authority's name, ending in a level.
    const run = PLACE_BEFORE.exec(text.slice(Math.max(0, m.index - 10), m.index));
    if (!run) continue;
    if (CITED.test(text.slice(Math.max(0, m.index - run[0].length - 12), m.index - run[0].length)) || CITING.test(run[0])) continue;
    // `3月任槲溪县…`, `5日槲溪县…`: a date's last character before the run is no part of a place.
    const dated = /^[月日]/.test(run[0]) && /\d/.test(text[m.index - run[0].length - 1] ?? '') ? run[0].slice(1) : run[0];
    const place = trimPlace(dated);
    if (place && namesAPlace(place)) return mostSpecific(place);
  }
  return null;
}

const SLOGAN_IN_TITLE = /^(?:(?:19|20)\d{2}年度?)?健康([\u4e00-\u9fa5]{2,3}?)(?:建设|行动)/;
const PLACE_PARTS = new RegExp(`[\\u4e00-\\u9fa5]{2,}?(?:${PLACE_LEVELS.join('|')})`, 'g');
const AUTHORITY_WORD = new RegExp(AUTHORITY_WORDS.join('|'), 'g');
const PLACE_BEFORE = new RegExp(`[\\u4e00-\\u9fa5]{2,10}?(?:${PLACE_LEVELS.join('|')})$`);

/** `榆林市榆阳区` → `榆阳区`: a district names its city first; the issuer is the district. */
function mostSpecific(place: string): string {
  const parts = place.match(PLACE_PARTS) ?? [place];
  const last = parts[parts.length - 1]!;
  return parts.join('') === place && !NOT_PLACES.test(last) ? last : place;
}

/** `发布机构:云岭省` → `云岭省`: a label or a verb glued before the place is not part of it. */
function trimPlace(place: string): string | null {
  // `…重点安排岑江省疾病预防控制局`: a title run into the issuer before it ends at its document word.
  let cut = place.replace(/^.*(?:[:：年号]|机构|来源|单位|发布|印发|关于|欢迎来到|欢迎访问|要点|计划|总结|方案|安排|进展|报告|规划)/, '');
  // A verb glued before the name (`结合东滩区…`); cut only where a whole name remains (`会同县` stays).
  const verb = LEADING_VERB.exec(cut);
  if (verb && cut.length - verb[0].length >= 3) cut = cut.slice(verb[0].length);
  return cut.length >= 2 ? cut : null;
}

// `(2013年3月)任槲溪县…局长`: a post taken up.
const LEADING_VERB = /^(?:在|由|经|对|向|从|结合|会同|协调|组织|推动|指导|支持|联合|配合|围绕|聚焦|立足|推进|加强|报送|报请|提请|经过|通过|担任|出任|调任|任)/;

/**
 * `关于全县卫生健康工作情况的报告` under a masthead `椒溪县人大常委会`: a title that speaks of the whole of
 * a level (全县) is about the place of that level the page's head names first.
 */
function placeOfLevel(title: string | null, head: string): string | null {
  // `我市召开…会议`: a news item of the place's own outlet names it as 我市.
  const level = title ? /[全我本](省|市|县|区|旗|州|镇|乡)/.exec(title)?.[1] : undefined;
  if (!level) return null;
  for (const raw of head.split('\n')) {
    // A masthead: a short line that opens with the place; or the outlet a news item is credited to (`来源：栎台市融媒体中心`).
    const line = raw.trim();
    // `[棣湾县:母婴安全指标连续三年向好]…`: or the place a headline in brackets is labelled with.
    const place = (line.length <= ISSUER_LINE_MAX ? PLACE_AT_START.exec(line)?.[1] : undefined) ?? (line.length <= SOURCE_LINE_MAX ? SOURCE_PLACE.exec(line)?.[1] : undefined) ?? LABELLED_HEADLINE_PLACE.exec(line)?.[1];
    if (place && place.endsWith(level) && namesAPlace(place)) return mostSpecific(place);
  }
  // `摘自《灃汀日报》`: the paper of the place's own, named after it.
  const masthead = PAPER_OF_PLACE.exec(head);
  const paper = masthead?.[1] ?? masthead?.[2];
  if (paper) return paper.endsWith(level) ? paper : paper + level;
  // Else the place of that level a sentence opens with, as the subject of its health system (`过去一年，柳塘县卫生计生系统…`).
  for (const m of head.matchAll(PLACE_AS_SUBJECT)) {
    const place = m[1]!;
    if (place.endsWith(level) && namesAPlace(place) && !/[全本各该]/.test(place)) return place;
  }
  return null;
}

const LABELLED_HEADLINE_PLACE = new RegExp(`^[\\[【](${placePattern})[:：]`);

/** `《沣汀日报》`: a city's or a county's own daily. */
// `榆岚周刊电子报` at the head of an e-paper reader: its masthead.
const NATIONAL_PAPER = '(?!人民|光明|经济|法制|法治|健康|中国|工人|农民|科技|解放|文汇|新华)';
const PAPER_OF_PLACE = new RegExp(`《${NATIONAL_PAPER}([\\u4e00-\\u9fa5]{2,4}?)(?:日报|晚报|都市报)》|^${NATIONAL_PAPER}([\\u4e00-\\u9fa5]{2,4}?)(?:日报|晚报|周刊)(?:电子报|电子版|数字报)?$`, 'm');

const PLACE_AS_SUBJECT = /(?:^|[，。,；;\n]|\d年度|\d年(?!度))([\u4e00-\u9fa5]{2,3}[省市县区])(?=卫生|卫健|医疗保障|人民政府|各级|妇幼保健|疾病预防控制|疾控|人民医院|中医院|中医医院|共有|有各级|召开|人均预期寿命|居民健康素养)/g;

/** `为…推动葭沅县疾控工作提质增效`, `做好藻渚街道201X年爱国卫生工作`: the place whose work a plan's lead-in sets out to do. */
const WORK_OF_PLACE = new RegExp(`(?:做好|推动|推进|促进|加快|提升|加强)(${placePattern})(?:(?:19|20)[\\dXx×*]{2}年度?)?[\\u4e00-\\u9fa5]{0,10}工作`, 'g');

const PLACE_AT_START = new RegExp(`^(${placePattern})`);

/** `健康东湖` names the place; `东湖区` in the text, or the level it speaks of (全区), gives its level. */
function placeOfSlogan(body: string, named?: string): string | null {
  const counts = new Map<string, number>();
  if (named) counts.set(named, 1);
  else {
    // `健康桐源行动`, `“健康桐源”建设`, a brand in quotes (`“健康桐源”公众号`);
    // `建设健康潆州先行区`: the place a slogan names after the verb that builds it.
    for (const m of body.matchAll(/健康(?:(?<=[“"]健康)([\u4e00-\u9fa5]{2})(?=[”"])|([\u4e00-\u9fa5]{2})[”"]?(?=建设|行动)|(?<=(?:建设|打造)健康)([\u4e00-\u9fa5]{2}))/g)) {
      const name = (m[1] ?? m[2] ?? m[3])!;
      if (NOT_SLOGAN_PLACES.includes(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [name, times] of ranked) {
    // `沄宁回族自治区`: an autonomous area names its peoples between its name and its level.
    const autonomous = body.match(new RegExp(`${name}((?:[\\u4e00-\\u9fa5]{1,3}族|维吾尔)+自治(?:区|州|县|旗))`));
    if (autonomous) return name + autonomous[1];
    const full = body.match(new RegExp(`${name}(${PLACE_LEVELS.join('|')})`));
    if (full) return name + full[1];
    // With no place of that name in the text, only a brand the text keeps using is the place's (`健康膳食行动` once is a programme).
    const level = dominantLevel(body);
    if (level && (named || times >= SLOGAN_BRAND_MIN)) return name + level;
  }
  return null;
}

const SLOGAN_BRAND_MIN = 2;

function dominantLevel(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(LEVEL_REFERENCES)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 ? ranked[0][0] : null;
}
