import type { Vocabulary } from '../vocab/index.js';
import { matchers } from './targets/context.js';

export interface DeadlineMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BARE_YEAR = /^(?:到|至|于)?(?:20\d{2}|xxxx)年$/;

/**
 * Finds deadlines (`年底前`, `6月底前`, `2022年12月底`, `年内`). A bare year counts
 * only where it opens a clause (`2021年，…`) or follows 到/至.
 */
export function extractDeadlines(text: string, vocab: Vocabulary): DeadlineMention[] {
  const re = new RegExp(matchers(vocab).deadline.source, 'g');
  const out: DeadlineMention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const value = m[0];
    if (BARE_YEAR.test(value)) {
      const next = text[m.index + value.length] ?? '';
      const prev = text[m.index - 1] ?? '';
      const opensClause = /[,，:：]/.test(next) && (m.index === 0 || /[。；;，,\n]/.test(prev));
      if (!opensClause && !/^(到|至|于)/.test(value)) continue;
    }
    if (/^\d/.test(value) && /\d/.test(text[m.index - 1] ?? '')) continue;
    out.push({ start: m.index, end: m.index + value.length, text: value });
  }
  return out;
}
