import { metricKey } from '../compare/align.js';
import type { Target } from '../types.js';
import { METRIC_NOISE_TAIL } from '../vocab/tracking.js';

/**
 * What a figure measures, for comparing metrics: scope (全市), generic tails
 * (水平) and list words (分别为) dropped; where the extractor found no metric of
 * its own (the second figure of a list), the words of its clause.
 */
export function metricText(t: Target): string {
  const key = metricKey(t.metric).replace(METRIC_NOISE_TAIL, '');
  return key.length >= 2 ? key : withoutFigures(t.text);
}

export function withoutFigures(text: string): string {
  return text.replace(/[\d.]+|[xX×]{2,}/g, ' ');
}

