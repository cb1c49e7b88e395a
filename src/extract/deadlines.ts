import type { Vocabulary } from '../vocab/index.js';
import { AS_OF, DEADLINE_MARK_REACH, DEADLINE_MARKS, LABELLED_DEADLINE } from '../vocab/deadlines.js';
import { matchers, type Matchers } from './targets/context.js';

export interface DeadlineMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BARE_YEAR = /^(?:到|至|于)?(?:20\d{2}|xxxx)年$/;
const ongoingInBrackets = new WeakMap<Vocabulary, RegExp>();

/**
 * Finds deadlines (`年底前`, `6月底前`, `2022年12月底`, `年内`). A bare year counts
 * only where it opens a clause (`2021年，…`) or follows 到/至. A deadline cell
 * (`完成时限：长期坚持`) and ongoing words alone in brackets (`（持续推进）`) are
 * deadlines too. Only recognises: `resolveDeadline` (due.ts) gives the date.
 */
export function extractDeadlines(text: string, vocab: Vocabulary): DeadlineMention[] {
  const matcher = matchers(vocab);
  const out: DeadlineMention[] = [];
  for (let m = nextDeadline(text, 0, matcher); m; m = nextDeadline(text, m.index + Math.max(1, m[0].length), matcher)) {
    if (m[0].length === 0) continue;
    const value = m[0];
    if (BARE_YEAR.test(value)) {
      const next = text[m.index + value.length] ?? '';
      const prev = text[m.index - 1] ?? '';
      const opensClause = /[,，:：]/.test(next) && (m.index === 0 || /[。；;，,\n]/.test(prev));
      if (!opensClause && !/^(到|至|于)/.test(value)) continue;
    }
    if (/^\d/.test(value) && /\d/.test(text[m.index - 1] ?? '')) continue;
    if (AS_OF.before.test(text.slice(Math.max(0, m.index - 3), m.index)) && AS_OF.after.test(text.slice(m.index + value.length, m.index + value.length + 6))) continue;
    out.push({ start: m.index, end: m.index + value.length, text: value });
  }
  const found = out.length;
  // A cell's words count only where no pattern found a deadline in them.
  // Exec loops, not matchAll: matchAll builds a new pattern from the shared one at each call.
  if (text.includes('时')) {
    LABELLED_DEADLINE.lastIndex = 0;
    for (let m = LABELLED_DEADLINE.exec(text); m; m = LABELLED_DEADLINE.exec(text)) {
      const words = m[1]!.trim();
      const start = m.index + m[0].length - m[1]!.length + m[1]!.indexOf(words);
      const end = start + words.length;
      if (words && !overlaps(out, found, start, end)) out.push({ start, end, text: words });
    }
  }
  if (text.includes('（') || text.includes('(')) {
    let brackets = ongoingInBrackets.get(vocab);
    if (!brackets) ongoingInBrackets.set(vocab, (brackets = new RegExp(`[（(](${vocab.ongoingWords.join('|')})[)）]`, 'g')));
    brackets.lastIndex = 0;
    for (let m = brackets.exec(text); m; m = brackets.exec(text)) {
      const start = m.index + 1;
      if (!overlaps(out, out.length, start, start + m[1]!.length)) out.push({ start, end: start + m[1]!.length, text: m[1]! });
    }
  }
  return out.length > found ? out.sort((a, b) => a.start - b.start) : out;
}

/** Finds the next mark: marks are few, and a native search passes the characters between them faster than a loop reads them. */
const NEXT_MARK = new RegExp(`[${DEADLINE_MARKS}]`, 'g');

/**
 * The first deadline at or after `from`, as a global search of the patterns finds it. Every
 * deadline holds a mark within its first characters, so the patterns are tried only just before one.
 */
export function nextDeadline(text: string, from: number, m: Matchers): RegExpExecArray | null {
  if (!m.deadlineByMarks) {
    m.deadline.lastIndex = from;
    return m.deadline.exec(text);
  }
  const re = m.deadlineAt;
  let at = from;
  for (let k = from; ; k++) {
    NEXT_MARK.lastIndex = k;
    if (!NEXT_MARK.test(text)) return null;
    k = NEXT_MARK.lastIndex - 1;
    for (at = Math.max(at, k - DEADLINE_MARK_REACH); at <= k; at++) {
      re.lastIndex = at;
      const found = re.exec(text);
      if (found) return found;
    }
  }
}

function overlaps(mentions: readonly DeadlineMention[], upTo: number, start: number, end: number): boolean {
  for (let i = 0; i < upTo; i++) {
    const d = mentions[i]!;
    if (d.start < end && start < d.end) return true;
  }
  return false;
}
