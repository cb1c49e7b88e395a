import {
  DEPARTMENT_MIN_NAME_LENGTH,
  DEPARTMENT_SEPARATORS,
  DEPARTMENT_SUFFIXES,
  UNIT_ENDINGS,
} from '../vocab/departments.js';
import type { Vocabulary } from '../vocab/index.js';

export interface DeclaredDepartments {
  readonly lead: string[];
  readonly support: string[];
}

const LIST_END = /[)）】\]。\n]/;

/**
 * Reads `（牵头科室：医政科、基妇科）`, `配合单位：…` and their broken forms
 * (`头科室:` with `牵` lost, no closing bracket) from a task's text.
 */
export function extractDepartments(text: string, vocab: Vocabulary): DeclaredDepartments {
  const out: DeclaredDepartments = { lead: [], support: [] };
  const { pattern, roles } = markerPattern(vocab);
  const hits: { at: number; listStart: number; role: 'lead' | 'support' }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    hits.push({ at: m.index, listStart: m.index + m[0].length, role: roles.get(m[1]!)! });
  }
  if (hits.length === 0) readTrailingRoles(text, out);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    let end = h.listStart;
    const limit = hits[k + 1]?.at ?? text.length;
    while (end < limit && !LIST_END.test(text[end]!)) end++;
    // `（牵头科室：妇幼健康科，6月底前完成）`: a deadline ends the list of units.
    const list = cutAtDeadline(text.slice(h.listStart, end), vocab);
    for (const name of splitNames(list)) {
      const target = out[h.role];
      if (!target.includes(name)) target.push(name);
    }
  }
  return out;
}

const patterns = new WeakMap<Vocabulary, { pattern: RegExp; roles: Map<string, 'lead' | 'support'> }>();

function markerPattern(vocab: Vocabulary): { pattern: RegExp; roles: Map<string, 'lead' | 'support'> } {
  let p = patterns.get(vocab);
  if (!p) {
    const words = vocab.departmentMarkers.map((d) => d.word).sort((a, b) => b.length - a.length);
    p = { pattern: new RegExp(`(${words.join('|')}) *[:：为]`, 'g'), roles: new Map(vocab.departmentMarkers.map((d) => [d.word, d.role])) };
    patterns.set(vocab, p);
  }
  return p;
}

/** Splits a list of units, including names glued together (`医政科基妇科`). */
export function splitNames(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(DEPARTMENT_SEPARATORS)) {
    const clean = part.replace(/^[(（:：\s]+|(?:[)）。.\s]|等)+$/g, '');
    if (!clean) continue;
    names.push(...splitGlued(clean));
  }
  return names.filter((n) => n.length >= 2 && n.length <= 20 && UNIT_ENDINGS.some((e) => n.endsWith(e)));
}

const deadlineRes = new WeakMap<Vocabulary, RegExp>();

function cutAtDeadline(list: string, vocab: Vocabulary): string {
  let re = deadlineRes.get(vocab);
  if (!re) deadlineRes.set(vocab, (re = new RegExp(vocab.deadlines.join('|'))));
  const m = re.exec(list);
  return m ? list.slice(0, m.index) : list;
}

function splitGlued(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    for (const suffix of DEPARTMENT_SUFFIXES) {
      if (!name.startsWith(suffix, i)) continue;
      const end = i + suffix.length;
      if (end - start >= DEPARTMENT_MIN_NAME_LENGTH && name.length - end >= DEPARTMENT_MIN_NAME_LENGTH) {
        out.push(name.slice(start, end));
        start = end;
        i = end - 1;
      }
      break;
    }
  }
  out.push(name.slice(start));
  return out;
}

/** `（医政医管科牵头，疾控科、基层科配合）`: units named before the word of their role. */
const TRAILING_ROLES = /[(（]([^()（）]{2,60}?)(?:牵头|负责)(?:[,，;；、]\s*([^()（）]{2,60}?)(?:配合|参与|协助|协办))?[)）]/g;

function readTrailingRoles(text: string, out: DeclaredDepartments): void {
  for (const m of text.matchAll(TRAILING_ROLES)) {
    for (const name of splitNames(m[1]!)) if (!out.lead.includes(name)) out.lead.push(name);
    if (m[2]) for (const name of splitNames(m[2])) if (!out.support.includes(name)) out.support.push(name);
  }
}
