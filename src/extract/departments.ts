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
    while (end < limit) {
      // `责任科室：医政科（牵头）、疾控科`: a role in brackets inside the list does not end it.
      const role = ROLE_NOTE.exec(text.slice(end, end + 6));
      if (role) end += role[0].length;
      else if (LIST_END.test(text[end]!)) break;
      else end++;
    }
    // `（牵头科室：妇幼健康科，6月底前完成）`: a deadline ends the list of units.
    const list = cutAtDeadline(text.slice(h.listStart, end), vocab);
    for (const { name, role } of splitRoles(list, h.role)) {
      const target = out[role];
      if (!target.includes(name)) target.push(name);
    }
  }
  return out;
}

/** A unit's role noted after its name: `医政科（牵头）`. */
const ROLE_NOTE = /^[(（](牵头|主责|负责|配合|参与|协助|协办)[)）]/;
const LEAD_NOTE = /^(牵头|主责|负责)$/;

/**
 * The units of a list with their roles. Where one is noted as leading
 * (`医政科（牵头）、疾控科`), the others of the list support it.
 */
function splitRoles(list: string, listRole: 'lead' | 'support'): { name: string; role: 'lead' | 'support' }[] {
  const noted = /[(（](牵头|主责|负责)[)）]/.test(list);
  const out: { name: string; role: 'lead' | 'support' }[] = [];
  for (const part of list.split(DEPARTMENT_SEPARATORS)) {
    const note = /[(（]([^()（）]{2})[)）]$/.exec(part);
    const names = splitNames(note ? part.slice(0, note.index) : part);
    const role = note && ROLE_NOTE.test(note[0]) ? (LEAD_NOTE.test(note[1]!) ? 'lead' : 'support') : noted ? 'support' : listRole;
    for (const name of names) out.push({ name, role });
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

/** `由医政科牵头，疾控科、基层科配合`: the same in prose, without brackets. */
const PROSE_ROLES = /由([^()（）,，。；;]{2,40}?)(?:牵头|负责)(?:[^,，。；;]{0,6}[,，;；、]\s*([^()（）,，。；;]{2,40}?)(?:配合|参与|协助|协办))?/g;

function readTrailingRoles(text: string, out: DeclaredDepartments): void {
  for (const m of [...text.matchAll(TRAILING_ROLES), ...text.matchAll(PROSE_ROLES)]) {
    for (const name of splitNames(m[1]!)) if (!out.lead.includes(name)) out.lead.push(name);
    if (m[2]) for (const name of splitNames(m[2])) if (!out.support.includes(name)) out.support.push(name);
  }
}
