import type { Document } from '../types.js';

/** The warnings a document gives the user (a text with no recognisable tasks), one line each. */
export function documentWarnings(doc: Document): string[] {
  return doc.messages.filter((m) => m.rule === 'no-tasks').map((m) => `plans: ${doc.file}: warning: ${m.reason}`);
}
