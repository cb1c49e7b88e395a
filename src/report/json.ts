import type { Document } from '../types.js';

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
      targets: t.targets.map((x) => ({
        kind: x.kind,
        text: x.text,
        metric: x.metric,
        comparator: x.comparator,
        value: x.value,
        unit: x.unit,
        deadline: x.deadline,
        ...(x.redacted ? { redacted: true } : {}),
        span: x.span,
      })),
      span: t.span,
    })),
    messages: doc.messages,
  };
}

export function renderJson(docs: readonly Document[]): string {
  const value = docs.length === 1 ? toJsonValue(docs[0]!) : docs.map(toJsonValue);
  return JSON.stringify(value, null, 2) + '\n';
}

/** One document per line, for very large batches. */
export function renderJsonLine(doc: Document): string {
  return JSON.stringify(toJsonValue(doc)) + '\n';
}
