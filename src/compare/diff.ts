import type { Target } from '../types.js';
import type { TargetVerdict } from './types.js';
import { round } from '../extract/numbers/resolve.js';

/**
 * The verdict on a target that both years state. Whether a change is stricter
 * depends on the comparator: a ceiling (`<=`, `<`) that goes down is stricter,
 * any other figure that goes up is.
 */
export function judge(old: Target, next: Target): { verdict: TargetVerdict; change: number | null; stricter: boolean | null } {
  if (old.value === null || next.value === null) return { verdict: 'unchanged', change: null, stricter: null };
  const change = round(next.value - old.value);
  if (change === 0) return { verdict: 'unchanged', change: 0, stricter: null };
  const ceiling = next.comparator === '<=' || next.comparator === '<';
  return { verdict: change > 0 ? 'raised' : 'lowered', change, stricter: ceiling ? change < 0 : change > 0 };
}
