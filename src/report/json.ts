import type { Comparison } from '../compare/types.js';
import type { Document, Target, Task } from '../types.js';
import { SCHEMA_VERSION, type CompareJson, type DocumentJson, type DocumentRefJson, type TargetJson, type TaskRefJson } from './contract.js';
import type { StreamedFormat } from './streamed.js';

/** A document as the output contract writes it (schema/document.schema.json): one object for one document, an array for several. */
export function toJsonValue(doc: Document): DocumentJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    file: doc.file,
    title: doc.title,
    year: doc.year,
    region: doc.region,
    kind: doc.kind,
    sections: doc.sections.map((s) => ({ ordinal: s.ordinal, number: s.number, title: s.title, span: s.span })),
    tasks: doc.tasks.map((t) => ({
      ordinal: t.ordinal,
      number: t.number,
      section: t.section,
      title: t.title,
      text: t.text,
      themes: t.themes,
      departments: { lead: t.departments.lead, support: t.departments.support, suggested: t.departments.suggested },
      deadlines: t.deadlines,
      due: t.due,
      dueKind: t.dueKind,
      resolvedDeadlines: t.resolvedDeadlines.map((r) => ({ text: r.text, due: r.due, dueKind: r.dueKind })),
      targets: t.targets.map(targetJson),
      span: t.span,
    })),
    overview: doc.overview.map(targetJson),
    messages: doc.messages,
    // Only for a document read by OCR: where its text came from, and each line with the model's confidence.
    ...(doc.ocr
      ? {
          source: 'ocr' as const,
          ocr: {
            engine: doc.ocr.engine,
            pages: doc.ocr.pages,
            seconds: Math.round(doc.ocr.seconds * 10) / 10,
            lines: doc.ocr.lines.map((l) => ({ page: l.page, text: l.text, confidence: round3(l.confidence), lowest: round3(l.lowest), span: l.span })),
          },
        }
      : {}),
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A target as the output contract writes it, in a document and in a comparison alike. */
export function targetJson(x: Target): TargetJson {
  return {
    kind: x.kind,
    text: x.text,
    metric: x.metric,
    comparator: x.comparator,
    value: x.value,
    ...(x.valueMax !== undefined ? { value_max: x.valueMax } : {}),
    unit: x.unit,
    deadline: x.deadline,
    due: x.due,
    dueKind: x.dueKind,
    ...(x.redacted ? { redacted: true } : {}),
    span: x.span,
  };
}

/** A comparison as the output contract writes it (schema/compare.schema.json): each side's document, and every pair with both sides' figures. */
export function compareToJson(c: Comparison): CompareJson {
  const doc = (d: Document): DocumentRefJson => ({ file: d.file, title: d.title, year: d.year, region: d.region, kind: d.kind });
  const task = (t: Task | null): TaskRefJson | null => (t ? { ordinal: t.ordinal, number: t.number, title: t.title } : null);
  const target = (t: Target | null) => (t ? targetJson(t) : null);
  return {
    schemaVersion: SCHEMA_VERSION,
    old: doc(c.old),
    new: doc(c.new),
    summary: { ...c.summary },
    targets: c.targets.map((x) => ({ verdict: x.verdict, old: target(x.old), new: target(x.new), oldTask: task(x.oldTask), newTask: task(x.newTask), change: x.change, stricter: x.stricter, score: x.score })),
    tasks: c.tasks.map((p) => ({ verdict: p.verdict, old: task(p.old), new: task(p.new), score: p.score })),
    sections: c.sections.map((s) => ({ old: s.old, new: s.new, score: s.score, renamed: s.renamed, moved: s.moved })),
    themes: c.themes.map((t) => ({ theme: t.theme, old: t.old, new: t.new, change: t.change })),
  };
}

export function renderJson(docs: readonly Document[]): string {
  const json = jsonWriter(docs.length > 1);
  return json.head() + docs.map((d) => json.document(d)).join('') + json.tail();
}

/**
 * The JSON written document by document: one object, or for a batch
 * (`multi`) an array, exactly as `JSON.stringify(array, null, 2)` would print it.
 */
export function jsonWriter(multi: boolean): StreamedFormat {
  let first = true;
  return {
    head: () => (multi ? '[\n' : ''),
    document(doc) {
      const text = JSON.stringify(toJsonValue(doc), null, 2);
      if (!multi) return text + '\n';
      const part = (first ? '' : ',\n') + '  ' + text.replace(/\n/g, '\n  ');
      first = false;
      return part;
    },
    tail: () => (multi ? (first ? ']\n' : '\n]\n') : ''),
  };
}

/** One document per line, for very large batches. */
export function renderJsonLine(doc: Document): string {
  return JSON.stringify(toJsonValue(doc)) + '\n';
}

export function jsonlWriter(): StreamedFormat {
  return { head: () => '', document: renderJsonLine, tail: () => '' };
}
