import { createHash } from 'node:crypto';
import type { DueItem, DueList } from './due.js';
import { leadText } from './due.js';
import { LABELS } from './labels.js';

/**
 * The follow-up list as an iCalendar file (RFC 5545) that Outlook, WPS and
 * phone calendars import: one all-day event per task on its due date, the task
 * title as its summary, lead and support units, deadline and targets in its
 * description. Each event's UID comes from the document and the task, so a
 * second import of the same plan updates the events instead of adding copies.
 * Tasks without a date (长期持续, 时限未明) have no event.
 *
 * Written here rather than with a library: `ics` folds lines at 75 characters,
 * not octets (a line of Chinese would be 225 octets), and ical-generator's
 * current major needs Node 22.
 */
export function renderIcs(list: DueList, options: { readonly name: string; readonly now?: Date }): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//plans//plans due//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const x of list.items) {
    if (!x.due) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(x)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(x.due)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(x.due))}`,
      `SUMMARY:${escapeText(x.title)}`,
      `DESCRIPTION:${escapeText(description(x))}`,
      // The declared lead units, to filter a calendar by; a suggestion is only in the description.
      ...(x.lead.length ? [`CATEGORIES:${x.lead.map(escapeText).join(',')}`] : []),
      // A deadline does not make anyone busy that day.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}

/** Stable across runs: the document (region, year, title, or the file's name without one) and the task's place in it. */
export function eventUid(x: DueItem): string {
  const document = [x.region ?? '', x.year ?? '', x.document ?? x.file.replace(/^.*[\\/]/, '')].join('\u001f');
  const hash = createHash('sha256').update(`${document}\u001e${x.ordinal}\u001f${x.number}`).digest('hex');
  return `${hash.slice(0, 32)}@plans`;
}

function description(x: DueItem): string {
  const parts = [`${LABELS.lead}：${leadText(x) || LABELS.unassigned}`];
  if (x.support.length) parts.push(`${LABELS.support}：${x.support.join('、')}`);
  parts.push(`${LABELS.deadline}：${x.deadline}（${x.due}）`);
  if (x.targets.length) parts.push(`${LABELS.targets}：`, ...x.targets.map((t) => `• ${t}`));
  parts.push(`${LABELS.from}：${x.document ?? x.file}，${LABELS.ordinal} ${x.number}`);
  return parts.join('\n');
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line with CRLF, folded so that no line is longer than 75 octets
 * (RFC 5545 §3.1): a fold is CRLF and a space, and never splits a character's
 * UTF-8 bytes.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line + '\r\n';
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      // The space that starts a continuation line counts.
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out + '\r\n';
}

function compact(iso: string): string {
  return iso.replace(/-/g, '');
}

/** An all-day event ends (exclusive) the next day. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
