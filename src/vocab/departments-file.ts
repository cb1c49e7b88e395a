import { PlansError } from '../types.js';
import type { DepartmentRule } from './departments.js';

/**
 * Reads a user's department map (`--departments FILE.json`), in either shape:
 * `[{ "name": "医政科", "themes": ["医疗服务"], "keywords": ["医疗质量"] }]` or
 * `{ "医政科": ["医疗质量", "临床"] }` (keywords only) or `{ "医政科": { "themes": [], "keywords": [] } }`.
 */
export function parseDepartmentMap(text: string, file: string): DepartmentRule[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new PlansError('input', `is not valid JSON (${(e as Error).message})`, file);
  }
  const entries: [string, unknown][] = Array.isArray(data)
    ? data.map((d, i) => [typeof d === 'object' && d && 'name' in d ? String((d as { name: unknown }).name) : `#${i + 1}`, d])
    : data && typeof data === 'object'
      ? Object.entries(data)
      : [];
  if (entries.length === 0) {
    throw new PlansError('input', 'holds no departments; give an object {"科室": ["关键词", …]} or a list of {"name", "themes", "keywords"}', file);
  }
  return entries.map(([name, value]) => {
    const spec = Array.isArray(value) ? { keywords: value } : (value as { themes?: unknown; keywords?: unknown }) ?? {};
    const themes = strings(spec.themes);
    const keywords = strings(spec.keywords);
    if (!name || name.startsWith('#') || (themes === null && keywords === null) || (!themes?.length && !keywords?.length)) {
      throw new PlansError('input', `department ${JSON.stringify(name)} needs a name and a list of themes or keywords`, file);
    }
    return { name, themes: themes ?? [], keywords: keywords ?? [] };
  });
}

function strings(value: unknown): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
  return value as string[];
}
