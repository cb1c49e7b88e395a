import { BULLET } from '../vocab/numbering.js';

const TRAILING = /[,，;；:：、\s]+$/;
const DEPARTMENT_OPENING = /[(（]?牵?头(科室|单位|部门)/;

/**
 * The first clause of a paragraph: up to the first `。`, or the first space
 * outside quotes where a page blob runs a heading into its body.
 */
export function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '《') depth++;
    else if ((c === '”' || c === '》') && depth > 0) depth--;
    else if (c === '。') return text.slice(0, i);
    else if ((c === ' ' || c === '\n') && depth === 0 && i >= 2) return text.slice(0, i);
  }
  return text;
}

export function taskTitle(text: string): string {
  let title = firstClause(text.replace(BULLET, ''));
  const dept = DEPARTMENT_OPENING.exec(title);
  if (dept && dept.index > 0) title = title.slice(0, dept.index);
  return title.replace(TRAILING, '');
}

export function headingTitle(text: string): string {
  return firstClause(text).replace(TRAILING, '');
}
