import type { Document } from '../types.js';

/**
 * A text format written document by document, so that a batch of any size is
 * never held in memory: the head once, then each document's part, then the tail.
 */
export interface StreamedFormat {
  head(): string;
  document(doc: Document): string;
  tail(): string;
}
