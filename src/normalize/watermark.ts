import type { Span } from '../types.js';
import { type Line, sliceLine } from './lines.js';

/** Where a sentence closes; a site's mark pasted after it (`…7.3%。k7q某某新闻网`) is no part of it. */
const SENTENCE_CLOSE = /[。！？!?]/;
/** A mark is a short run of words and letters, no sentence of its own. */
const MARK = /^(?=.*\p{L})[\p{L}\p{N}_\-.·]{2,20}$/u;
/** A mark left after one paragraph may be a word; after three it is the copying site's. */
const MARKED_LINES_MIN = 3;

/**
 * A site that copies a page glues its name after every paragraph (`…住院分娩率达99.7%。k7q棠岙新闻网`). Left
 * there, the mark is read as words of the paragraph, and a paragraph no longer ends on its stop, so it is taken
 * for a line a PDF wrapped: the same tail after the last stop of three paragraphs or more goes.
 */
export function dropParagraphMarks(lines: Line[], removed: Span[]): Line[] {
  const tails = new Map<string, number>();
  const tailOf = (text: string): string | null => {
    const trimmed = text.trimEnd();
    let k = trimmed.length - 1;
    while (k >= 0 && trimmed.length - k <= 21 && !SENTENCE_CLOSE.test(trimmed[k]!)) k--;
    if (k <= 0 || k === trimmed.length - 1) return null;
    const tail = trimmed.slice(k + 1);
    return MARK.test(tail) ? tail : null;
  };
  const lineTails = lines.map((l) => tailOf(l.text));
  for (const tail of lineTails) if (tail) tails.set(tail, (tails.get(tail) ?? 0) + 1);
  const marks = new Set([...tails].filter(([, n]) => n >= MARKED_LINES_MIN).map(([t]) => t));
  if (marks.size === 0) return lines;
  return lines.map((l, k) => {
    const tail = lineTails[k];
    if (!tail || !marks.has(tail)) return l;
    const end = l.text.trimEnd().length - tail.length;
    removed.push({ start: l.origin[end]!, end: l.origin[l.text.trimEnd().length - 1]! + 1 });
    return { ...l, ...sliceLine(l, 0, end) };
  });
}
