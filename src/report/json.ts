import type { Document, Target } from '../types.js';
import type { StreamedFormat } from './streamed.js';

/** The spec's JSON shape: one object for one document, an array for several. */
export function toJsonValue(doc: Document): unknown {
  return {
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
          source: 'ocr',
          ocr: {
            engine: doc.ocr.engine,
            pages: doc.ocr.pages,
            seconds: Number(doc.ocr.seconds.toFixed(1)),
            lines: doc.ocr.lines.map((l) => ({ page: l.page, text: l.text, confidence: round3(l.confidence), lowest: round3(l.lowest), span: l.span })),
          },
        }
      : {}),
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function targetJson(x: Target): unknown {
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
