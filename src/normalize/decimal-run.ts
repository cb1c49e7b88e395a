import { COUNTED_AFTER_FIGURE } from '../vocab/numbering.js';
import { followsInOrder } from '../segment/sequence.js';
import { type Line, sliceLine } from './lines.js';

/** `1.1传染病…`, `1.1.2监测督导：…`: a number of two or three parts glued to the words it numbers (not `2.5万`). */
const DECIMAL_NUMBER = new RegExp(`(?<![\\d.．])([1-9]\\d?)\\.([1-9]\\d?)(?:\\.([1-9]\\d?))?(?![\\d.．])(?=[\\u4e00-\\u9fa5])(?![${COUNTED_AFTER_FIGURE}])`, 'g');
/** So many numbers in order make a run of items; fewer may be figures. */
const RUN_MIN = 3;

type Parts = readonly number[];

/**
 * Items numbered within their parts and run together on one line (`1.1传染病预防控制1.1.1疫情报告：…。1.1.2监测督导：…`),
 * as a document-sharing site glues a handbook: the line is cut before each number that goes on from the one before it of
 * its depth (`1.1.2` after `1.1.1`, `1.2.1` after `1.1.x`), a three-part number only under its two-part one.
 */
export function splitDecimalRun(line: Line): Line[] {
  const text = line.text;
  if (!text.includes('.')) return [line];
  const cuts: number[] = [];
  let two: Parts | null = null;
  let three: Parts | null = null;
  DECIMAL_NUMBER.lastIndex = 0;
  for (let m = DECIMAL_NUMBER.exec(text); m; m = DECIMAL_NUMBER.exec(text)) {
    const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
    if (parts.length === 2 ? !goesOn(two, parts) : !(two === null || (parts[0] === two[0] && parts[1] === two[1])) || !goesOn(three, parts)) continue;
    if (parts.length === 2) {
      two = parts;
      three = null;
    } else three = parts;
    cuts.push(m.index);
  }
  if (cuts.length < RUN_MIN) return [line];
  const starts = cuts[0] === 0 ? cuts : [0, ...cuts];
  return starts.map((c, k) => sliceLine(line, c, starts[k + 1] ?? text.length));
}

/** The next number of a depth (see `followsInOrder`); the first seen is a part's first. */
function goesOn(before: Parts | null, after: Parts): boolean {
  return before === null ? after[after.length - 1] === 1 : followsInOrder(before, after);
}
