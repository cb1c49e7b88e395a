import type { Message, OcrReport, Span, Target, Task } from '../types.js';

/**
 * A digit OCR gives less than this probability is one to check. On the
 * fixtures (test/fixtures/ocr; `npm run bench -- ocr` prints the count) one
 * correct digit or point in about two thousand falls below it. Only the
 * figure's digits and points count: a correct `%` often gets 0.5–0.8 (the
 * model parts it between steps), so a unit would raise false alarms.
 */
export const LOW_CONFIDENCE = 0.8;

/** The characters of a figure whose confidence is checked: Arabic and Chinese digits and the decimal point. */
const FIGURE_CHAR = /[0-9０-９.．零〇一二两三四五六七八九十百千]/;

/**
 * The warnings an OCR'd document gives: each figure with a character OCR was
 * unsure of (the reader checks it against the scan), and each digit put back
 * from a letter (`1O0%`), as information.
 */
export function ocrMessages(ocr: OcrReport, tasks: readonly Task[], overview: readonly Target[], repairs: readonly { span: Span; from: string; to: string }[] = []): Message[] {
  const out: Message[] = [];
  const lineAt = (offset: number) => ocr.lines.find((l) => offset >= l.span.start && offset < l.span.end);
  for (const target of [...tasks.flatMap((t) => t.targets), ...overview]) {
    let worst: { char: string; p: number; page: number } | null = null;
    for (let at = target.span.start; at < target.span.end; at++) {
      const line = lineAt(at);
      const p = line?.probs[at - line.span.start];
      const char = line?.text[at - line.span.start];
      if (line && char && FIGURE_CHAR.test(char) && p !== undefined && p < LOW_CONFIDENCE && (!worst || p < worst.p)) worst = { char, p, page: line.page };
    }
    if (worst) {
      out.push({
        severity: 'warning',
        rule: 'ocr-low-confidence',
        reason: `OCR is unsure of “${worst.char}” (${worst.p.toFixed(2)}) in “${target.text}” on page ${worst.page}; check the figure against the scan`,
        span: target.span,
      });
    }
  }
  out.push(...repairMessages(repairs));
  return out;
}

/** Each digit put back from a letter (`1O0%`), as information, whether `plans` or another tool did the OCR. */
export function repairMessages(repairs: readonly { span: Span; from: string; to: string }[]): Message[] {
  return repairs.map((r) => ({ severity: 'info', rule: 'ocr-repair', reason: `OCR read “${r.from}” where a number stands; taken as “${r.to}”`, span: r.span }));
}
