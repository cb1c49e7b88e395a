import { spanToSource } from '../normalize/index.js';
import type { Message, Normalized, Outline, Section, TaskDraft } from '../types.js';
import type { Vocabulary } from '../vocab/index.js';
import { type Marker, type Paragraph, recognizeMarker, splitParagraphs } from './markers.js';
import { readMetadata } from './metadata.js';
import { formatNumber, resolveSequence } from './sequence.js';
import { headingTitle, taskTitle } from './titles.js';

type Role = 'section' | 'subsection' | 'task' | 'other';

interface Item {
  readonly paragraph: Paragraph;
  readonly role: Role;
  readonly marker: Marker | null;
}

/** The opening statement of aims (总体思路/总体要求) is not a task. */
const PREAMBLE = /(总体思路|总体要求|指导思想|工作思路|总体目标)/;
const UNNUMBERED_HEADING = /^[^。，,；;：:！？!?\s()（）]{4,30}$/;

/**
 * Finds the outline: metadata, sections and tasks. Markers are recognised per
 * paragraph; the two highest numbering levels present become sections and
 * tasks; damaged numbers are resolved from their sequence.
 */
export function segment(normalized: Normalized, vocab: Vocabulary): Outline {
  const paragraphs = splitParagraphs(normalized.text);
  const meta = readMetadata(paragraphs.map((p) => p.text), normalized.source.text, normalized.source.file);
  const markers = paragraphs.map((p) => recognizeMarker(p, vocab.numbering));
  const { sectionRank, taskRank, subsectionRank } = chooseLevels(markers, paragraphs);
  const messages: Message[] = [];
  const span = (start: number, end: number) => spanToSource(normalized, start, end);

  const bodyStart = markers.findIndex((m) => m !== null && (m.rank === sectionRank || m.rank === taskRank));
  const items: Item[] = [];
  if (bodyStart >= 0) {
    for (let i = bodyStart; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      const m = markers[i] ?? null;
      let role: Role = m?.rank === sectionRank ? 'section' : m?.rank === taskRank ? 'task' : m && m.rank === subsectionRank ? 'subsection' : 'other';
      if (role === 'other' && sectionRank !== null && taskRank !== null && !m && UNNUMBERED_HEADING.test(p.text)) {
        const next = markers[i + 1];
        const prevItem = items[items.length - 1];
        if (next?.rank === taskRank && prevItem && prevItem.role !== 'section') role = 'section';
      }
      items.push({ paragraph: p, role, marker: role === 'other' ? null : m });
    }
  } else {
    // No numbering at all: every prose paragraph after the title is a task.
    for (const p of paragraphs.slice(1)) {
      if (isProse(p.text) && !PREAMBLE.test(p.text.slice(0, 40))) items.push({ paragraph: p, role: 'task', marker: null });
    }
  }

  const sectionItems = items.filter((it) => it.role === 'section');
  const sectionNumbers = resolveSequence(sectionItems.map((it) => it.marker ?? lostMarker(sectionRank)));
  const sections: Section[] = [];
  sectionItems.forEach((it, k) => {
    const resolved = sectionNumbers[k]!;
    const p = it.paragraph;
    const start = p.offset + (it.marker?.length ?? 0);
    if (resolved.repaired || !it.marker) {
      messages.push({ severity: 'warning', rule: 'section-number-repaired', reason: `section number read as ${resolved.number}`, span: span(p.offset, p.offset + p.text.length) });
    }
    sections.push({
      ordinal: k + 1,
      number: resolved.number,
      title: headingTitle(normalized.text.slice(start, p.offset + p.text.length)),
      span: span(p.offset, p.offset + p.text.length),
    });
  });

  // Group the other items under tasks. A section without numbered tasks makes each paragraph a task.
  interface Draft { first: Item; rest: Item[]; section: number | null; numbered: boolean }
  const drafts: Draft[] = [];
  let sectionOrdinal: number | null = null;
  let sectionHasTasks = false;
  const sectionIndex = new Map(sectionItems.map((it, k) => [it, k]));
  const preambleSections = new Set(sections.filter((s) => PREAMBLE.test(s.title) && s.title.length <= 12).map((s) => s.ordinal));
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.role === 'section') {
      sectionOrdinal = sectionIndex.get(it)! + 1;
      sectionHasTasks = false;
      for (let j = i + 1; j < items.length && items[j]!.role !== 'section'; j++) {
        if (items[j]!.role === 'task') sectionHasTasks = true;
      }
      continue;
    }
    const current = drafts[drafts.length - 1];
    if (it.role === 'subsection') continue;
    if (it.role === 'task') {
      drafts.push({ first: it, rest: [], section: sectionOrdinal, numbered: it.marker !== null });
    } else if (!sectionHasTasks && (sectionOrdinal !== null || taskRank === null)) {
      // A section of aims (总体要求) is preamble; a signature or a date under the last section is not a task.
      if (!(sectionOrdinal !== null && preambleSections.has(sectionOrdinal)) && isProse(it.paragraph.text)) drafts.push({ first: it, rest: [], section: sectionOrdinal, numbered: false });
    } else if (current && current.section === sectionOrdinal) {
      current.rest.push(it);
    }
  }

  const numberedDrafts = drafts.filter((d) => d.numbered);
  const taskNumbers = resolveSequence(numberedDrafts.map((d) => d.first.marker!));
  const numberedIndex = new Map(numberedDrafts.map((d, i) => [d, i]));
  const tasks: TaskDraft[] = drafts.map((d, k) => {
    const p = d.first.paragraph;
    const last = d.rest[d.rest.length - 1]?.paragraph ?? p;
    const textStart = p.offset + (d.first.marker?.length ?? 0);
    const end = last.offset + last.text.length;
    const text = normalized.text.slice(textStart, end);
    let number = '';
    const idx = numberedIndex.get(d) ?? -1;
    if (idx >= 0) {
      const resolved = taskNumbers[idx]!;
      number = resolved.number;
      if (resolved.repaired) {
        messages.push({ severity: 'warning', rule: 'task-number-repaired', reason: `task number read as ${number}`, span: span(p.offset, p.offset + Math.min(p.text.length, 20)) });
      }
    }
    return { ordinal: k + 1, number, section: d.section, title: taskTitle(text), text, offset: textStart, span: span(p.offset, end) };
  });
  if (tasks.length === 0) {
    messages.push({ severity: 'warning', rule: 'no-tasks', reason: 'no numbered tasks or task paragraphs were recognised; is this a work plan?' });
  }
  return { meta, sections, tasks, messages };
}

function lostMarker(rank: number | null): Marker {
  return { paragraph: -1, style: rank === 0 ? 'part' : 'cn-dun', rank: rank ?? 1, numeral: '', value: null, damaged: true, length: 0 };
}

/**
 * The two highest levels present are sections and tasks. Where the second level
 * is only headings (`（一）思想建设`) over numbered paragraphs, those paragraphs are
 * the tasks. A single level is sections when its items are headings, tasks when
 * they carry their own text (`一、加强党的建设。全面落实…`).
 */
function chooseLevels(
  markers: readonly (Marker | null)[],
  paragraphs: readonly Paragraph[],
): { sectionRank: number | null; taskRank: number | null; subsectionRank: number | null } {
  const counts = new Map<number, number>();
  const headings = new Map<number, number>();
  markers.forEach((m, i) => {
    if (!m) return;
    counts.set(m.rank, (counts.get(m.rank) ?? 0) + 1);
    const body = paragraphs[i]!.text.slice(m.length);
    if (isHeadingText(body)) headings.set(m.rank, (headings.get(m.rank) ?? 0) + 1);
  });
  const headingShare = (rank: number) => (headings.get(rank) ?? 0) / (counts.get(rank) ?? 1);
  const ranks = [...counts.keys()].sort((a, b) => a - b);
  if (ranks.length >= 3 && headingShare(ranks[1]!) >= 0.7 && headingShare(ranks[2]!) < 0.5) {
    return { sectionRank: ranks[0]!, taskRank: ranks[2]!, subsectionRank: ranks[1]! };
  }
  if (ranks.length >= 2) return { sectionRank: ranks[0]!, taskRank: ranks[1]!, subsectionRank: null };
  if (ranks.length === 1) {
    const only = ranks[0]!;
    return only <= 3 && headingShare(only) >= 0.5
      ? { sectionRank: only, taskRank: null, subsectionRank: null }
      : { sectionRank: null, taskRank: only, subsectionRank: null };
  }
  return { sectionRank: null, taskRank: null, subsectionRank: null };
}

/** A paragraph of prose, not a heading, a signature or a date. */
function isProse(text: string): boolean {
  return text.length >= 8 && /[。，,；;]/.test(text);
}

/**
 * A heading: a short phrase without a full stop (`（一）思想建设`). An item that
 * ends in `。` is a task, however short (`1.加强疾控体系建设。`), and the points
 * numbered under it are part of its text.
 */
function isHeadingText(text: string): boolean {
  return text.length <= 40 && !text.includes('。');
}

export { formatNumber };
