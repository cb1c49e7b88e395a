/**
 * Numbering styles at the start of a paragraph, by conventional rank
 * (lower rank = higher level in the outline). `damaged` variants come from
 * OCR and copy-paste: `、开启…` with the numeral lost, `二十)` with the opening
 * bracket lost, `(十探索…` with the closing one lost.
 */
export type NumberingStyle =
  | 'volume'      // 第一篇 (holding 第一章…)
  | 'part'        // 第一部分, 第一章
  | 'chapter-section' // 第一节 (under 第一章)
  | 'cn-dun'      // 一、
  | 'cn-shi'      // 一是
  | 'cn-paren'    // （一）
  | 'ar-dot'      // 1.
  | 'ar-dun'      // 1、
  | 'ar-paren'    // (1)
  | 'circled'     // ①
  | 'ar-zero'     // 03 (a WeChat article's part, its number glued to its heading)
  | 'ar-space'    // 2 深化基层综合改革 (a journal's section, its number and a space before a heading alone on its line)
  | 'ar-decimal'  // 2.1 推进… (a journal's item under that section)
  | 'ar-decimal3' // 1.1.1 疫情报告 (an item under 1.1, in a handbook or an indicator list)
  | 'seq-word'    // 首先，其次，第三，…，最后
  | 'bracket';    // 【工作目标】 (a heading in brackets, alone on its line, over the page's numbered items)

export const STYLE_RANK: Readonly<Record<NumberingStyle, number>> = {
  volume: -1, part: 0, 'chapter-section': 0.5, 'cn-dun': 1, 'ar-zero': 1, 'ar-space': 1, 'cn-paren': 3, 'ar-dot': 4, 'ar-dun': 4, 'ar-decimal': 4, 'ar-decimal3': 4.5, 'ar-paren': 5, circled: 6,
  // `一是…二是…` are points inside a paragraph far more often than an outline level.
  'cn-shi': 7,
  'seq-word': 4,
  bracket: -2,
};

/** After a bare numeral, these make it a word (`一批`, `二级`, `三甲`) or another mark (`一是`, `一、`), no point that lost its `、`. */
export const BARE_POINT_NOT_BEFORE = /[些批流级线体致起直定般样切同律道并再旦是要、类甲乙档星个项名家所次年月日）)]/;

/**
 * A lead-in that counts the items after its colon (`要突出抓好七方面工作：`, `五项工程包括：`): as many clauses
 * as it counts, between semicolons, are that many items. Group 1 is the count.
 */
export const COUNTED_LEAD_IN = /([二三四五六七八九十]|[2-9]|1\d)(?:个|项|件|大|条)?(?:方面|重点|任务|工作|工程|实事|举措|行动|措施)[^。：:；;，,]{0,12}[：:]/g;

/** Words that count items in prose (`首先，…其次，…第三，…最后，…`), by the place each names; 最后 names none. */
export const SEQUENCE_WORDS: Readonly<Record<string, number | null>> = { 首先: 1, 其次: 2, 再次: 3, 最后: null, 同时: null, 此外: null, 另外: null, 与此同时: null, 在此基础上: null };

/** Words that go on from the item before (`同时，…`, `此外，…`): items of a counted outline only where `首先` opens one. */
export const CONNECTIVE_WORDS: ReadonlySet<string> = new Set(['同时', '此外', '另外', '与此同时', '在此基础上']);

const CN_CHARS = '一二三四五六七八九十百零〇两';
const CN = `[${CN_CHARS}]`;
const DIGITS = '0123456789';

export interface NumberingPattern {
  readonly style: NumberingStyle;
  readonly pattern: RegExp;
  /** The marker is broken: the numeral or a bracket was lost. */
  readonly damaged?: boolean;
  /**
   * Every character a match can start with, where known: a line that starts with none is not
   * tried (most lines are prose). A test keeps it true of the pattern.
   */
  readonly starts?: string;
}

/** What a figure counts or measures, right after it: a magnitude, a unit, a time. */
export const COUNTED_AFTER_FIGURE = '万亿千百个人次家所张元岁天分例剂份名项倍批辆台套条座床位年月日周期届轮种类小以左公平亩吨米倍成';

/** Tried in order at the start of a line; the first that matches wins. Group 1 is the numeral. */
export const NUMBERING_PATTERNS: readonly NumberingPattern[] = [
  // A long plan in parts of chapters (`第三篇 筑牢公共卫生防线` over `第三章 …`).
  { style: 'volume', pattern: new RegExp(`^第(${CN}+)篇[、:：\\s]*`), starts: '第' },
  { style: 'part', pattern: new RegExp(`^第(${CN}+)部分[、:：\\s]*`), starts: '第' },
  // A plan in chapters (a five-year plan): 第一章 holds 第一节, which holds 一、….
  { style: 'part', pattern: new RegExp(`^第(${CN}+)章[、:：\\s]*`), starts: '第' },
  { style: 'chapter-section', pattern: new RegExp(`^第(${CN}+)节[、:：\\s]*`), starts: '第' },
  // `( 一 )`: a PDF that spaces its letters spaces the numeral in its brackets too.
  { style: 'cn-paren', pattern: new RegExp(`^[（(][ \u3000]?(${CN}+)[ \u3000]?[）)][、.．]?\\s*`), starts: '（(' },
  { style: 'ar-paren', pattern: /^[（(][ \u3000]?(\d{1,3})[ \u3000]?[）)][、.．]?\s*/, starts: '（(' },
  // `〔1〕推进…`: the tortoise-shell brackets of a document number, holding an item's.
  { style: 'ar-paren', pattern: /^〔(\d{1,3})〕[、.．]?\s*/, starts: '〔' },
  // `一.围绕一个目标` / `二. 确保两个领先`: a point after the numeral, as some portals print the top level.
  // `三、四级手术占比…`: two grades named in a row open a sentence, not a heading.
  { style: 'cn-dun', pattern: new RegExp(`^(${CN}+)(?:[、，,]|[.．](?!\\d))(?!${CN}(?:级|甲|乙))\\s*`), starts: CN_CHARS },
  { style: 'cn-dun', pattern: /^()、\s*/, damaged: true, starts: '、' },
  // `一要筑牢母婴安全底线，…二要…`: a speech's points, as `一是…二是…` are.
  { style: 'cn-shi', pattern: new RegExp(`^(${CN}+)[是要][，,：:]?`), starts: CN_CHARS },
  { style: 'cn-paren', pattern: new RegExp(`^(${CN}+)[）)]\\s*`), damaged: true, starts: CN_CHARS },
  { style: 'cn-paren', pattern: new RegExp(`^[（(](${CN}+)(?![）)])`), damaged: true, starts: '（(' },
  { style: 'cn-paren', pattern: /^()[）)]\s*/, damaged: true, starts: '）)' },
  // A full-width point is kept only after a line's opening number (see normalize), so it is a marker even before a digit.
  // `9.65岁及以上老年人…`: a number glued to an age that opens the item.
  // `1 .二级以上…`: a PDF's copy puts a space before the point.
  // A headline of a figure alone (`78.3岁`) is no item.
  // `4.70%以上的乡镇卫生院…`: or to the share of those it counts.
  // `5.6月底前完成…`: item 5, its deadline glued after its point (no figure is 5.6 months).
  { style: 'ar-dot', pattern: /^(\d{1,3})(?: ?\.(?!\d)|\.(?=(?:1[0-2]|[1-9])月(?:底|中旬|上旬|下旬|份|\d{1,2}日)?前)|\.(?=\d{1,3}\s*岁[\u4e00-\u9fa5]{2})|\.(?=\d{2}\s*[%‰](?:以上|以下|左右)?的)| ?．)\s*/, starts: DIGITS },
  { style: 'ar-dun', pattern: /^(\d{1,3})、\s*/, starts: DIGITS },
  // `2.1 推进紧密型县域医共体建设。…`: numbered within its section; its place there is the number after the point.
  // A spaced figure that a hard wrap put at a line's start (`1.1 万人次`, `8 家医疗机构`) counts what follows: no number.
  { style: 'ar-decimal3', pattern: /^[1-9]\d?\.[1-9]\d?\.(\d{1,2})(?![.\d])[ \u3000]*(?=[\u4e00-\u9fa5A-Za-z“"《])/, starts: DIGITS },
  { style: 'ar-decimal', pattern: new RegExp(`^[1-9]\\d?\\.(\\d{1,2})(?![.\\d])[ \\u3000]*(?=[\\u4e00-\\u9fa5“"《])(?![${COUNTED_AFTER_FIGURE}])`), starts: DIGITS },
  // `2 深化基层综合改革`: a number, a space (or none, once cleaned) and a heading of a few words alone on its line.
  { style: 'ar-space', pattern: new RegExp(`^([1-9]\\d?)[ \\u3000]*(?=[\\u4e00-\\u9fa5“"]{2,24}$)(?![${COUNTED_AFTER_FIGURE}])`), starts: DIGITS },
  // `03织密公共卫生防护网`: a part's number written with its zero, glued to its heading (`09年以来…` is a year).
  // `01 2020年工作回顾`: a slide's number before a heading that opens with its year.
  { style: 'ar-zero', pattern: /^(0[1-9])(?:\s*(?=[\u4e00-\u9fa5])(?![年月日时岁个家人名所项次种])|\s+(?=(?:19|20)\d{2}年))/, starts: '0' },
  { style: 'ar-paren', pattern: /^(\d{1,3})[）)]\s*/, damaged: true, starts: DIGITS },
  // `首先，筑牢…` / `第三，推进…` / `最后，加强…`: a page that counts its items in words (at least POINTS_MIN of them).
  { style: 'seq-word', pattern: /^(首先|其次|再次|最后|第[一二三四五六七八九十]|与此同时|同时|此外|另外|在此基础上)[，,、:：]\s*/, starts: '首其再最第与同此另在' },
  { style: 'circled', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/, starts: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳' },
];

/** `【实施步骤】` alone on its line: a heading in brackets, as a hospital's or a campaign's plan sets its parts. */
export const BRACKET_HEADING = /^【[\u4e00-\u9fa5]{2,12}】$/;
/** `【活动对象】全院各科室`: a part in brackets with its few words run in. */
export const BRACKET_RUN_IN = /^【[\u4e00-\u9fa5]{2,12}】/;
/** So many headings in brackets make them a page's parts; one is a site's label (`【关闭】`). */
export const BRACKET_HEADINGS_MIN = 2;

/** Fewer `一是…二是…` points than this in a row make no outline of a page: a pair is a sentence's. */
export const POINTS_MIN = 3;

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Bullets that open an unnumbered item (`——稳定适度低生育水平。`): no part of its title. */
/** A point set out with a bullet (`• 完善考核办法。`, `▶ 新增床位300张`): the mark, then the point's words. */
export const BULLET_POINT = /^[●■◆▲►▶•·★☆]\s*\S/;
export const BULLET = /^(?:—{1,2}|－{1,2}|-{2}|[●■◆▲►▶•·★☆○□◇])\s*/;

const startTables = new WeakMap<readonly NumberingPattern[], Uint8Array | null>();

/**
 * Which characters may open a marker of `patterns`, or null when a pattern does not say
 * (`starts`): then every line is tried.
 */
export function markerStarts(patterns: readonly NumberingPattern[]): Uint8Array | null {
  let table = startTables.get(patterns);
  if (table === undefined) {
    table = patterns.every((p) => p.starts) ? new Uint8Array(65536) : null;
    if (table) for (const p of patterns) for (const c of p.starts!) table[c.charCodeAt(0)] = 1;
    startTables.set(patterns, table);
  }
  return table;
}

/** `（一）建立…协调机制。(10分)`: the points an indicator weighs in a scoring table, after its heading. */
export const SCORE_WEIGHT = /\s*[(（]\s*\d{1,3}(?:\.\d)?\s*分\s*[)）]\s*$/;
