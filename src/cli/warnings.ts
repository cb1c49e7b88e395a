import type { Document } from '../types.js';

/** Figures OCR was unsure of, listed one a line, at most: the rest are counted (all are in the json's messages). */
const MAX_OCR_LINES = 5;

/**
 * The warnings a document gives the user, one line each: a text with no
 * recognisable tasks; for a scan, the figures OCR was unsure of, to check against it.
 */
export function documentWarnings(doc: Document): string[] {
  const out = doc.messages.filter((m) => m.rule === 'no-tasks').map((m) => `plans: ${doc.file}: warning: ${m.reason}`);
  const unsure = doc.messages.filter((m) => m.rule === 'ocr-low-confidence');
  out.push(...unsure.slice(0, MAX_OCR_LINES).map((m) => `plans: ${doc.file}: warning: ${m.reason}`));
  if (unsure.length > MAX_OCR_LINES) out.push(`plans: ${doc.file}: warning: ${unsure.length - MAX_OCR_LINES} more figures OCR was unsure of (messages, rule ocr-low-confidence, in --format json)`);
  return out;
}
