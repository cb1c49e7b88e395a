import type { Normalized, Source, Span } from '../types.js';
import type { Vocabulary } from '../vocab/index.js';
import { BARE_POINT_NOT_BEFORE, BULLET_POINT, COUNTED_AFTER_FIGURE, COUNTED_LEAD_IN, POINTS_MIN, type NumberingPattern } from '../vocab/numbering.js';
import { UNITS } from '../vocab/units.js';
import { parseChineseNumeral, toChineseNumeral } from '../extract/numbers/resolve.js';
import { isHan } from '../extract/words.js';
import { anyOfIn } from './any-of.js';
import { joinQuotedCells, labelBracketedFields, labelUnitColumn, unflattenTables } from './flat-table.js';
import { cutGluedContents, dropContents, endsOnLeader } from './contents.js';
import { splitDecimalRun } from './decimal-run.js';
import { dropParagraphMarks } from './watermark.js';
import { GOAL_HEADINGS, MEETING_DEMAND_OPENING, NO_WORK_HEADINGS, PROBLEM_HEADING_WORDS, TURNS_AHEAD } from '../vocab/sections.js';
import { foldTraditional } from './script.js';
import { UNIT_NAME_ENDINGS } from '../vocab/departments.js';
import { foldWidthChar } from './width.js';
import { repairOcr, type OcrRepair } from './ocr.js';
import type { OcrVocabulary } from '../vocab/ocr.js';
import { CONTENTS, END_OF_ARTICLE_MAX, MAKER_CREDIT, PINYIN_GLOSS, VIEW_COUNTER } from '../vocab/chrome.js';
import { type Line, endsSentence, isHeadingLike, mergeLines, sliceLine, spaceBefore, startsWithMarker, synthetic } from './lines.js';
import { RECORD_FIELDS } from '../vocab/tables.js';


/** A line that titles the next article of a collection is no longer than a title. */
const NEXT_ARTICLE_MAX = 60;

/** A line shorter than this holds no run of numbered items. */
const DECIMAL_RUN_MIN = 40;

/** Lines this long are pages glued by a document-sharing site, not paragraphs. */
const PAGE_BLOB_LENGTH = 1000;

/**
 * Cleans a source for segmentation: drops chrome lines and tokens, folds widths,
 * collapses white space, cuts page-number runs and rejoins sentences broken across
 * lines; in OCR'd text, first puts back digits read as letters (`1O0%`). Every
 * character keeps its source offset.
 */
export function normalize(source: Source, vocab: Vocabulary): Normalized {
  const removed: Span[] = [];
  let lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  // One character for one, so offsets into the repaired text are offsets into the source.
  // Text OCR'd elsewhere and pasted in reads `7O%` and `2l种` too: the same repairs, where a letter touches a digit.
  const ocr = source.ocr ? repairOcr(source.text, vocab.ocr) : hasLetterByDigit(source.text, pastedOcr(vocab.ocr)) ? repairOcr(source.text, pastedOcr(vocab.ocr), true) : null;
  const repaired = ocr ? ocr.text : source.text;
  // A page in Traditional characters is read in Simplified ones, one for one.
  // Kangxi radicals a PDF's font map gave for ideographs (`⼀、深化医药卫⽣…`) are read as the ideographs, one for one.
  const unified = foldRadicals(repaired);
  const simplified = foldTraditional(unified) ?? (unified !== repaired ? unified : null);
  const text = withCellBreaks(withBlockTagsAsBreaks(withIndentsRestored(withArabicYears(withDecimalPoints(withFullStops(simplified ?? repaired))))));
  const chromeLine = anyOfIn(vocab.chrome.lines, text);
  // Every line's characters and offsets live in one array each: a cleaned line is never longer than
  // its source line, so each fits where its source stands, and the whole is decoded at once.
  const units = new Uint16Array(text.length);
  const origins = new Int32Array(text.length);
  const inline = inlineChromeIn(text, vocab.chrome.inline);
  const bounds: number[] = [];
  const barsApart = text.includes('|') && (text.match(LONE_BAR) ?? []).length >= BARS_APART_MIN;
  // A headline, then its dateline dropped as chrome, then the news under it: the two do not run together.
  let dateline = false;
  // `图片` / `院长郑秉文作工作报告`: the caption under a photo the copy left as a placeholder.
  let afterImage = false;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    bounds.push(start, end, cleanLine(text, start, end, inline, units, origins, letterSpaced(text, start, end)));
    if (!m) break;
    start = m.index + m[0].length;
  }
  const cleaned = UTF16.decode(units);
  for (let k = 0; k < bounds.length; k += 3) {
    const lineStart = bounds[k]!;
    const lineEnd = bounds[k + 1]!;
    const length = bounds[k + 2]!;
    const line: Line = { text: cleaned.slice(lineStart, lineStart + length), origin: origins.subarray(lineStart, lineStart + length) };
    // `- 相关推荐` as a page's first line is the site's menu: the articles it lists come after the one read.
    // `…工作要点（2）` heads a collection's next sample only after the first one's body: above any sentence, it is the
    // page's own title, the number its page's (`…工作要点（4）`, page 4 of 5).
    // `来源:泖川新闻网` under the news, then only a list of other headlines: the article ends with its source.
    if (line.text.length > 0 && SOURCE_LINE.test(line.text) && lines.some((l) => SENTENCE_IN_LINE.test(l.text)) && !SENTENCE_AHEAD.test(text.slice(lineEnd))) {
      removed.push({ start: lineStart, end: text.length });
      break;
    }
    // `相关阅读:` with nothing under it, above the news: a template's empty box, before any of the article.
    if (line.text.length > 0 && ((length <= END_OF_ARTICLE_MAX && vocab.chrome.endOfArticle.test(line.text) && (lines.some((l) => SENTENCE_IN_LINE.test(l.text)) || !SENTENCE_AHEAD.test(text.slice(lineEnd, lineEnd + EMPTY_BOX_REACH)))) || (length <= NEXT_ARTICLE_MAX && vocab.chrome.nextArticle.test(line.text) && lines.some((l) => SENTENCE_IN_LINE.test(l.text)))) && lines.some((l) => l.text.length > 0)) {
      removed.push({ start: lineStart, end: text.length });
      break;
    }
    // A lone bar is a portal's menu divider, but under a table's cell closed by its bar (`省疾控中心 |` / `|`) an empty cell.
    // `序号` / `|` / `主要工作目标` / `|` / …: on a page of cells a bar's line apart, the bar parts two cells.
    const emptyCell = line.text === '|' && lines.length > 0 && (lines[lines.length - 1]!.text.endsWith('|') || barsApart);
    // A banner's words set under an image run on to the next line; a caption stands alone, a blank line after it.
    const caption = afterImage && line.text.length > 0 && line.text.trim().length <= CAPTION_MAX && !CAPTION_NOT.test(line.text) && BLANK_AFTER.test(text.slice(lineEnd, lineEnd + CAPTION_MAX));
    if (line.text.length > 0) afterImage = IMAGE_PLACEHOLDER.test(line.text.trim());
    if (line.text.length > 0 && !emptyCell && (caption || chromeLine.test(line.text) || centredPageNumber(text, lineStart, lineEnd))) {
      // A page glued into one line holds the site's words (`…供大家参考。`) and the document after them: only they go.
      const kept = length > GLUED_PAGE_LINE ? afterChromeSentences(line, chromeLine) : null;
      if (kept) {
        removed.push({ start: lineStart, end: kept.origin[0]! });
        lines.push(kept);
      } else {
        removed.push({ start: lineStart, end: lineEnd });
        if (DATELINE.test(line.text)) dateline = true;
      }
    }
    // Empty lines are kept until flattened tables are read: there an empty line is an empty cell.
    else if (dateline && line.text.length > 0) {
      lines.push({ ...line, afterDateline: true });
      dateline = false;
    } else lines.push(line);
  }
  lines = dropParagraphMarks(dropEchoedHeadline(dropContents(dropSharedLead(dropCutTeaser(dropRepeatedAbstract(dropRunningTitles(lines, removed), removed), removed), removed), removed), removed), removed);
  if (/[\u20e3\ud83c-\ud83e]/.test(text)) lines = emojiMarks(lines);
  lines = indentedLevels(lines, text);
  if (text.includes('\t"')) lines = joinQuotedCells(lines);
  if (text.includes('】') || text.includes('〕')) lines = labelBracketedFields(lines);
  lines = labelUnitColumn(unflattenTables(singleSpaced(posterPhrases(figuresOnTheirOwnLines(lines))), text));
  lines = cutPageRuns(lines, vocab);
  lines = bannerHeadings(lines);
  lines = rejoinBroken(lines, vocab, wrapWidth(lines));
  // An item's own points stay in its text whether split or not; only a line that is no item (a page blob) or a top heading is split.
  const paragraphs: Line[] = [];
  // The outline read so far: a page blob goes on with the numbers the lines before it reached (`（三）…` / `…（四）…`).
  const outline = [1, 1, 1];
  // Right under a top heading (`一、聚焦一条主线`) of a page with no numbered items at all: its paragraph's `一是…二是…` are its items.
  const itemless = !lines.some((l) => OUTLINE_ITEM_START.test(l.text));
  // `（一）筑牢一道防线` / `一是…（疾控科牵头）二是…`: where the headings' paragraphs open with their points, page through, the points are the items.
  const pointLines = lines.filter((l) => OPENS_WITH_POINT.test(l.text)).length;
  // Only where `（一）` is the page's top level: under `一、…`, a `（一）` is an item, its points its text.
  const pointed = pointLines >= POINTED_HEADINGS_MIN && pointLines * 2 >= lines.filter((l) => BRACKETED_HEADING.test(l.text)).length && !lines.some((l) => TOP_HEADING_START.test(l.text));
  let underHeading = false;
  // `一、2024年工作总结` / `2024年，…。一是…二是…` / `二、…` / `1.…`: a top heading with no item of its own, on a page with items elsewhere.
  const bare = bareHeadingLines(lines);
  // `2  工作目标` / `到2022年底，…：一是…；二是…`: under a heading of the goals, however numbered, the paragraph is read whole.
  let underGoals = false;
  for (const [k, l] of lines.entries()) {
    const headingTitle = GOAL_HEADING_LINE.exec(l.text)?.[1];
    if (headingTitle !== undefined || HEADING_LINE.test(l.text)) underGoals = headingTitle !== undefined && GOAL_HEADINGS.test(headingTitle);
    else if (underGoals && !ITEM_START.test(l.text) && !TOP_HEADING_START.test(l.text)) {
      paragraphs.push(l);
      continue;
    }
    // An answer under its question (`答：…一是…二是…`) is read whole, as the one reply it is.
    const points = (itemless || bare[k] === true) && underHeading && !OUTLINE_START.test(l.text) && !ANSWER_START.test(l.text);
    // `四、聚焦行业治理。一是…。二是…`: a top heading run into points of its own, however short.
    const ownPoints = itemless && TOP_HEADING_START.test(l.text) && l.text.includes('二是');
    // `…并提出要求：一是…；二是…`: a lead-in that ends on a colon before its first point, however short the line.
    const ledPoints = itemless && ledPointsIn(l.text) && l.text.includes('二是');
    // `会议指出，…。要巩固…；要加快…`: what a meeting asks, however short.
    const askedLine = itemless && MEETING_DEMAND_OPENING.test(l.text) && /[；;]要/.test(l.text);
    // `要抓好四方面工作：A…；B…；C…；D…。`: a counted list, however short.
    const countedLine = itemless && l.text.length < RUN_IN_LENGTH && /[；;]/.test(l.text) && countedClauses(l.text).length > 0;
    // `(三)落实计划生育基本国策6.稳妥实施…7.推进…`: a section's heading run on into the items the outline goes on with.
    const headingRunOn = l.text.length >= RUN_IN_LENGTH && BRACKETED_START.test(l.text) && outline[2]! > 1 && runsOnItem(l.text, outline[2]!);
    if ((l.text.length >= RUN_IN_LENGTH || points || ownPoints || ledPoints || askedLine || countedLine || (pointed && OPENS_WITH_POINT.test(l.text))) && (!ITEM_START.test(l.text) || headingRunOn)) {
      const parts = splitRunIn(l, outline, points || ledPoints, itemless, pointed).flatMap(splitGoalHeading);
      paragraphs.push(...parts);
      for (const p of parts) underHeading = headsItems(p.text, underHeading);
    } else {
      // `二、重点工作 (一)开展…`: a top heading and its first item on one line are two lines.
      const glued = HEADING_THEN_FIRST_ITEM.exec(l.text);
      const parts = glued ? [sliceLine(l, 0, glued[0].trimEnd().length), sliceLine(l, glued[0].length, l.text.length)] : splitGoalHeading(l).flatMap(splitNextItem);
      for (const p of parts.flatMap((q) => splitTrailingHeading(q, outline))) {
        underHeading = headsItems(p.text, underHeading);
        if (p.text.length >= RUN_IN_LENGTH && ARABIC_ITEM_START.test(p.text)) paragraphs.push(...splitRunOnItems(p));
        else paragraphs.push(p);
        noteOutline(p.text, outline);
      }
    }
  }
  // `…1.1传染病预防控制1.1.1疫情报告：…。1.1.2监测督导：…`: a handbook's items run together.
  // `一、疾病预防与控制二、免疫规划…一、疾病预防与控制…`: contents glued before the body go first.
  const items = paragraphs.flatMap((p) => (p.text.length >= DECIMAL_RUN_MIN ? splitDecimalRun(cutGluedContents(p, removed, parseChineseNumeral)) : [p])).flatMap(splitAtUnitBrackets).flatMap(splitLostNumeralItems);
  // A page glued into one line showed its contents only once split: read them again (`目录一、指导思想……1二、…`).
  const split = items.length > lines.length && items.some((p) => endsOnLeader(p.text)) ? dropContents(items, removed) : items;
  return assemble(source, split, removed, ocr?.repairs, simplified);
}

/**
 * A Word list exported as text, both levels numbered `1.` and told apart only by their indents
 * (`1.  基本医疗…` over `    1.  加强医疗质量管理。…`): the indented level's numbers become `(1)`,
 * a level below the other, as the list had it.
 */
function indentedLevels(lines: Line[], source: string): Line[] {
  // Only a page with a number indented at a line's start can hold such a list.
  if (!INDENTED_LINE_NUMBER.test(source)) return lines;
  const indents = new Map<number, number>();
  const indentOf = (line: Line) => {
    const start = line.origin[0]!;
    return start - (source.lastIndexOf('\n', start - 1) + 1);
  };
  let numbered = 0;
  for (const line of lines) {
    if (!INDENTED_NUMBER.test(line.text)) continue;
    numbered++;
    const indent = indentOf(line);
    indents.set(indent, (indents.get(indent) ?? 0) + 1);
  }
  if (numbered < INDENTED_ITEMS_MIN || indents.size !== 2) return lines;
  const [outer, inner] = [...indents.keys()].sort((a, b) => a - b) as [number, number];
  if (inner - outer < INDENT_STEP_MIN || indents.get(outer)! < 2 || indents.get(inner)! < 2) return lines;
  // The indented level counts afresh under each item of the other (`1.` again and again); a stray indent counts on.
  const restarts = lines.filter((l) => /^1[.．](?!\d)/.test(l.text) && indentOf(l) === inner).length;
  if (restarts < 2) return lines;
  return lines.map((line) => {
    const m = INDENTED_NUMBER.exec(line.text);
    if (!m || indentOf(line) !== inner) return line;
    const digits = m[1]!.length;
    const at = line.origin[0]!;
    return mergeLines([{ text: '(', origin: new Int32Array([at]) }, sliceLine(line, 0, digits), { text: ')', origin: new Int32Array([line.origin[digits]!]) }, sliceLine(line, digits + 1)]);
  });
}

const INDENTED_NUMBER = /^(\d{1,2})[.．](?!\d)/;
const INDENTED_LINE_NUMBER = /\n[ \t\u3000]+\d{1,2}[.．]/;
const INDENTED_ITEMS_MIN = 4;
/** An indent this much deeper is a level down (a Word list indents a level by four spaces, or two full-width ones). */
const INDENT_STEP_MIN = 2;

/** Kangxi radicals (U+2F00–U+2FD5) and the supplement's (U+2E80–U+2EF3) as the ideographs they stand for. */
export function foldRadicals(text: string): string {
  return RADICAL.test(text) ? text.replace(RADICALS, (c) => {
    const unified = c.normalize('NFKC');
    return unified.length === 1 ? unified : c;
  }) : text;
}

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/;
const RADICALS = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/**
 * A post's marks drawn as emoji: a keycap number (`1️⃣ 扩面提质…`, `🔟`) is the item's number (`1.`),
 * a symbol before a heading (`🔶 家庭医生签约服务`) decorates it and is dropped.
 */
function emojiMarks(lines: Line[]): Line[] {
  return lines.map((line) => {
    const keycap = KEYCAP_NUMBER.exec(line.text);
    if (keycap) {
      const digits = keycap[1] ?? '10';
      const at = line.origin[keycap[0].length - 1]!;
      const number: Line = keycap[1] ? sliceLine(line, 0, digits.length) : { text: '10', origin: new Int32Array([at, at]) };
      return mergeLines([number, { text: '.', origin: new Int32Array([at]) }, sliceLine(line, keycap[0].length)]);
    }
    const symbol = LEADING_EMOJI.exec(line.text);
    return symbol && symbol[0].length < line.text.length ? sliceLine(line, symbol[0].length) : line;
  });
}

const KEYCAP_NUMBER = /^(?:(\d{1,2})\ufe0f?\u20e3|\ud83d\udd1f)\s*/;
/** Pictographs (U+1F300–U+1FAFF) and the dingbats a post sets before a heading, with the space after them. */
const LEADING_EMOJI = /^(?:[\ud83c-\ud83e][\udc00-\udfff]|[\u2600-\u27bf])\ufe0f?\s*/;

/**
 * A post's banners: a number on a line of its own (`1`), then a heading broken over short lines
 * (`筑牢公共卫生` / `防线`), then the paragraphs under it. Numbers that count on from 1 make each
 * banner a numbered heading (`1、筑牢公共卫生防线`); a page number stands alone, no heading under it.
 */
function bannerHeadings(lines: Line[]): Line[] {
  const banners: { at: number; length: number }[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!BANNER_NUMBER.test(lines[k]!.text) || Number(lines[k]!.text) !== banners.length + 1) continue;
    let end = k + 1;
    while (end < lines.length && end - k <= BANNER_LINES_MAX && BANNER_HEADING_LINE.test(lines[end]!.text)) end++;
    // The heading stands over prose, not over the next number.
    if (end === k + 1 || end - k > BANNER_LINES_MAX || end >= lines.length || !/[。，,；;]/.test(lines[end]!.text)) continue;
    banners.push({ at: k, length: end - k });
    k = end - 1;
  }
  if (banners.length < BANNERS_MIN) return lines;
  const out: Line[] = [];
  let k = 0;
  for (const b of banners) {
    out.push(...lines.slice(k, b.at));
    const number = lines[b.at]!;
    const mark: Line = { text: '、', origin: new Int32Array([number.origin[number.origin.length - 1]!]) };
    out.push({ ...mergeLines([number, mark, ...lines.slice(b.at + 1, b.at + b.length)]), afterBlank: true });
    k = b.at + b.length;
  }
  out.push(...lines.slice(k));
  return out;
}

/**
 * A post set as a poster (`回眸2023`): every phrase on a line of its own between empty lines (`老年人新冠疫苗` /
 * `加强免疫接种率` / `达到86.3%`), a number (`01`) and a heading over each run of them. A run's phrases are one
 * paragraph, joined as they read: a comma after a figure, a full stop before a year that opens another thought.
 * The page's first line is its title, joined to nothing.
 */
function posterPhrases(lines: Line[]): Line[] {
  const written = lines.filter((l) => l.text.length > 0);
  const phrases = written.filter((l) => POSTER_PHRASE.test(l.text)).length;
  if (phrases < POSTER_PHRASES_MIN || phrases < written.length * POSTER_SHARE) return lines;
  // A table a cell a line between empty lines (`序号` / `1` / …) is no poster: its cells keep their lines.
  if (written.filter((l) => ROW_NUMBER_CELL.test(l.text) || RECORD_FIELDS.some((f) => f.name.test(l.text))).length >= TABLE_CELLS_MIN) return lines;
  const apart = lines.filter((l, k) => l.text.length > 0 && lines[k + 1]?.text.length === 0).length;
  if (apart < written.length * POSTER_SHARE) return lines;
  const blank = lines.find((l) => l.text.length === 0)!;
  const out: Line[] = [];
  let run: Line[] = [];
  const push = (line: Line) => out.push(line, blank);
  const flush = () => {
    if (run.length > 0) push(joinedPhrases(run));
    run = [];
  };
  let heading = false;
  for (const line of written) {
    if (out.length === 0 || heading || POST_NUMBER.test(line.text) || !POSTER_PHRASE.test(line.text)) {
      flush();
      push(line);
      // `01` / `疫情防控平稳转段`: the line under a run's number is its heading.
      heading = POST_NUMBER.test(line.text);
    } else run.push(line);
  }
  flush();
  return out;
}

/**
 * A forum's or a preview's page that sets every figure on a line of its own (`门诊就诊` / `9860` / `人次,补偿…`):
 * where many lines are a figure alone between words that run on, each joins the lines around it. A figure
 * counted before `字` (`1800` / `字一、基本情况`) is the page's word count, no part of the text.
 */
function figuresOnTheirOwnLines(lines: Line[]): Line[] {
  // A figure whose unit opens the next line (`9860` / `人次,…`): a table's cells a line stand apart from what they count.
  const counted = (k: number) => LONE_FIGURE.test(lines[k]!.text) && UNIT_OPENS.test(lines[k + 1]?.text ?? '');
  let alone = 0;
  for (let k = 0; k < lines.length && alone < LONE_FIGURES_MIN; k++) if (counted(k)) alone++;
  if (alone === 0) return lines;
  // Where few figures stand alone, each must be followed by its whole unit and a clause's mark (`126` / `期,发放…`):
  // a table's cells a line (`4` / `人才队伍`) hold a row's number over a cell whose first character a unit may share.
  const few = alone < LONE_FIGURES_MIN;
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1];
    if (!LONE_FIGURE.test(line.text) || !next) {
      out.push(line);
      continue;
    }
    if (WORD_COUNT_AFTER.test(next.text)) {
      out.push(sliceLine(next, 1));
      k++;
      continue;
    }
    // A line a figure joined goes on into the next one's (`…补偿` / `246500` / `元,次均补偿` / `25` / `元。`).
    const before = out[out.length - 1];
    if (before && before.text.length > 0 && !SENTENCE_END.test(before.text) && UNIT_OPENS.test(next.text) && (!few || UNIT_THEN_MARK.test(next.text))) {
      out[out.length - 1] = mergeLines([before, line, next]);
      k++;
    } else out.push(line);
  }
  return out;
}

const LONE_FIGURE = /^(?:\d[\d.,]*|[Xx]{2}年?)(?:%|‰)?$/;
/** `期,发放宣传资料`, `余份,举办…`: a unit, whole, and the mark that ends its clause. */
const UNIT_THEN_MARK = new RegExp(`^[余多]?(?:${[...UNITS.map((u) => u.unit), ...COUNTED_AFTER_FIGURE].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})[，,。；;、]`);
const LONE_FIGURES_MIN = 6;
const WORD_COUNT_AFTER = /^字(?=[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十])/;
const SENTENCE_END = /[。！？!?；;：:]$/;
/** What opens a line a figure counts: a magnitude, a unit's first character, the punctuation after a figure. */
const UNIT_OPENS = new RegExp(`^[,，。、；;)）余多${COUNTED_AFTER_FIGURE}${[...new Set(UNITS.map((u) => u.unit[0]!))].join('').replace(/[\\\]^-]/g, '\\$&')}]`);

function joinedPhrases(run: readonly Line[]): Line {
  const parts: Line[] = [];
  run.forEach((line, k) => {
    parts.push(line);
    const next = run[k + 1];
    const mark = !next ? (/[。！!]$/.test(line.text) ? '' : '。') : YEAR_PHRASE.test(next.text) ? '。' : /\d/.test(line.text) ? '，' : '';
    if (mark) parts.push(synthetic(mark, line, true));
  });
  return mergeLines(parts);
}

const POSTER_PHRASE = /^[^。，,；;：:！？!?|丨\s]{1,16}$/;
const POST_NUMBER = /^0[1-9]$/;
const YEAR_PHRASE = /^(?:19|20)\d{2}年$/;
const POSTER_PHRASES_MIN = 20;
const ROW_NUMBER_CELL = /^[1-9]\d{0,2}$|^(?:序号|编号|序)$/;
const TABLE_CELLS_MIN = 2;
const POSTER_SHARE = 0.7;

const BANNER_NUMBER = /^\d{1,2}$/;
/** A banner's heading is a phrase broken over a line or two, with no sentence in it. */
const BANNER_HEADING_LINE = /^[^。，,；;：:！？!?\d]{1,14}$/;
const BANNER_LINES_MAX = 3;
const BANNERS_MIN = 2;

/** `??一、規劃背景`: the full-width spaces that indent each paragraph, lost to question marks by a wrong encoding. */
const LOST_INDENT = /^[?？]{1,4}(?=[^?？\s])/gm;
/** So many lines opening so make the marks an indent (one line might ask a question). */
const LOST_INDENTS_MIN = 3;

/** Question marks that stand for a lost indent, read as the spaces they were, one for one. */
function withIndentsRestored(text: string): string {
  if (!text.includes('??') && !text.includes('？？')) return text;
  LOST_INDENT.lastIndex = 0;
  let n = 0;
  while (LOST_INDENT.exec(text) && ++n < LOST_INDENTS_MIN);
  return n < LOST_INDENTS_MIN ? text : text.replace(LOST_INDENT, (marks) => ' '.repeat(marks.length));
}

/**
 * `…工作任务分解表Р指标分类Р指标内容Р…`: a document site's preview writes the breaks between a table's cells and
 * paragraphs as a Cyrillic Er; between Chinese words it is no letter, and each one ends a line.
 */
const CELL_BREAK_ER = /(?<![\u0400-\u04ff])\u0420(?![\u0400-\u04ff])/g;
/** So many of them make a page that uses them so. */
const CELL_BREAKS_MIN = 3;

function withCellBreaks(text: string): string {
  if (!text.includes('\u0420')) return text;
  const breaks = text.match(CELL_BREAK_ER)?.length ?? 0;
  return breaks >= CELL_BREAKS_MIN ? text.replace(CELL_BREAK_ER, '\n') : text;
}

/** `</p>`, `<br></p>`: where the HTML a copy kept closes a paragraph. */
const BLOCK_END_TAG = /(?:<br\s*\/?>\s*)*<\/(?:p|div|li|h[1-6]|section|blockquote)>/gi;

/** Paragraphs of a page copied with its HTML (`<p>…</p><p>…</p>` on one line) end where their tags close, one for one. */
function withBlockTagsAsBreaks(text: string): string {
  if (!text.includes('</')) return text;
  return text.replace(BLOCK_END_TAG, (tag) => ' '.repeat(tag.length - 1) + '\n');
}

/** So many lines, most followed by one empty line, make a page double-spaced. */
const DOUBLE_SPACED_MIN_LINES = 10;
const DOUBLE_SPACED_SHARE = 0.8;

/**
 * A page that puts an empty line after every line (each paragraph of a portal's page copied as a
 * line and a gap): there one empty line parts nothing, and a cell left empty in a flattened table is
 * a line between two gaps.
 */
function singleSpaced(lines: Line[]): Line[] {
  let text = 0;
  let spaced = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.text.length === 0) continue;
    text++;
    if (lines[k + 1]?.text.length === 0 && (lines[k + 2]?.text.length ?? 0) > 0) spaced++;
  }
  if (text < DOUBLE_SPACED_MIN_LINES || spaced < (text - 1) * DOUBLE_SPACED_SHARE) return lines;
  // A run of n empty lines is the gaps around the empty cells it holds: half of it, rounded down, are cells
  // (gap, cell left empty, gap: one cell).
  const out: Line[] = [];
  for (let k = 0; k < lines.length; ) {
    if (lines[k]!.text.length > 0) {
      // Every line of the page stood after a gap: one that reads as a title is still set apart (see rejoinBroken).
      out.push(k > 0 && lines[k - 1]!.text.length === 0 && !lines[k]!.afterBlank ? { ...lines[k]!, afterBlank: true } : lines[k]!);
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && lines[end]!.text.length === 0) end++;
    for (let c = 0; c < Math.floor((end - k) / 2); c++) out.push(lines[k + 1 + 2 * c]!);
    k = end;
  }
  return out;
}

/** A year written in Chinese numerals, a digit each (`二〇二四年`): only before 年, and only this century or the last. */
const CHINESE_YEAR = /[一二][〇零○][〇零○一二三四五六七八九]{2}(?=年)/g;
const YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `二〇二四年` read as `2024年`, one character for one, so that every stage reads the year. */
function withArabicYears(text: string): string {
  if (!text.includes('〇') && !text.includes('零') && !text.includes('○')) return text;
  return text.replace(CHINESE_YEAR, (year) => [...year].map((c) => YEAR_DIGITS[c] ?? c).join(''));
}

/** A half-width point that ends a sentence: after a character, a bracket, a quote or a percent sign (a decimal point follows a digit). */
const HALF_WIDTH_STOP = /(?<=[\u4e00-\u9fff)）”"%‰])\./g;
/** So many sentences ended with a half-width point, and no full stop, make a copy that writes its full stops so. */
const HALF_WIDTH_STOPS_MIN = 5;

/**
 * A copy that writes every full stop as a half-width point (`…40家.2.重点工作举措.`), as some journal
 * sites and PDF layers do: its points that end sentences are read as full stops, one for one.
 */
function withFullStops(text: string): string {
  if (text.includes('。')) return text;
  let n = 0;
  HALF_WIDTH_STOP.lastIndex = 0;
  while (HALF_WIDTH_STOP.exec(text) && ++n < HALF_WIDTH_STOPS_MIN);
  return n < HALF_WIDTH_STOPS_MIN ? text : text.replace(HALF_WIDTH_STOP, '。');
}

/**
 * A copy that writes every decimal point as a full stop (`接种率到达了98。36%`, `9。6万剂次`), as some template
 * sites do: where several figures read so, a stop between digits before a unit is their point, one for one.
 */
function withDecimalPoints(text: string): string {
  if (!text.includes('。')) return text;
  let n = 0;
  DECIMAL_STOP.lastIndex = 0;
  while (DECIMAL_STOP.exec(text) && ++n < DECIMAL_STOPS_MIN);
  return n < DECIMAL_STOPS_MIN ? text : text.replace(DECIMAL_STOP, '.');
}

/** `98。36%`, `9。6万`, `206。7/10万`: a stop between digits with a unit right after the second run (not `…120。2023年`). */
const DECIMAL_STOP = /(?<=\d)。(?=\d{1,2}(?:%|‰|万|亿|\/|[个人次家所张元岁天分例剂份])|\d{1,2}[，,。；;、）)])/g;
const DECIMAL_STOPS_MIN = 3;

const digitLikeLetters = new WeakMap<OcrVocabulary, RegExp>();

/** Whether a letter OCR may give for a digit (the vocabulary's, in text not known to be OCR'd) touches a digit (`7O%`, `2l种`). */
function hasLetterByDigit(text: string, vocab: OcrVocabulary): boolean {
  let letters = digitLikeLetters.get(vocab);
  if (!letters) digitLikeLetters.set(vocab, (letters = new RegExp(`[${vocab.digitLike.map((d) => d.char.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g')));
  // Few texts hold many such letters: each is looked at where it stands.
  letters.lastIndex = 0;
  for (let m = letters.exec(text); m; m = letters.exec(text)) {
    if (isAsciiDigit(text.charCodeAt(m.index - 1)) || isAsciiDigit(text.charCodeAt(m.index + 1))) return true;
  }
  return false;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const pastedVocabularies = new WeakMap<OcrVocabulary, OcrVocabulary>();

/** In text not known to be OCR'd, a bar and 〇 mean what they say (`|12|` is a table's cell). */
function pastedOcr(vocab: OcrVocabulary): OcrVocabulary {
  let pasted = pastedVocabularies.get(vocab);
  if (!pasted) pastedVocabularies.set(vocab, (pasted = { ...vocab, digitLike: vocab.digitLike.filter((d) => d.char !== '|' && d.char !== '〇') }));
  return pasted;
}

/** A document's title, as a page header prints it: a year and a document word, no sentence in it. */
const RUNNING_TITLE = /^[^。，,；;]{0,50}(?:19|20)\d{2}[^。，,；;]{0,30}(?:要点|计划|总结|方案|报告|规划|安排)[^。，,；;]{0,12}$|^[^。，,；;]{2,50}(?:要点|计划|方案|规划)[(（](?:19|20)\d{2}[^()（）]{0,12}[)）]$/;
const RUNNING_TITLE_MAX = 92;
/** The lines a page's title stands in, at its head, at most. */
const TITLE_LINES = 12;
/** A line of a body: a numbered heading, or a sentence. */
const BODY_LINE = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])|[。，,；;]/;
/** A header printed on every page comes back at least this many times. */
const RUNNING_MIN = 3;

/** A document-sharing site's label over its abstract, alone on its line. */
const ABSTRACT_LABEL = /^(?:摘要|内容摘要|文档摘要|内容简介|文档简介)[:：]?$/;
/** So many characters of the page's opening, spaces left out, say that a paragraph repeats it. */
const REPEAT_PREFIX = 12;

/**
 * `摘要:` over the page's opening once more, run into one paragraph and cut short: the abstract a
 * document-sharing site prints under the text it shows. It repeats the document and is dropped; a
 * journal's own abstract, which says something of its own, stays.
 */
function dropRepeatedAbstract(lines: Line[], removed: Span[]): Line[] {
  const label = lines.findIndex((l) => ABSTRACT_LABEL.test(l.text.trim()));
  if (label < 0) return lines;
  const squeeze = (t: string) => t.replace(/\s+/g, '').slice(0, REPEAT_PREFIX);
  const opening = squeeze(lines.slice(0, label).map((l) => l.text).join(''));
  let k = label + 1;
  while (k < lines.length && lines[k]!.text.trim().length === 0) k++;
  const repeat = lines[k];
  if (!repeat || opening.length < REPEAT_PREFIX || squeeze(repeat.text) !== opening) return lines;
  for (let j = label; j <= k; j++) {
    const l = lines[j]!;
    if (l.origin.length > 0) removed.push({ start: l.origin[0]!, end: l.origin[l.origin.length - 1]! + 1 });
  }
  return [...lines.slice(0, label), ...lines.slice(k + 1)];
}

/**
 * A share card over an article (`…jpg` / the lead cut off mid-word, `…并答记` / the article's address): the cut lead
 * is the start of a paragraph the page gives whole further down, and goes.
 */
function dropSharedLead(lines: Line[], removed: Span[]): Line[] {
  let seen = 0;
  for (let k = 0; k < lines.length && seen < TEASER_LINES_MAX; k++) {
    const lead = lines[k]!.text;
    if (lead.length === 0) continue;
    seen++;
    if (lead.length < SHARED_LEAD_MIN || endsSentence(lead)) continue;
    const whole = lines.findIndex((l, j) => j > k && j - k <= SHARED_LEAD_REACH && l.text.length > lead.length && l.text.startsWith(lead));
    if (whole < 0) continue;
    const l = lines[k]!;
    removed.push({ start: l.origin[0]!, end: l.origin[l.origin.length - 1]! + 1 });
    return [...lines.slice(0, k), ...lines.slice(k + 1)];
  }
  return lines;
}
const SHARED_LEAD_MIN = 30;
const SHARED_LEAD_REACH = 20;

/**
 * A page's teaser: its opening lines once, the last cut off with `……`, then the whole text from
 * those lines again. The teaser repeats the text and is dropped.
 */
function dropCutTeaser(lines: Line[], removed: Span[]): Line[] {
  // Most pages have no line cut short near their head: they are settled before any list is made.
  let seen = 0;
  let cut = -1;
  for (let k = 0; k < lines.length && seen < TEASER_LINES_MAX; k++) {
    if (lines[k]!.text.length === 0) continue;
    if (CUT_SHORT.test(lines[k]!.text)) {
      cut = k;
      break;
    }
    seen++;
  }
  if (cut < 0) return lines;
  const full = lines.map((l, k) => k).filter((k) => lines[k]!.text.length > 0);
  const cutAt = full.indexOf(cut);
  if (cutAt < 1 || cutAt + 1 >= full.length) return lines;
  const again = lines[full[cutAt + 1]!]!.text;
  const startAt = full.findIndex((k, n) => n < cutAt && lines[k]!.text === again);
  if (startAt < 0) return lines;
  const length = cutAt - startAt;
  for (let n = 0; n < length; n++) if (lines[full[startAt + n]!]!.text !== lines[full[cutAt + 1 + n]!]?.text) return lines;
  const whole = lines[full[cutAt + 1 + length]!];
  // `…预案》、……`: the mark before the cut may be the teaser's own.
  const teaserLine = lines[full[cutAt]!]!.text.replace(CUT_SHORT, '').replace(/[、，,；;]+$/, '');
  // A sentence cut short, not a contents entry's dotted leader (`一、总则……`).
  if (!whole || teaserLine.length < TEASER_CUT_MIN || !/[，,。；;]/.test(teaserLine) || !whole.text.startsWith(teaserLine)) return lines;
  const from = full[startAt]!;
  const to = full[cutAt]!;
  for (let k = from; k <= to; k++) {
    const l = lines[k]!;
    if (l.origin.length > 0) removed.push({ start: l.origin[0]!, end: l.origin[l.origin.length - 1]! + 1 });
  }
  return [...lines.slice(0, from), ...lines.slice(to + 1)];
}

const CUT_SHORT = /[…]+$|\.{3,}$/;
const TEASER_LINES_MAX = 40;
/** So much of the cut line must begin the line it stands for. */
const TEASER_CUT_MIN = 12;

/** Where the lines a page's title may stand in end: at the first line of its body, within `TITLE_LINES`. */
function titleLinesEnd(lines: readonly Line[]): number {
  let end = 0;
  while (end < Math.min(lines.length, TITLE_LINES) && !BODY_LINE.test(lines[end]!.text)) end++;
  return end;
}

/**
 * A page header that prints the document's title on every page (PDF copies): kept where it first
 * stands, dropped where it comes back, so a sentence broken by a page break joins again.
 */
function dropRunningTitles(lines: Line[], removed: Span[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text.length > 0 && l.text.length <= RUNNING_TITLE_MAX && RUNNING_TITLE.test(l.text)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const running = [...counts].filter(([, n]) => n >= RUNNING_MIN).map(([t]) => t);
  // A header printed on two pages that repeats the title the page opens with (broken over lines there): the title is
  // its first printing, and the header every later one.
  // The title stands above the first line of the body (a heading, a sentence).
  const titleEnd = titleLinesEnd(lines);
  const opening = counts.size > 0 ? lines.slice(0, titleEnd).map((l) => l.text).join('') : '';
  // A contents list at the head names its headings line for line: those come back in the body as headings, not headers.
  const repeatsTitle = [...counts].filter(([t, n]) => n >= 2 && n < RUNNING_MIN && opening.includes(t) && !lines.slice(0, titleEnd).some((l) => l.text === t)).map(([t]) => t);
  if (running.length === 0 && repeatsTitle.length === 0) return lines;
  const seen = new Set<string>();
  return lines.filter((l, k) => {
    if (!running.includes(l.text) && !(k >= titleEnd && repeatsTitle.includes(l.text))) return true;
    if (!seen.has(l.text) && !repeatsTitle.includes(l.text)) {
      seen.add(l.text);
      return true;
    }
    const start = l.origin[0] ?? 0;
    removed.push({ start, end: (l.origin[l.origin.length - 1] ?? start) + 1 });
    return false;
  });
}

/** A headline a page repeats under its lead, as a photo's caption: a line of some length, no sentence in it. */
const ECHO_MIN = 10;
const ECHO_MAX = 60;
const NO_SENTENCE = /^[^。；;]+$/;
/** `类别 序号 重点任务 …`, `| 序号 | …`: a table's header, printed again on each page, is no headline. */
const CELLS = /[|｜]|(?:\S+\s+){3}\S/;

/**
 * `澄岫县今年将新建5家健康驿站 …` over the news, then again under its lead: the page's headline printed a second
 * time, as a caption or a pull quote, is no paragraph of the body.
 */
function dropEchoedHeadline(lines: Line[], removed: Span[]): Line[] {
  const titleEnd = titleLinesEnd(lines);
  const head = new Set(lines.slice(0, titleEnd).map((l) => l.text.trim()).filter((t) => t.length >= ECHO_MIN && t.length <= ECHO_MAX && NO_SENTENCE.test(t) && !CELLS.test(t) && !CONTENTS.entry.test(t)));
  if (head.size === 0) return lines;
  const near = (k: number, step: number) => {
    for (let j = k + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.length > 0) return lines[j]!.text;
    return '';
  };
  return lines.filter((l, k) => {
    if (k < titleEnd || !head.has(l.text.trim()) || l.tableRow) return true;
    // Reprinted above the body, after its contents or a preface, it is the document's title: the outline starts under it.
    if (!/[。！？!?]$/.test(near(k, -1)) || CONTENTS.entry.test(near(k, 1))) return true;
    const start = l.origin[0] ?? 0;
    removed.push({ start, end: (l.origin[l.origin.length - 1] ?? start) + 1 });
    return false;
  });
}

const FULLWIDTH_POINT = 0xff0e;
const TAB = 0x09;

function allDigits(buffer: Uint16Array, n: number): boolean {
  for (let k = 0; k < n; k++) if (buffer[k]! < 0x30 || buffer[k]! > 0x39) return false;
  return true;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The inline chrome patterns that occur anywhere in the text, found in one pass each
 * (line by line, as `m` makes anchors work), so that most lines are searched by none.
 */
function inlineChromeIn(text: string, patterns: readonly RegExp[]): readonly RegExp[] {
  return patterns.filter((p) => new RegExp(p.source, p.flags.replace(/[gym]/g, '') + 'm').test(text));
}

/**
 * A line set with a space between every two characters (`完 善 待 遇 保 障 政 策`, `报 销 比 例 8 0 %`), as a
 * justified PDF line or a scan comes out: most of its characters stand between single spaces.
 */
function letterSpaced(text: string, start: number, end: number): boolean {
  // Most lines have no space as their second or fourth character: one look says so.
  let i = start;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  if (end - i < LETTER_SPACED_MIN * 2 || text.charCodeAt(i + 1) !== 0x20 || text.charCodeAt(i + 3) !== 0x20) return false;
  let singles = 0;
  let gaps = 0;
  for (let j = i + 1; j < end; j++) {
    const space = text.charCodeAt(j) === 0x20;
    if (space && text.charCodeAt(j - 1) !== 0x20 && text.charCodeAt(j + 1) !== 0x20 && j + 1 < end) singles++;
    else if (!space && text.charCodeAt(j - 1) !== 0x20) gaps++;
  }
  return singles >= LETTER_SPACED_MIN && singles >= gaps * 4;
}

/** A letter-spaced line holds at least this many single spaces. */
const LETTER_SPACED_MIN = 6;

/** A page's number alone on its line, set in by spaces to the middle of the page (`                3`). */
function centredPageNumber(text: string, start: number, end: number): boolean {
  if (end - start < 5 || text.charCodeAt(start) !== 0x20) return false;
  return CENTRED_PAGE_NUMBER.test(text.slice(start, end));
}

const CENTRED_PAGE_NUMBER = /^ {4,}\d{1,3} *$/;

/** Cleans the line `start`–`end` of `text` into `units` and `origins` from `start` on; returns its cleaned length. */
function cleanLine(text: string, start: number, end: number, inline: readonly RegExp[], allUnits: Uint16Array, origins: Int32Array, spacedOut = false): number {
  const length = end - start;
  let cut: Uint8Array | null = null;
  let raw: string | null = null;
  for (const pattern of inline) {
    raw ??= text.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
      cut ??= new Uint8Array(length);
      cut.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  const units = allUnits.subarray(start, end);
  const origin = origins.subarray(start, end);
  let n = 0;
  let last = 0;
  let pendingSpace = -1;
  // A tab, or a run of spaces, parts the cells of a table row (`申报率　　86.5%　　≥90%`): it is kept as a space, wherever it stands.
  let pendingBreak = false;
  let spaces = 0;
  for (let i = 0; i < length; i++) {
    if (cut !== null && cut[i] === 1) continue;
    const raw = text.charCodeAt(start + i);
    // Most characters are Chinese, which nothing folds, with no space pending before them.
    if (raw >= 0x4e00 && raw <= 0x9fff && pendingSpace < 0) {
      units[n] = raw;
      origin[n++] = start + i;
      last = raw;
      continue;
    }
    // `医共体¹建设`: a footnote's mark after a word is no part of the text.
    if (last >= 0x4e00 && last <= 0x9fff && pendingSpace < 0 && isSuperscriptDigit(raw)) continue;
    // `１．60%以上的…`: a full-width point after a line's opening number is a marker, never a decimal point, so it stays full-width.
    const code = raw === FULLWIDTH_POINT && n > 0 && n <= 3 && allDigits(units, n) ? raw : foldWidthChar(raw);
    if (code === 0x20 || code === 0xfeff || code === 0x200b) {
      if (n > 0 && pendingSpace < 0 && code === 0x20) pendingSpace = start + i;
      if (n > 0 && code === 0x20 && (raw === TAB || ++spaces >= 2)) pendingBreak = true;
      continue;
    }
    if (pendingSpace >= 0) {
      // `达到 10 万管/日`: PDF and Word put spaces between Chinese and Latin runs; they mean nothing.
      // `98.6 %`: a percent sign set apart from its figure.
      // In a letter-spaced line a single space parts nothing.
      // `接种率达9 6.4%`: a line's wrap, made a space, inside a figure; one digit alone after a word starts no figure of its own.
      const wrappedFigure = !pendingBreak && isAsciiDigit(last) && n >= 2 && units[n - 2]! >= 0x4e00 && units[n - 2]! <= 0x9fff && isAsciiDigit(code) && FIGURE_AFTER_WRAP.test(text.slice(start + i, start + i + FIGURE_AFTER_WRAP_REACH));
      if (pendingBreak || !(spacedOut || wrappedFigure || isCjkLatinBoundary(last, code) || (last >= 0x30 && last <= 0x39 && (code === 0x25 || code === 0x2030)))) {
        units[n] = 0x20;
        origin[n++] = pendingSpace;
      }
      pendingSpace = -1;
      pendingBreak = false;
      spaces = 0;
    }
    units[n] = code;
    origin[n++] = start + i;
    last = code;
  }
  return n;
}

/** The rest of a percentage after a wrap inside it: `6.4%` of `9 6.4%`. */
const FIGURE_AFTER_WRAP = /^\d{1,2}\.\d{1,2}\s?[%‰％]/;
const FIGURE_AFTER_WRAP_REACH = 8;

function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d;
}

function isLatin(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x25 || code === 0x2f || code === 0x2e;
}

function isCjkLatinBoundary(before: number, after: number): boolean {
  return (isCjk(before) && isLatin(after)) || (isLatin(before) && isCjk(after));
}

const PAGE_MARK = /^(\d{1,3})、/;
/** A page this long that holds headings of the outline (`一、`, `（一）`) is a page, not an item. */
const PAGE_WITH_OUTLINE_MIN = 200;
const OUTLINE_INSIDE = /(?:^|[\s。])[一二三四五六七八九十]{1,2}、(?![一二三]级)|[(（][一二三四五六七八九十]{1,2}[)）]/;
const PAGE_MIN_LENGTH = 20;
const NO_ITEM_OPENING = /^(?:[，,。；;、：:）)]|[（(][^（()）]{2,40}[）)][。.]?$|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** `牵头责任单位:县卫健委`: a line that opens with a label starts a paragraph of its own. */
const LABEL_LINE = /^[\u4e00-\u9fa5]{2,10}[:：]/;
const IMAGE_PLACEHOLDER = /^(?:图片|图|\[图片\]|【图片】|image|img)$/i;
/** A photo's caption is a short line; one with a sentence's marks, or a number, is text. */
const CAPTION_MAX = 30;
const BLANK_AFTER = /^(?:\r\n|\n|\r)?[ \t\u3000]*(?:\r\n|\n|\r|$)/;
const CAPTION_NOT = /[。，,；;：:]|^.{0,5}$|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])/;
const PAGE_FURNITURE_ROW = /\S\s*[>＞›»]\s*\S[^>＞›»]*[>＞›»]|^[\u4e00-\u9fa5]{2,6}[:：]\S+\s+[\u4e00-\u9fa5]{2,6}[:：]/;
/** A label line of units that ends on a whole name (`牵头单位：市卫生健康委`): a sentence on the next line is not its. */
const UNITS_LINE = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}(?:单位|部门|科室|处室|股室)[:：][^。]*(?:${UNIT_NAME_ENDINGS.join('|')})$`);
const PROSE_LINE = /^[^、，,]{2,}[，,。]/;

/** A line this long is a page glued into one, not a line of a site's furniture. */
const GLUED_PAGE_LINE = 400;
/** The site's words open such a line within so many characters. */
const GLUED_CHROME_REACH = 400;

/** What a glued page's line holds after the sentences at its start that the chrome test finds, or null if they run on. */
function afterChromeSentences(line: Line, chrome: { test(text: string): boolean }): Line | null {
  for (let k = 0; k < Math.min(line.text.length, GLUED_CHROME_REACH); k++) {
    const c = line.text[k];
    if (c !== '。' && c !== '！' && c !== '!') continue;
    if (!chrome.test(line.text.slice(0, k + 1))) continue;
    const rest = sliceLine(line, k + 1);
    const start = rest.text.length - rest.text.trimStart().length;
    return sliceLine(rest, start);
  }
  return null;
}

/**
 * Document-sharing sites number their pages `1、` `2、` … at the start of each
 * page, usually in the middle of a sentence. A run 1..n whose breaks mostly fall
 * mid-sentence is taken for page numbers: the marks are cut and the pages joined.
 */
function cutPageRuns(lines: Line[], vocab: Vocabulary): Line[] {
  const marks: number[] = [];
  let expect = 1;
  for (let i = 0; i < lines.length; i++) {
    const m = PAGE_MARK.exec(lines[i]!.text);
    if (m && Number(m[1]) === expect) {
      marks.push(i);
      expect++;
    }
  }
  if (marks.length < 3) {
    // `1、文本为Word版本…一、工作情况（一）…`: one page of a document-sharing site, its outline run into it.
    const out = [...lines];
    for (const i of marks) {
      const markLength = PAGE_MARK.exec(lines[i]!.text)![0].length;
      if (lines[i]!.text.length >= PAGE_WITH_OUTLINE_MIN && OUTLINE_INSIDE.test(lines[i]!.text.slice(markLength + 8))) out[i] = sliceLine(lines[i]!, markLength);
    }
    return out;
  }
  let midSentence = 0;
  for (const i of marks.slice(1)) {
    const prev = lines[i - 1]!.text;
    // A page runs long and breaks off mid-sentence; a short line before a number (a label, a unit list) is not a page.
    if (prev.length >= PAGE_MIN_LENGTH && !LABEL_LINE.test(prev) && !endsSentence(prev) && !isHeadingLike(prev, vocab.numbering)) midSentence++;
    // `2、，县域内就诊率…` / `3、（基层卫生科牵头）` / `3、（十）推进…`: no item opens with a stop, with the bracket that closes
    // the one before, or with another item's number.
    else if (NO_ITEM_OPENING.test(lines[i]!.text.slice(PAGE_MARK.exec(lines[i]!.text)![0].length))) midSentence++;
  }
  // Pages of a document-sharing site run long: where every numbered line is a page's length, they are pages.
  // (The last page of a preview may be cut off short.)
  const allLong = marks.every((i, k) => lines[i]!.text.length >= PAGE_WITH_OUTLINE_MIN || (k === marks.length - 1 && k >= 2));
  if (!allLong && midSentence < (marks.length - 1) * 0.6) return lines;
  const markSet = new Set(marks);
  const groups: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!markSet.has(i)) {
      groups.push([line]);
      continue;
    }
    const m = PAGE_MARK.exec(line.text)!;
    line = sliceLine(line, m[0].length);
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && !endsSentence(prev.text) && !isHeadingLike(prev.text, vocab.numbering)) group.push(line);
    else groups.push([line]);
  }
  return groups.map(mergeLines);
}

/** `【医政管理】 2011年，…`, `【概况】…`: an entry's name in brackets, its text after it. */
const ENTRY_NAME = /^【[^】\s]{2,16}】\s*\S/;

/**
 * `建成“示例健康云”一` / `期项目…`: a prose line cut mid-sentence is joined to the next.
 * In hard-wrapped text (see `wrapWidth`) a line that fills the width was cut by
 * the wrap, so it is joined even to a short next line (`康委负责)`); a bracket left
 * open (`(省卫生健`) and a next line that opens with `、` or `,` continue a sentence
 * in any text.
 */
function rejoinBroken(lines: Line[], vocab: Vocabulary, wrap: number | null): Line[] {
  const groups: Line[][] = [];
  let openBrackets = 0;
  // What is read of a line is read once: each line is looked at as itself, then as the one before the next.
  let prevHeading = false;
  let prevNumberedHeading = false;
  const markers = lines.map((l) => startsWithMarker(l.text, vocab.numbering));
  const setApart = headingsSetApart(lines, markers);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    const marker = markers[i]!;
    const heading = isHeadingLike(line.text, vocab.numbering, marker);
    const brackets = readBrackets(line.text);
    const closes = brackets.closes;
    const continues =
      prev !== undefined &&
      // `…重点抓好以下工作：(` / `1)深化…`: a line never ends on an opening bracket; the wrap cut the bracket from its number.
      ((OPEN_BRACKET_END.test(prev.text) && (!marker || BRACKET_CUT_NUMBER.test(line.text))) ||
      // `…，管理率` / (empty line) / `100%.`: a PDF's text put a figure on a line of its own; it ends the clause above.
      ((STRANDED_FIGURE.test(line.text) && !endsSentence(prev.text) && CLAUSE_OPEN_END.test(prev.text) && !marker) ||
      // `…、*个市级卫生村；` / `推进农村…`: a line as wide as the wrap that stops at a clause's end, not a sentence's, goes on.
      ((wrap !== null && SOFT_END.includes(prev.text[prev.text.length - 1]!) && !marker && !heading && displayWidth(prev.text, wrap) >= wrap) ||
      (!endsSentence(prev.text) &&
      (COMMA_START.test(line.text) ||
        // `高血压` / `、2型糖尿病患者规范管理率分别达到`: a wrap before an enumeration mark, the line as wide as the
        // others; a short `、开启健康新征程` is a heading whose numeral was lost.
        (line.text[0] === '、' && !line.afterBlank && wrap !== null && displayWidth(prev.text, wrap) >= wrap && displayWidth(line.text, wrap) >= wrap * 0.8) ||
        (openBrackets > 0 && openBrackets <= MAX_OPEN && closes && (!marker || LIST_START.test(line.text))) ||
        (wrap !== null && displayWidth(prev.text, wrap) >= wrap && (!marker || (LIST_START.test(line.text) && (closes || CLAUSE_AFTER_START.test(line.text))))))))));
    if (
      group &&
      prev &&
      !line.tableRow &&
      !prev.tableRow &&
      // A page's timestamp (`2017-02-24 10:36:00`) stands alone: no sentence runs into it or out of it.
      !TIMESTAMP_LINE.test(line.text) &&
      !TIMESTAMP_LINE.test(prev.text) &&
      // `…再定新目标` / (a dateline, dropped) / `记者从…`: a headline and the news under it.
      !line.afterDateline &&
      // `▶ 完成村卫生室标准化改造30个`: a point set out with a bullet starts afresh, whatever the line above ends on.
      !BULLET_POINT.test(line.text) &&
      // `【医政管理】 2011年，…`: a yearbook's entry opens under its name in brackets.
      !ENTRY_NAME.test(line.text) &&
      // `法宝网 > 法律法规 > … > 正文`, `发布部门:… 发布日期:… 效力级别:…`: a page's trail and its rows of fields end where they stand.
      !PAGE_FURNITURE_ROW.test(prev.text) &&
      // `…每日更新不卡顿` / (empty line) / `崇岳省2019年卫生健康工作总结发布 …` / (empty line) / `医改持续深化。…`:
      // a line set apart that reads as a document's title is a title, joined to nothing.
      !(line.afterBlank && TITLE_LIKE_LINE.test(line.text)) &&
      !(line.afterBlank && TITLE_LIKE_LINE.test(prev.text) && group.length === 1) &&
      // `篇一:茴坪镇卫生院…工作计划`: a sample site's heading over the first of the documents it lists stands alone.
      !(group.length === 1 && SAMPLE_TITLE_LINE.test(prev.text)) &&
      // A page's first line without a mark in it is its headline: the prose under it starts afresh.
      // (`汶溪市卫生健康委:2026年将办好…` is one too: a colon that labels its words, not one that leads in.)
      !(groups.length === 1 && group.length === 1 && i === 1 && openBrackets === 0 && !COMMA_START.test(line.text) && !/[，,。；;]|[：:]\s*$/.test(prev.text) && (prev.text.length <= LABELLED_HEADLINE_MAX || !/[：:]/.test(prev.text)) && /[，,。]/.test(line.text)) &&
      (continues ||
        (!endsSentence(prev.text) &&
          !(group.length === 1 && prevHeading) &&
          // `回望2024：主要指标稳中向好` / `截至2024年底，全区…。`: on a page of unwrapped paragraphs, a short line set
          // apart above a whole paragraph is its subhead.
          !(wrap === null && group.length === 1 && prev.afterBlank && isSubhead(prev.text) && isWholeParagraph(line.text, prev.text)) &&
          // `1.统筹疫情防控…底线` / (empty line) / `坚持…`: a numbered line the writer set apart is a heading.
          !(setApart && group.length === 1 && prevNumberedHeading && line.afterBlank) &&
          !marker &&
          !LABEL_LINE.test(line.text) &&
          !(UNITS_LINE.test(prev.text) && PROSE_LINE.test(line.text)) &&
          !heading))
    ) {
      group.push(line);
      openBrackets = Math.max(0, openBrackets + brackets.balance);
    } else {
      groups.push([line]);
      openBrackets = Math.max(0, brackets.balance);
    }
    prevHeading = heading;
    prevNumberedHeading = marker !== null && line.text.length <= NUMBERED_HEADING_MAX && !line.text.includes('。');
  }
  return groups.map(mergeLines);
}

const OPEN_BRACKET_END = /[(（]$/;
const SENTENCE_IN_LINE = /[。！？!?]/;
/** A headline with a colon in it (`…卫生健康委:2026年将办好…`) is short; a long line with one is a notice's head run on. */
const LABELLED_HEADLINE_MAX = 40;
const SOURCE_LINE = /^\s*(?:来源|稿源|信息来源)[:：]\s*[^。，,\s]{2,20}\s*$/;
/** A bar alone on its line, and how many of them make a table of cells a bar's line apart (two rows' worth). */
const LONE_BAR = /^[ \t]*\|[ \t]*$/gm;
const BARS_APART_MIN = 8;
/** How far past an empty box of links the news it heads starts. */
const EMPTY_BOX_REACH = 400;
/** A sentence of some length further on: more body to come. */
const SENTENCE_AHEAD = /[^\n]{12,}[。！？!?]/;

const SUBHEAD_MAX = 32;
/** `回望2024：主要指标稳中向好`, `聚焦民生 提升服务`: a label and its words, or two phrases set side by side. */
const SUBHEAD = /^[^，,。；;、！!？?：:\s]{2,10}[：:][^，,。；;、！!？?：:]{2,22}$|^[\u4e00-\u9fa5]{4,10} [\u4e00-\u9fa5]{4,10}$/;

function isSubhead(text: string): boolean {
  return text.length <= SUBHEAD_MAX && SUBHEAD.test(text);
}

/** A line that is a paragraph in itself: long, opening afresh and ending a sentence. */
function isWholeParagraph(text: string, above: string): boolean {
  return text.length >= Math.max(30, above.length * 2) && endsSentence(text) && !COMMA_START.test(text);
}
/** `1)深化…`: the number an opening bracket at the line above belongs to. */
const BRACKET_CUT_NUMBER = /^\d{1,2}[)）]/;

/** A line that reads as a document's title: a year, a document's word, no sentence marks, not long. */
const TITLE_LIKE_LINE = /^(?=[^。，,；;：:]{8,48}$)[^。，,；;：:]*(?:19|20)\d{2}\s*年[^。，,；;：:]*(?:要点|计划|总结|方案|报告|规划|安排)/;

const SAMPLE_TITLE_LINE = /^篇\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[:：]\s*[^。，,；;：:]{4,48}(?:要点|计划|总结|方案|报告|规划|安排|思路|打算)$/;

/** `100%.`, `99% 以上，…`, `418 人，…`: a figure and its unit opening a line. */
const STRANDED_FIGURE = /^\d+(?:\.\d+)?\s*(?:%|‰|％|人|个|家|所|张|元|万|例|次)/;
/** A clause left open before its figure: it ends on a word, after a comma or none (`管理率`, `均达到`). */
const CLAUSE_OPEN_END = /(?:率|达到|达|为|至|到|提高到|降至|控制在|保持在|不低于|不少于|超过|以上|管理)$/;

/** A page's dateline: a date first, then the time, the source or the views. */
// `来源:桉岭州卫生监督所 发表时间:2023-04-18`, `浏览 3216 次`, `…委员会 出品`: a source line, a counter or a credit under a
// headline stands where a dateline does.
const DATELINE = new RegExp(`^\\s*(?:(?:19|20)\\d{2}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)|\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}|(?:来源|信息来源|文章来源|发布时间|发表时间|发布日期)[:：])|${VIEW_COUNTER.source}|${MAKER_CREDIT.source}`);
// `发布于：岱澄 2026-01-20 17:42  阅读 3.2万`: a dateline with what goes with it, a line of its own too.
const TIMESTAMP_LINE = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S{0,12}){0,3}$/;

/** Marks that end a clause or a quotation, where a wrapped sentence often goes on. */
const SOFT_END = '；;”"）)';

/** A numbered line no longer than this, without a full stop, may be a heading. */
const NUMBERED_HEADING_MAX = 40;

/**
 * Whether the writer sets numbered headings apart: two or more short numbered lines without a full
 * stop, each with an empty line after it. Once, it is a sentence that a page break cut (`…“示例健康云”一` /
 * (empty line) / `期项目…`); as the page's layout, each is a heading over the paragraph below it.
 */
function headingsSetApart(lines: readonly Line[], markers: readonly (NumberingPattern | null)[]): boolean {
  let seen = 0;
  for (let i = 0; i + 1 < lines.length && seen < 2; i++) {
    const line = lines[i]!;
    if (lines[i + 1]!.afterBlank && line.text.length <= NUMBERED_HEADING_MAX && !line.text.includes('。') && markers[i] && !markers[i + 1]) seen++;
  }
  return seen >= 2;
}

/** A line that opens with a comma continues the sentence before; one that opens with `、` may be a heading that lost its numeral (`、开启…`), so it continues only a bracket it closes. */
const COMMA_START = /^[,，;；]/;
const LIST_START = /^[、,，;；]/;
/** `、卒中防治站6家；全年…`: a line that opens with `、` and goes on past a clause is a sentence's rest, not a heading that lost its numeral. */
const CLAUSE_AFTER_START = /^.[^，,；;。]*[，,；;。]./;
/** Brackets open at a line's end that still let the next line continue it; more is a broken document, not a wrap. */
const MAX_OPEN = 2;

const BRACKETS = /[()（）]/g;
const NO_BRACKETS = { closes: false, balance: 0 } as const;

/**
 * Whether the line closes a bracket it did not open (`办牵头负责)`), and how many
 * brackets it leaves open at its end.
 */
function readBrackets(text: string): { closes: boolean; balance: number } {
  // Most lines hold no bracket; those that do are read at their brackets only, found by a native search.
  BRACKETS.lastIndex = 0;
  let m = BRACKETS.exec(text);
  if (m === null) return NO_BRACKETS;
  let depth = 0;
  let closes = false;
  for (; m !== null; m = BRACKETS.exec(text)) {
    const c = m[0];
    if (c === '(' || c === '（') depth++;
    else if (depth === 0) closes = true;
    else depth--;
  }
  return { closes, balance: depth };
}

/** Columns a line takes (a Chinese character two, a Latin one), counted no further than past `limit`: the callers ask only whether it is reached. */
function displayWidth(text: string, limit: number): number {
  let w = 0;
  for (let i = 0; i < text.length && w <= limit; i++) w += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Wider than any wrap width read (see `wrapWidth`: above 160 columns is no wrap). */
const LONG_LINE = 200;
/** The widest a line is measured for `wrapWidth`: what is wider counts as LONG_LINE's, which changes no answer (a width above 162 is only ever found too wide). */
const WIDEST_MEASURED = 162;
/** Lines shorter than this say nothing of a wrap width. */
const WRAP_MIN_LINE = 12;
const NARROW_COLUMN = 24;
/** How far short of the width a wrapped line may stop (a wide character or a word that did not fit). */
const WRAP_SLACK = 6;
const WRAP_SPREAD = 0.8;

/**
 * The width at which a text was hard-wrapped (PDF copies, journal pages), or
 * null: most lines stop within a few columns of one width and almost none go
 * past it. Prose pasted from a web page or Word has one line per paragraph, of
 * every length.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  // A line shorter than WRAP_MIN_LINE characters is narrower than it needs, one longer than LONG_LINE wider than any wrap: neither is measured.
  const widths: number[] = [];
  for (const l of lines) {
    if (l.text.length < WRAP_MIN_LINE) continue;
    const measured = l.text.length > LONG_LINE ? 2 * LONG_LINE : displayWidth(l.text, WIDEST_MEASURED);
    const w = measured > WIDEST_MEASURED ? 2 * LONG_LINE : measured;
    // A newspaper's column is as narrow as 12 characters: half-width marks make its lines a few columns short of 32.
    if (w >= NARROW_COLUMN) widths.push(w);
  }
  if (widths.length < 8) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  // A narrow column (a newspaper's): most lines fill one width exactly, a few furniture lines run past it.
  const mode = modeOf(sorted);
  if (mode.count * 2 >= sorted.length && sorted.filter((w) => w > mode.width + 2).length * 5 <= sorted.length) return Math.min(mode.width - WRAP_SLACK, Math.floor(mode.width * WRAP_SPREAD));
  const high = sorted[Math.floor(sorted.length * 0.9)]!;
  if (high > 160) return null;
  // Proportional fonts and mixed scripts make a wrap's width vary by a fifth, as a PDF's text layer does.
  const floor = Math.min(high - WRAP_SLACK, Math.floor(high * WRAP_SPREAD));
  const near = widths.filter((w) => w >= floor && w <= high + 2).length;
  return near >= widths.length * 0.5 ? floor : null;
}

/** The width most lines fill, give or take a half-width mark or two (within 2 columns under it), and how many do. */
function modeOf(sorted: readonly number[]): { width: number; count: number } {
  let best = { width: 0, count: 0 };
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[from]! < sorted[i]! - 2) from++;
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    if (i - from + 1 > best.count) best = { width: sorted[i]!, count: i - from + 1 };
  }
  return best;
}

const ITEM_START = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|[①-⑳])/;
const ANSWER_START = /^答\s*[:：]/;
/** A top heading of a few words, then its first item on the same line. */
/** `（二）提升…。（…参与） （三）做实…`: an item and the next in order, glued on one line after a sentence's end. */
function splitNextItem(line: Line): Line[] {
  const out: Line[] = [];
  let rest = line;
  for (;;) {
    const m = PAREN_ITEM_START.exec(rest.text);
    const dotted = m ? null : DOT_ITEM_START.exec(rest.text);
    const point = m || dotted ? null : LATER_POINT_START.exec(rest.text);
    const arabic = m !== null && m[1]!.charCodeAt(0) < 0x80;
    const value = m ? (arabic ? Number(m[1]) : parseChineseNumeral(m[1]!)) : dotted ? Number(dotted[1]) : point ? parseChineseNumeral(point[1]!) : null;
    if (value === null) break;
    const start = m ? nextItemAt(rest.text, arabic ? String(value + 1) : toChineseNumeral(value + 1)) : dotted ? nextDottedItemAt(rest, value + 1) : nextPointAt(rest.text, toChineseNumeral(value + 1));
    if (start < 0) break;
    let at = start;
    while (at > 0 && rest.text[at - 1] === ' ') at--;
    out.push(sliceLine(rest, 0, at));
    rest = sliceLine(rest, start);
  }
  out.push(rest);
  return out;
}

/**
 * `…比例达到21.3%。二、下半年工作打算:`: a copy that lost the break before a top heading left it at the end of
 * the line above, after a sentence's end. Only the heading next in order (`一、` where none has come) is cut off.
 */
function splitTrailingHeading(line: Line, outline: readonly number[]): Line[] {
  // Most lines hold no `、` after their last sentence's end: the pattern is not tried on them.
  const stop = Math.max(line.text.lastIndexOf('。'), line.text.lastIndexOf('；'), line.text.lastIndexOf(';'), line.text.lastIndexOf('！'), line.text.lastIndexOf('!'));
  if (stop < 0 || line.text.indexOf('、', stop) < 0) return [line];
  const m = TRAILING_HEADING.exec(line.text.slice(stop + 1));
  if (m) m.index += stop + 1;
  if (!m || parseChineseNumeral(m[1]!) !== outline[0]) return [line];
  return [sliceLine(line, 0, m.index), sliceLine(line, m.index)];
}
const TRAILING_HEADING = /^\s*([一二三四五六七八九十]{1,2})、(?![一二三四五六七八九十两\d])[^。；;，,、]{2,24}[:：]?$/;

// `(1)…。(责任处室:体改处) (2)…`: items numbered in digits run on the same way.
const PAREN_ITEM_START = /^[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]/;
/**
 * `二是建好宣传阵地。…。三是用好新媒体。…`: a point after the first on a line of its own, as the
 * first stood, is a paragraph of points; the next one glued after its sentence is a line of its own too.
 */
const LATER_POINT_START = /^([二三四五六七八九])是/;

/** Where `numeral是` opens a sentence after a full stop; -1 for nowhere. */
function nextPointAt(text: string, numeral: string): number {
  for (let i = text.indexOf(numeral + '是', 1); i >= 0; i = text.indexOf(numeral + '是', i + 1)) {
    if ('。；;'.includes(text[i - 1]!)) return i;
  }
  return -1;
}

// `1.全院…合格率≥95%。 2.住院患者…`: so do items numbered `1.`, the next after a sentence's end and a space.
const DOT_ITEM_START = /^(\d{1,2})[.．、](?!\d)/;
const ITEM_POINTS = '.．、';

/** Where item `value` (`2.`) stands after a sentence's end and a space; -1 for nowhere. */
function nextDottedItemAt(line: Line, value: number): number {
  const text = line.text;
  const numeral = String(value);
  for (let i = text.indexOf(numeral, 1); i >= 0; i = text.indexOf(numeral, i + 1)) {
    const after = text[i + numeral.length];
    if (!after || !ITEM_POINTS.includes(after) || /[\d.．]/.test(text[i - 1]!) || /[\d.．]/.test(text[i + numeral.length + 1] ?? '')) continue;
    let b = i;
    while (b > 0 && text[b - 1] === ' ') b--;
    // `1.新建…。完成情况：1.已建成2个；2.…`: a list of its own inside the item counts afresh, no item of the outline.
    // Only where a space parts them, as a page that set items side by side does: glued on, the number may be the text's.
    if (b > 0 && (b < i || spaceBefore(line, i)) && text[b - 1] === '。') return INNER_LIST_START.test(text.slice(1, i)) ? -1 : i;
  }
  return -1;
}
const INNER_LIST_START = /(?<![\d.．])1[.．、](?![\d.．])/;

/** Where `（numeral）` stands after a sentence's or a bracket's end, spaces between; -1 for nowhere. */
function nextItemAt(text: string, numeral: string): number {
  for (const open of ['（', '(']) {
    for (let i = text.indexOf(open + numeral, 1); i >= 0; i = text.indexOf(open + numeral, i + 1)) {
      const close = text[i + 1 + numeral.length];
      if (close !== '）' && close !== ')') continue;
      let b = i;
      while (b > 0 && text[b - 1] === ' ') b--;
      if (b > 0 && '。；;）)'.includes(text[b - 1]!)) return i;
    }
  }
  return -1;
}

/** `一、行动目标 到2024年，…`: a top heading of the aims and, after a space, the paragraph it heads. */
// `二、工作目标:建立健全…。全县…达到100%`: or after a colon.
const HEADING_THEN_TEXT = /^[一二三四五六七八九十]{1,3}、([^\s:：]{2,10})(?:\s+|[:：]\s*)(?=\S)/;

/** A heading of the aims run in before its paragraph with a space is a line of its own, as typed pages give it. */
function splitGoalHeading(line: Line): Line[] {
  const m = HEADING_THEN_TEXT.exec(line.text);
  if (!m || !GOAL_HEADINGS.test(m[1]!) || line.text.length - m[0].length < GOAL_TEXT_MIN) return [line];
  return [sliceLine(line, 0, m[0].trimEnd().length), sliceLine(line, m[0].length)];
}

const GOAL_TEXT_MIN = 12;

const HEADING_THEN_FIRST_ITEM = /^[一二三四五六七八九十]{1,3}、[^。，,；;：:\s(（]{2,20}\s*(?=[（(]一[）)])/;
/** An item's number, not a decimal a wrap put first on a line (`92.3%，…`). */
const OUTLINE_ITEM_START = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}(?:[.．](?!\d)|、)|[①-⑳])/;
/** A line this long may be a page, or a part of one, with its outline run in. */
const RUN_IN_LENGTH = 120;
// A first heading may follow the title it was glued to (`…工作计划范文一、工作总结…`).
// A contents entry's page after its leader dots (`…指导思想……1二、工作目标……1`) ends it, and `目录` opens the first.
const RUN_IN_MARKER = /(?<=[。；;:：!?！？\s)）]|计划|总结|要点|范文|方案|安排|如下|目录|[.…·．⋯]{2}\d{1,3})([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(?<![\d.．])(\d{1,2})(?:[.．](?!\d)|[.．](?=\d{1,3}\s*岁)|、)/g;
/** A title's last word, which a first item run into the line may follow (`…工作承诺书1.坚持…`). */
const TITLE_END_BEFORE = /(?:计划|总结|要点|范文|方案|安排|承诺书|责任书|清单)$/;

/** Whether item 2, with the same mark, stands glued before words further on in the line (`…科2、规范…`). */
function glues(text: string, from: number, mark: string): boolean {
  for (let i = text.indexOf(`2${mark}`, from + 2); i >= 0; i = text.indexOf(`2${mark}`, i + 2)) {
    if (!/[\d.．]/.test(text[i - 1] ?? '') && isHan(text.charCodeAt(i + 2))) return true;
  }
  return false;
}
const SENTENCE_END_BEFORE = /[。；;!?！？]/;
/**
 * `七、加强妇幼卫生工作 全面实施…。(妇幼处负责) 以乡镇为单位…。(疾控处负责)`: a task list copied into one line, each
 * task closed by the bracket that names its units; the heading before a space goes on its own line.
 */
function splitAtUnitBrackets(line: Line): Line[] {
  const text = line.text;
  if (!text.includes(')') && !text.includes('）')) return [line];
  const cuts: number[] = [];
  let brackets = 0;
  UNIT_BRACKET.lastIndex = 0;
  for (let m = UNIT_BRACKET.exec(text); m; m = UNIT_BRACKET.exec(text)) {
    brackets++;
    let at = m.index + m[0].length;
    while (at < text.length && /[\s。；;]/.test(text[at]!)) at++;
    // `…（疾控科牵头）二是…`: a mark after it is the outline's to read, not this list's.
    if (text.length - at >= UNIT_BRACKET_TAIL_MIN && isHan(text.charCodeAt(at)) && !MARK_AFTER_BRACKET.test(text.slice(at, at + 3))) cuts.push(at);
  }
  if (brackets === 0) return [line];
  const heading = HEADING_BEFORE_SPACE.exec(text);
  if (heading) cuts.unshift(heading[0].length);
  if (cuts.length === 0) return [line];
  const parts: Line[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    const part = sliceLine(line, from, at);
    const trimmed = part.text.trimEnd();
    if (trimmed.length) parts.push(sliceLine(part, 0, trimmed.length));
    from = at;
  }
  return parts;
}
/**
 * `1、基本公共卫生服务主要指标 、居民…到达85%以上; 、适龄儿童…`: items whose numerals a conversion lost, each left
 * with its `、` after a space or a semicolon, run into one line: each starts a line.
 */
function splitLostNumeralItems(line: Line): Line[] {
  const text = line.text;
  if (!text.includes(' 、') && !text.includes('；、') && !text.includes(';、')) return [line];
  const cuts = [...text.matchAll(LOST_NUMERAL_ITEM)].map((m) => m.index + m[0].length - 1);
  if (cuts.length < LOST_NUMERAL_ITEMS_MIN) return [line];
  return [0, ...cuts].map((from, k) => sliceLine(line, from, k < cuts.length ? cuts[k]! : text.length)).map((l) => sliceLine(l, 0, l.text.trimEnd().length)).filter((l) => l.text.length > 0);
}
const LOST_NUMERAL_ITEM = /(?:[；;]\s?|\s)、(?=[\u4e00-\u9fa5])/g;
const LOST_NUMERAL_ITEMS_MIN = 2;

/** A bracket that names the units a task is given to, closing it: `(疾病预防控制处牵头,卫生应急办公室配合)`, `(医政处负责)`. */
const UNIT_BRACKET = /[(（][^()（）。]{2,40}(?:负责|牵头|配合|参与|落实)[)）]/g;
const MARK_AFTER_BRACKET = /^[一二三四五六七八九十]{1,2}[是要、]/;
/** So much text must follow a unit bracket for it to close a task, not the line. */
const UNIT_BRACKET_TAIL_MIN = 8;
/** `七、加强妇幼卫生和计划免疫工作 全面实施…`: a top heading, a space, then its text. */
const HEADING_BEFORE_SPACE = /^[一二三四五六七八九十]{1,3}、[^。，,；;：:\s(（]{2,24}\s+(?=[\u4e00-\u9fa5])/;

/** `…共计31650元。二、`, `…(疾病预防控制处负责) 七、`: a heading after a sentence's end, or after the bracket that closes its units. */
const AFTER_STOP = /[。)）]\s?$/;
/** `二、三级医院`, `三、四类手术`: numerals in a series of grades, not a heading's number. */
const NOT_HEADING_AFTER_DUN = /^[一二三四五六七八九十]{1,2}(?:级|类|甲|乙|档|星|线)/;
/** What stands before an Arabic item number run into a line: a sentence's end, a space. */
const BEFORE_ITEM = /[。；;:：!?！？\s)）]/;
/** A first Arabic item right after a heading's words, with no space or stop between (`显著1.重点…`). */
const FIRST_ITEM_GLUED = /^[^。，,；;：:(（]*?[\u4e00-\u9fff）)](1[.．、])[\u4e00-\u9fff]/;
/** How long a heading glued to its first item may be, marker included. */
const HEADING_GLUE_MAX = 24;
// `…（疾控科牵头）二是…`: a point may follow the bracket that names its departments.
// `2019年，我区将一是…；二是…`: the first point may follow the subject or the verb it is the work of.
const POINT_MARKER = /(?<=[。；;:：!?！？\s)）]|将|我[省市县区局委院])[一二三四五六七八九十][一二三四五六七八九十]?[是要]/g;
/**
 * Splits a line before the outline markers run into it: a page glued into one
 * line (`…总结如下:一、工作开展情况(一)医疗服务…。二、…`). A marker counts only
 * where it continues its own sequence (一、 after 一、 is 二、; (一) restarts
 * under each 一、), so `一、二级医院` or a stray `(3)` stay in the text. `一是`
 * points split only a page blob, where nothing else divides the text.
 */
function splitRunIn(line: Line, outline: number[], underHeading = false, itemless = false, pointed = false): Line[] {
  const text = line.text;
  const untouched = outline.every((n) => n === 1);
  const cuts: number[] = [];
  // Where the line's top headings (`二、`) were cut.
  const tops: number[] = [];
  const expected = [1, 1, 1];
  // Items numbered on across headings (`一、…1.…2.…二、…3.…`) go on from the last of their level.
  const runOn = [1, 1, 1];
  // `(三)…6.稳妥实施…`: or from the last item of the lines before, the section's heading between.
  const carried = outline[2]!;
  // `一、基本情况蒿湾镇位于…。二、卫生工作1、…`: the line's own opening number is the first of its run.
  // `（十一）城中村环境卫生整治 …`: a later page of a document opens in the middle of its outline; its first number starts the run.
  if (TOP_HEADING_START.test(text) || BRACKETED_START.test(text)) {
    noteOutline(text, expected);
    noteOutline(text, runOn);
  }
  RUN_IN_MARKER.lastIndex = 0;
  for (let m = RUN_IN_MARKER.exec(text); m; m = RUN_IN_MARKER.exec(text)) {
    const level = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : 2;
    const value = level === 2 ? Number(m[3]) : parseChineseNumeral(m[1] ?? m[2]!);
    // `…县中医医院2.规范医疗废物…`: on a page glued into one line, the next item's number, before words, follows anything.
    const gluedAfterWords = level === 2 && value !== null && isHan(text.charCodeAt(m.index + m[0].length)) && isHan(text.charCodeAt(m.index - 1));
    // `具体整治内容1、清理…2、规范…`: a first item glued to words starts a run the second item goes on.
    const firstOfRun = value === 1 && expected[2] === 1 && glues(text, m.index, m[0].slice(-1));
    const carriedOn = level === 2 && value === carried && value >= 2 && expected[2] === 1;
    const nextGlued = gluedAfterWords && (firstOfRun || carriedOn || (value! >= 2 && (value === expected[2] || value === runOn[2])));
    // `行动 1.建立…`: an Arabic number follows a sentence's end or a space, which cleaning may have taken out beside it.
    if (level === 2 && m.index > 0 && !nextGlued && !BEFORE_ITEM.test(text[m.index - 1]!) && !(line.origin[m.index]! - line.origin[m.index - 1]! > 1) && !(m[3] === '1' && TITLE_END_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)))) continue;
    // `9.65 岁及以上老年人…`: an item's number glued to an age is taken only where the sequence wants it.
    // `…稳步推进。（一）…（四）…。二、2014年工作打算（一）…`: the first part's `一、` lost, its items already run, the second part still opens.
    const secondPart = level === 0 && value === 2 && outline[0] === 1 && expected[0] === 1 && expected[1]! > 2 && SENTENCE_END_BEFORE.test(text.slice(0, m.index).trimEnd().slice(-1));
    // `…四、保障措施……5一、指导思想以…`: after the contents' last page number, the body starts its outline afresh.
    const afterContents = level === 0 && value === 1 && endsOnLeader(text.slice(0, m.index));
    // `…共计31650元。二、20年工作基本思路…`: a later page of a document glued into one line, its first heading after a sentence's end.
    const laterPage = level === 0 && value !== null && value >= 2 && tops.length === 0 && outline[0] === 1 && text.length >= RUN_IN_LENGTH && m.index > 0 && AFTER_STOP.test(text.slice(Math.max(0, m.index - 2), m.index)) && !NOT_HEADING_AFTER_DUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (value !== expected[level] && value !== runOn[level] && value !== outline[level] && !(value === 1 && level > 0) && !carriedOn && !secondPart && !afterContents && !laterPage) continue;
    cuts.push(m.index);
    if (level === 0) tops.push(m.index);
    expected[level] = value + 1;
    runOn[level] = value + 1;
    outline[level] = value + 1;
    for (let k = level + 1; k < expected.length; k++) expected[k] = outline[k] = 1;
    if (level === 0) {
      // `二、存在问题一是…`: a first point glued to a short heading starts the heading's text.
      const point = text.indexOf('一是', m.index + 2);
      if (point > 0 && point - m.index <= 16 && !/[。，,；;：:]/.test(text.slice(m.index, point))) cuts.push(point);
    }
    if (level < 2) {
      // `一、重点工作成效显著1.重点项目建设。`: a first item glued to a short heading starts a line of its own.
      const head = text.slice(m.index + m[0].length, m.index + HEADING_GLUE_MAX);
      const first = FIRST_ITEM_GLUED.exec(head);
      if (first) {
        const at = m.index + m[0].length + first[0].length - 3;
        cuts.push(at);
        expected[2] = runOn[2] = outline[2] = 2;
        RUN_IN_MARKER.lastIndex = at + 2;
      }
    }
  }
  if (text.length >= PAGE_BLOB_LENGTH) {
    POINT_MARKER.lastIndex = 0;
    for (let m = POINT_MARKER.exec(text); m; m = POINT_MARKER.exec(text)) cuts.push(m.index);
    cuts.sort((a, b) => a - b);
  } else if (cuts.length === 0 && (untouched || underHeading || (itemless && TOP_HEADING_START.test(text)) || (pointed && OPENS_WITH_POINT.test(text)))) {
    // A page with no outline at all (a news item, a column): its `一是…二是…三是…` are the only division it has;
    // under a top heading with no items, or run into one (`四、聚焦行业治理。一是…二是…`), they are its items.
    cuts.push(...pointsInSequence(text, untouched && !(itemless && TOP_HEADING_START.test(text)) ? POINTS_MIN : 2));
    // `…五是…。下一步，…将继续做好老龄服务。一是…；二是…`: a second run of points, after a turn to what comes next.
    if (cuts.length > 0) cuts.push(...pointsAhead(text, cuts[cuts.length - 1]!));
    // `要点有：(1)强化…；(2)巩固…；(3)…`: a page with no outline lists its items in brackets within one paragraph.
    if (untouched && cuts.length === 0) cuts.push(...numberedInSequence(text, BRACKETED_POINT, bracketedValue));
  } else if (itemless && tops.length > 0) {
    // `…一、2018年…成效。…二、2019年重点任务。一是…；二是…`: on a page with no items, a top heading run in with the
    // rest is read as one run into its points is.
    const bounds = [...cuts].sort((a, b) => a - b);
    for (const top of tops) {
      const end = bounds.find((c) => c > top) ?? text.length;
      const part = text.slice(top, end);
      if (part.includes('二是') || part.includes('二要')) cuts.push(...pointsInSequence(part, 2).filter((at) => at > 0).map((at) => top + at));
    }
    cuts.sort((a, b) => a - b);
  }
  // `3、工作任务（1）组建签约团队。…配合单位：各乡镇卫生院（2）落实…`: under a heading run into the line, its bracketed
  // items in order, glued to the heading or to the units named before them.
  if (cuts.length > 0) {
    const bounds = [...cuts].sort((a, b) => a - b);
    for (const top of bounds) {
      const end = bounds.find((c) => c > top) ?? text.length;
      cuts.push(...numberedInSequence(text.slice(top, end), GLUED_BRACKETED_POINT, bracketedValue).map((at) => top + at));
    }
    cuts.sort((a, b) => a - b);
  }
  // `…重点任务及责任分工：①深化…，由A牵头；②推进…；③…`: a paragraph's circled points, in order, are its items.
  if (cuts.length === 0 && text.includes('③')) cuts.push(...numberedInSequence(text, CIRCLED_POINT, circledValue));
  // `会议指出，…见效。要巩固…；要加快…；要加强…`: what a meeting asks, one `要` a point, where nothing else divides the page.
  if (cuts.length === 0 && untouched && itemless && MEETING_DEMAND_OPENING.test(text)) cuts.push(...askedPoints(text));
  // `要突出抓好七方面工作：深化医改攻坚，…；夯实基层网底，…；…。`: a counted list in one sentence, one clause an item.
  if (cuts.length === 0 && untouched && itemless) cuts.push(...countedClauses(text));
  // `…做好以下五项工作：一加强…。二进一步…。三…`: a counted list whose points lost their `、`, each after a stop.
  if (itemless) {
    const bare = countedBarePoints(text);
    if (bare.length > 0) cuts.push(...bare.filter((at) => !cuts.includes(at)));
    cuts.sort((a, b) => a - b);
  }
  if (cuts.length < 2) return [line];
  if (cuts[0] !== 0) cuts.unshift(0);
  const parts: Line[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const part = sliceLine(line, cuts[k]!, cuts[k + 1] ?? text.length);
    const trimmed = part.text.trimEnd();
    if (trimmed.length) parts.push(sliceLine(part, 0, trimmed.length));
  }
  return parts;
}

const TOP_HEADING_START = /^[一二三四五六七八九十]{1,3}、/;
const BRACKETED_START = /^[（(][一二三四五六七八九十]{1,3}[)）]/;

/** Whether item `n` (`6.`) stands in `text` after words, not after a digit: the next item of the outline, run on. */
function runsOnItem(text: string, n: number): boolean {
  const mark = `${n}.`;
  for (let at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 1)) if (isHan(text.charCodeAt(at - 1)) && !/\d/.test(text[at + mark.length] ?? '')) return true;
  return false;
}
/** A numbered heading alone on its line (`2  工作目标`, `二、行动目标`, `（一）主要目标`), its words captured. */
const GOAL_HEADING_LINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:\.\d{1,2})?\s+|\d{1,2}[.．、])\s*([^。，,；;]{2,12})$/;
/** A short line that reads as a heading: it ends the goals' paragraph. */
const HEADING_LINE = /^[^。，,；;]{2,20}$/;
/** `…并提出要求：一是…`, `会议要求,2019年全省卫生健康系统一是…`: points led in by a colon, or by what a meeting asks. */
function ledPointsIn(text: string): boolean {
  return LED_BY_COLON.test(text) || (MEETING_DEMAND_OPENING.test(text) && ASKED_FIRST_POINT.test(text));
}
const LED_BY_COLON = /[：:]\s*一是/;
const ASKED_FIRST_POINT = /^[^。]{0,40}一是/;

/** `一是完善…。二是…`: a paragraph that opens with its first point. */
const OPENS_WITH_POINT = /^一[是要]/;
const BRACKETED_HEADING = /^[（(][一二三四五六七八九十]{1,3}[)）]/;
const POINTED_HEADINGS_MIN = 2;

/** Where the points `一是`, `二是`, `三是`… of a line stand, when at least POINTS_MIN follow in order. */
function pointsInSequence(text: string, min: number): number[] {
  // A line that opens with its first point (`一是完善…。二是…`) has it at its start, with nothing before it.
  const at: number[] = OPENS_WITH_POINT.test(text) ? [0] : [];
  POINT_MARKER.lastIndex = 0;
  for (let m = POINT_MARKER.exec(text); m; m = POINT_MARKER.exec(text)) {
    const value = parseChineseNumeral(m[0].slice(0, -1));
    // `…全省卫生健康系统一是持续深化医改…；二是…`: the first point glued to its subject, found back from the second.
    if (value === 2 && at.length === 0) {
      const first = text.lastIndexOf(`一${m[0].slice(-1)}`, m.index);
      if (first > 0 && isHan(text.charCodeAt(first - 1)) && !SENTENCE_STOP.test(text.slice(first, m.index - 1))) at.push(first);
    }
    if (value === at.length + 1) at.push(m.index);
  }
  return at.length >= min ? at : [];
}
const SENTENCE_STOP = /[。！？!?]/;

/** Where a turn ahead after the last point (`下一步，…。`) and the points it leads in to stand, if it leads in to two at least. */
function pointsAhead(text: string, lastPoint: number): number[] {
  TURN_TO_POINTS.lastIndex = lastPoint;
  const turn = TURN_TO_POINTS.exec(text);
  if (!turn) return [];
  const points = pointsInSequence(text.slice(turn.index), 2);
  return points.length > 0 ? [turn.index, ...points.map((at) => turn.index + at)] : [];
}
const TURN_TO_POINTS = new RegExp(`(?<=[。！!])(?:${TURNS_AHEAD.join('|')})[^。]{0,40}[。：:](?=\\s*一是)`, 'g');

/** Where each clause of a counted list stands (`五项工程包括：A…；B…；…。`), when the clauses are as many as the lead-in counts. */
function countedClauses(text: string): number[] {
  COUNTED_LEAD_IN.lastIndex = 0;
  for (let m = COUNTED_LEAD_IN.exec(text); m; m = COUNTED_LEAD_IN.exec(text)) {
    const count = parseChineseNumeral(m[1]!);
    const start = m.index + m[0].length;
    const end = text.indexOf('。', start);
    const list = text.slice(start, end < 0 ? text.length : end);
    const at = [start];
    for (const semicolon of list.matchAll(/[；;]/g)) at.push(start + semicolon.index + 1);
    if (count !== null && count >= POINTS_MIN && at.length === count) return at;
  }
  return [];
}

/**
 * Where each point of a counted list stands whose numerals lost their `、` (`以下五项工作：一加强…。二进一步…`): the first
 * right after the lead-in's colon, each next after a stop, as many as the lead-in counts.
 */
function countedBarePoints(text: string): number[] {
  COUNTED_LEAD_IN.lastIndex = 0;
  for (let m = COUNTED_LEAD_IN.exec(text); m; m = COUNTED_LEAD_IN.exec(text)) {
    const count = parseChineseNumeral(m[1]!);
    const first = m.index + m[0].length;
    if (count === null || count < POINTS_MIN || !barePointAt(text, first, 1)) continue;
    const at = [first];
    for (let k = 2; k <= count; k++) {
      const next = text.indexOf(`。${CHINESE_DIGITS[k]}`, at[at.length - 1]!) + 1;
      if (next <= 0 || !barePointAt(text, next, k)) break;
      at.push(next);
    }
    if (at.length === count) return at;
  }
  return [];
}
const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function barePointAt(text: string, at: number, value: number): boolean {
  return text.startsWith(CHINESE_DIGITS[value]!, at) && isHan(text.charCodeAt(at + 1)) && !BARE_POINT_NOT_BEFORE.test(text[at + 1]!);
}

/** Where each `要` that opens a point after a stop or a semicolon stands, when there are so many as to be a list. */
function askedPoints(text: string): number[] {
  const at: number[] = [];
  ASKED_POINT.lastIndex = 0;
  for (let m = ASKED_POINT.exec(text); m; m = ASKED_POINT.exec(text)) at.push(m.index);
  return at.length >= POINTS_MIN && /[；;]/.test(text[at[1]! - 1]!) ? at : [];
}
const ASKED_POINT = /(?<=[。；;])要(?=[\u4e00-\u9fa5]{4})/g;

/**
 * Where the marks a pattern finds stand, when they number on from 1 (`(1)`, `(2)`, … or `①`, `②`, …) and there are
 * POINTS_MIN of them at least: a paragraph's run of items.
 */
function numberedInSequence(text: string, pattern: RegExp, valueOf: (m: RegExpExecArray) => number): number[] {
  const at: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (valueOf(m) === at.length + 1) at.push(m.index);
  }
  return at.length >= POINTS_MIN ? at : [];
}
/** `①`, `②`, … at a paragraph's start or after a colon or a stop. */
const CIRCLED_POINT = /(?<=^|[。；;：:!?！？\s])[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/g;
const circledValue = (m: RegExpExecArray) => m[0].charCodeAt(0) - 0x2460 + 1;
/** `(1)`, `(2)`, … after a colon or a stop. */
const BRACKETED_POINT = /(?<=[：:；;。])[（(](\d{1,2})[）)]/g;
const bracketedValue = (m: RegExpExecArray) => Number(m[1]);
const GLUED_BRACKETED_POINT = /(?<=[：:；;。\u4e00-\u9fa5])[（(](\d{1,2})[）)](?=[\u4e00-\u9fa5])/g;

const ARABIC_ITEM_START = /^(\d{1,3})[.．、](?!\d)/;
const OUTLINE_START = /^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[.．、](?!\d))/;

/** An unnumbered heading of problems is short. */
const NO_WORK_HEADING_MAX = 12;

/** For each line, whether it stands under a top heading (`一、`) that has no numbered item before the next one. */
function bareHeadingLines(lines: readonly Line[]): boolean[] {
  const bare = new Array<boolean>(lines.length).fill(false);
  let heading = -1;
  let items = false;
  const close = (end: number) => {
    if (heading >= 0 && !items) bare.fill(true, heading + 1, end);
  };
  lines.forEach((l, k) => {
    if (TOP_HEADING_START.test(l.text)) {
      close(k);
      // `二、工作目标` / `…一是…二是…`: a paragraph of goals is read whole, as one task.
      // `二、存在问题` lists no work either.
      const title = l.text.replace(TOP_HEADING_START, '').trim();
      heading = GOAL_HEADINGS.test(title) || NO_WORK_HEADINGS.test(title) || PROBLEM_HEADING_WORDS.test(title) ? -1 : k;
      items = false;
    } else if (OUTLINE_ITEM_START.test(l.text)) items = true;
    // `存在问题` / `一是…二是…` under a heading of work: the problems are no items.
    else if (l.text.length <= NO_WORK_HEADING_MAX && NO_WORK_HEADINGS.test(l.text.trim())) {
      close(k);
      heading = -1;
    }
  });
  close(lines.length);
  return bare;
}

/** Whether, after this line, the text stands right under a top heading with no item of its own yet. */
function headsItems(text: string, before: boolean): boolean {
  const m = OUTLINE_START.exec(text);
  if (!m) return before;
  return m[1] !== undefined;
}

/** The numbers a line that opens with a marker brings the outline to. */
function noteOutline(text: string, outline: number[]): void {
  const m = OUTLINE_START.exec(text);
  if (!m) return;
  const level = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : 2;
  const value = level === 2 ? Number(m[3]) : parseChineseNumeral(m[1] ?? m[2]!);
  if (value === null) return;
  outline[level] = value + 1;
  for (let k = level + 1; k < outline.length; k++) outline[k] = 1;
}
/** What an item number run on in a line follows: a sentence's end, a closing bracket. */
const RUN_ON_BEFORE = ['。', '；', ';', ')', '）'];
/** Numbers a run of items may skip (`6.…。9.…`: items 7 and 8 left out of the page). */
const RUN_ON_GAP = 4;

/**
 * Items run together on one line (`3.完善监测。…2.5万家。4.提升诊断能力。…`): the line is cut where
 * a later item of the same numbering goes on from the one before it. Points numbered inside an
 * item start again from 1, and stay in its text.
 */
function splitRunOnItems(line: Line): Line[] {
  const text = line.text;
  let last = Number(ARABIC_ITEM_START.exec(text)![1]);
  const cuts = [0];
  // Only after a sentence's end or a closing bracket: the places those stand are found first.
  const starts: number[] = [];
  for (const mark of RUN_ON_BEFORE) for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) if (isAsciiDigit(text.charCodeAt(at + 1))) starts.push(at + 1);
  if (starts.length === 0) return [line];
  starts.sort((a, b) => a - b);
  for (const i of starts) {
    let end = i;
    while (end < text.length && end - i < 3 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    if (end === i || end - i > 3) continue;
    const mark = text.charCodeAt(end);
    if (mark !== 0x2e && mark !== 0xff0e && mark !== 0x3001) continue;
    const after = text.charCodeAt(end + 1);
    if (after >= 0x30 && after <= 0x39) continue;
    const value = Number(text.slice(i, end));
    // `完成情况：1.已建成2个；2.…`: numbering that starts again inside an item numbers its points.
    if (value <= last) break;
    if (value > last + RUN_ON_GAP) continue;
    cuts.push(i);
    last = value;
  }
  if (cuts.length < 2) return [line];
  return cuts.map((c, k) => sliceLine(line, c, cuts[k + 1] ?? text.length));
}

function assemble(source: Source, lines: Line[], removed: Span[], repairs: readonly OcrRepair[] | undefined, simplified: string | null): Normalized {
  const text = lines.map((l) => l.text).join('\n');
  const origin = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    origin.set(l.origin, k);
    k += l.origin.length;
    if (i < lines.length - 1) origin[k++] = (l.origin[l.origin.length - 1] ?? 0) + 1;
  }
  origin[text.length] = source.text.length;
  return {
    source,
    text,
    removed,
    ...(repairs ? { repairs } : {}),
    ...(simplified !== null ? { simplified } : {}),
    toSource: (offset: number) => origin[Math.max(0, Math.min(offset, text.length))]!,
  };
}

/**
 * Words read in a Traditional text's Simplified reading, as its source writes them where they stand in
 * `start`–`end` of the source (the last place, or the first); the words as they are when not found.
 */
export function writtenInSource(normalized: Normalized, words: string, start = 0, end = normalized.source.text.length, last = false): string {
  if (!normalized.simplified || words.length === 0) return words;
  const read = normalized.simplified.slice(start, end);
  const at = last ? read.lastIndexOf(words) : read.indexOf(words);
  // The source's own script, but never a Kangxi radical a PDF put for an ideograph.
  if (at >= 0) return foldRadicals(normalized.source.text.slice(start + at, start + at + words.length));
  // `衛(wèi)生`: a page that glosses its characters' readings writes the words apart.
  if (read.search(PINYIN_GLOSS) < 0) return words;
  const glossed = new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`(?:${PINYIN_GLOSS.source})?`), 'g');
  const found = [...read.matchAll(glossed)];
  const m = last ? found[found.length - 1] : found[0];
  return m ? normalized.source.text.slice(start + m.index!, start + m.index! + m[0].length).replace(PINYIN_GLOSS, '') : words;
}

/** Maps a span of normalized text to the source: the end maps through its last character. */
export function spanToSource(normalized: Normalized, start: number, end: number): Span {
  if (end <= start) {
    const s = normalized.toSource(start);
    return { start: s, end: s };
  }
  return { start: normalized.toSource(start), end: normalized.toSource(end - 1) + 1 };
}
