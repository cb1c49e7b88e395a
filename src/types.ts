/** Offsets into `Source.text` (UTF-16 code units, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Comparator = '>=' | '>' | '<=' | '<' | '=';
export type DocumentKind = 'plan' | 'summary';
export type TargetKind = 'target' | 'achievement';
export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  readonly severity: Severity;
  readonly rule: string;
  readonly reason: string;
  readonly span?: Span;
}

export type SourceFormat = 'text' | 'docx' | 'html' | 'pdf' | 'image';

export interface Source {
  readonly file: string;
  readonly format: SourceFormat;
  readonly encoding: string;
  readonly text: string;
  /** Present when the text was read by OCR (a scanned PDF, an image): its lines with their confidence. */
  readonly ocr?: OcrReport;
}

/** A line as OCR read it, with where it stands in `Source.text`. */
export interface OcrLine {
  readonly page: number;
  readonly text: string;
  /** The mean of its characters' probabilities, 0–1. */
  readonly confidence: number;
  /** Its least certain character's probability. */
  readonly lowest: number;
  readonly span: Span;
  /** One probability a character of `text`. Not printed. */
  readonly probs: readonly number[];
}

export interface OcrReport {
  readonly engine: string;
  readonly pages: number;
  readonly seconds: number;
  readonly lines: readonly OcrLine[];
}

export interface Normalized {
  readonly source: Source;
  /** Cleaned text: chrome removed, widths folded, broken lines rejoined, one paragraph a line. */
  readonly text: string;
  /** Maps an offset of `text` to an offset of `source.text`. */
  toSource(offset: number): number;
  /** Lines removed as web-page or document-site chrome, with their source spans. */
  readonly removed: readonly Span[];
  /** OCR'd text only: characters read for digits and put back (`O` → `0` in `1O0%`), with their source spans. */
  readonly repairs?: readonly { readonly span: Span; readonly from: string; readonly to: string }[];
  /**
   * A text in Traditional characters only: the source folded to Simplified one character for one, as it
   * is read; titles and names are quoted from the source at the same offsets.
   */
  readonly simplified?: string;
}

export interface DocumentMeta {
  readonly title: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly kind: DocumentKind;
}

export interface Section {
  readonly ordinal: number;
  readonly number: string;
  readonly title: string;
  readonly span: Span;
}

export interface TaskDraft {
  readonly ordinal: number;
  readonly number: string;
  /** Ordinal of the section that holds the task, or null before any section. */
  readonly section: number | null;
  readonly title: string;
  readonly text: string;
  /** Where `text` starts in the normalized text. */
  readonly offset: number;
  readonly span: Span;
  /** What the figures of its part state: a summary's results, or targets (a plan, a summary's look ahead). */
  readonly kind: TargetKind;
  /** The year its part's work falls in (a summary's look ahead: the next), which its deadlines are read against. */
  readonly year: number | null;
  /**
   * The unit lines (`牵头单位：…` / `配合单位：…`) under the heading that holds the task, before its
   * items: the units of every item there that names none of its own.
   */
  readonly headingUnits?: { readonly text: string; readonly span: Span };
}

/** A paragraph that belongs to no task: a summary's opening overview, an intro under a part heading. */
export interface LooseParagraph {
  readonly text: string;
  /** Offset in the normalized text. */
  readonly offset: number;
  readonly kind: TargetKind;
  /** The year its part's work falls in, as for a task. */
  readonly year: number | null;
}

export interface Outline {
  readonly meta: DocumentMeta;
  readonly sections: readonly Section[];
  readonly tasks: readonly TaskDraft[];
  readonly messages: readonly Message[];
  readonly overview: readonly LooseParagraph[];
}

/**
 * How precise a resolved deadline is: `date` (`10月15日前`), `month` (`6月底前`),
 * `quarter` (`三季度`), `half` (`上半年`), `year` (`年内`, `2025年底前`): `due` is
 * the last day of that period; `ongoing` (`长期坚持`) and `unknown` (words no
 * form resolves, or a relative deadline in a document without a year) have no date.
 */
export type DueKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'ongoing' | 'unknown';

/** A deadline's words with the date they resolve to against the document's year. */
export interface ResolvedDeadline {
  readonly text: string;
  /** ISO `YYYY-MM-DD`, the last day of the period; null for `ongoing` and `unknown`. */
  readonly due: string | null;
  readonly dueKind: DueKind;
}

export interface Target {
  readonly kind: TargetKind;
  readonly text: string;
  readonly metric: string;
  readonly comparator: Comparator;
  /** Magnitude applied; null when the figure is redacted (`xx%`). */
  readonly value: number | null;
  /** The upper bound of a range (`85%—90%`): `value` is the lower one. Printed as `value_max`. */
  readonly valueMax?: number | null;
  readonly unit: string;
  readonly deadline: string | null;
  /** `deadline` resolved (see `ResolvedDeadline`); both null when it has none. */
  readonly due: string | null;
  readonly dueKind: DueKind | null;
  readonly redacted?: true;
  readonly span: Span;
  /** Id of the recogniser rule that found it. */
  readonly rule: string;
}

export interface SuggestedDepartment {
  readonly name: string;
  readonly rule: string;
}

export interface Departments {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  /** Inferred from themes and keywords, never from the document; declared ones win. */
  readonly suggested: readonly SuggestedDepartment[];
}

export interface Task {
  readonly ordinal: number;
  readonly number: string;
  readonly section: number | null;
  readonly title: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly departments: Departments;
  readonly deadlines: readonly string[];
  /** `deadlines` resolved, in the same order. */
  readonly resolvedDeadlines: readonly ResolvedDeadline[];
  /**
   * The earliest dated deadline; with none dated, `ongoing` if one is, else
   * `unknown`; both null for a task without deadlines.
   */
  readonly due: string | null;
  readonly dueKind: DueKind | null;
  readonly targets: readonly Target[];
  readonly span: Span;
  /**
   * What its part of the document states: results (`achievement`: a summary, a plan's look back)
   * or aims (`target`: a plan, a summary's look ahead). Not printed in the JSON; `track` reads it.
   */
  readonly kind: TargetKind;
}

export interface Document {
  readonly file: string;
  readonly title: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly kind: DocumentKind;
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  /** Figures that stand outside every task: a summary's headline figures, a line under a part heading. */
  readonly overview: readonly Target[];
  readonly messages: readonly Message[];
  /** Present when the text was read by OCR; spans point into the OCR'd text. */
  readonly ocr?: OcrReport;
}

/** An expected failure with a message worded for the user; `file` is named first when shown. */
export class PlansError extends Error {
  constructor(
    readonly kind: 'input' | 'usage' | 'output',
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'PlansError';
  }
}
