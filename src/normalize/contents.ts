import type { Span } from '../types.js';
import { CONTENTS } from '../vocab/chrome.js';
import { type Line, endsSentence } from './lines.js';

/**
 * A table of contents: a run of short heading lines that the body prints again, in the same
 * order, further down (`第一篇 发展基础` / `第一章 指导思想` … then `前 言` and the text). Its lines
 * are the body's headings said twice; read once, they would make every section twice over.
 * Dropped where it stands, with its label (`目 录`); the body keeps its own.
 */
export function dropContents(lines: Line[], removed: Span[]): Line[] {
  const keys = lines.map((l) => contentsKey(l.text));
  // Where each short line stands, for the look ahead: most lines are long and looked at once.
  const at = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k !== null) at.set(k, [...(at.get(k) ?? []), i]);
  });
  if (at.size === 0) return lines;
  const label = lines.findIndex((l) => CONTENTS.label.test(l.text.replace(/\s+/g, '')));
  for (let i = 0; i < lines.length; i++) {
    if (keys[i] === null || at.get(keys[i]!)!.length !== 2) continue;
    const run = contentsRun(keys, at, i);
    const labelled = label >= 0 && label < i && lines.slice(label + 1, i).every((l) => l.text.trim() === '');
    if (run.end - i < (labelled ? CONTENTS.minLabelled : CONTENTS.minUnlabelled)) continue;
    // With no label, the entries must read as headings (`第三章 …`, `一、…`, `前 言`): a table's cells come back too.
    const entries = lines.slice(i, run.end).filter((l) => l.text.trim() !== '');
    if (!labelled && entries.filter((l) => CONTENTS.entry.test(l.text.trim())).length * 2 < entries.length) continue;
    const from = labelled ? label : i;
    for (let j = from; j < run.end; j++) {
      const l = lines[j]!;
      if (l.origin.length > 0) removed.push({ start: l.origin[0]!, end: l.origin[l.origin.length - 1]! + 1 });
    }
    return [...lines.slice(0, from), ...lines.slice(run.end)];
  }
  return lines;
}

/** The lines from `start` on that each come back later, in order, after the run has ended. */
function contentsRun(keys: readonly (string | null)[], at: ReadonlyMap<string, number[]>, start: number): { end: number } {
  let end = start;
  while (end < keys.length && (keys[end] !== null || isBlank(keys, end))) end++;
  // The run's lines must each come back after the run, the later ones further down.
  for (;;) {
    let last = end - 1;
    let whole = true;
    for (let j = start; j < end; j++) {
      if (keys[j] === '') continue;
      // An entry is said twice, here and over its part; a line said more often is a table's header, page after page.
      const places = at.get(keys[j]!) ?? [];
      const next = places.length === 2 ? places.find((k) => k > last) : undefined;
      if (next === undefined) {
        whole = false;
        end = j;
        break;
      }
      last = next;
    }
    if (whole || end <= start) return { end };
  }
}

function isBlank(keys: readonly (string | null)[], i: number): boolean {
  return keys[i] === '';
}

/**
 * A line as a contents entry names it: spaces, dot leaders and a page number left out
 * (`第三章 加强疾病预防控制……12`). Null for a line no contents would hold; '' for an empty one.
 */
function contentsKey(text: string): string | null {
  const t = text.trim();
  if (t === '') return '';
  if (t.length > CONTENTS.maxLength || endsSentence(t)) return null;
  return t.replace(CONTENTS.pageNumber, '').replace(/\s+/g, '');
}
