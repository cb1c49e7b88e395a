/**
 * The output contract: the JSON that `plans` writes, as TypeScript types. The
 * same shapes are written as JSON Schema in `schema/` (tests validate every
 * output against them), and every change a user could depend on bumps
 * `SCHEMA_VERSION` and gets an entry in CHANGELOG.md.
 */
import type { Comparator, DocumentKind, DueKind, Severity, Span, TargetKind } from '../types.js';

/** The version of the output contract, written as `schemaVersion` in every JSON output. */
export const SCHEMA_VERSION = '0.2.0';

/** A figure as written in JSON: the same object in a document and in a comparison. */
export interface TargetJson {
  readonly kind: TargetKind;
  readonly text: string;
  readonly metric: string;
  readonly comparator: Comparator;
  readonly value: number | null;
  /** Only for a range (`85%—90%`). */
  readonly value_max?: number | null;
  readonly unit: string;
  readonly deadline: string | null;
  /** `deadline` as a date (ISO, the last day of the period it names), and how precise; both null without a deadline. */
  readonly due: string | null;
  readonly dueKind: DueKind | null;
  /** Only for a redacted figure (`xx%`), whose `value` is null. */
  readonly redacted?: true;
  readonly span: Span;
}

export interface SectionJson {
  readonly ordinal: number;
  readonly number: string;
  readonly title: string;
  readonly span: Span;
}

export interface DepartmentsJson {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly suggested: readonly { readonly name: string; readonly rule: string }[];
}

export interface TaskJson {
  readonly ordinal: number;
  readonly number: string;
  readonly section: number | null;
  readonly title: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly departments: DepartmentsJson;
  readonly deadlines: readonly string[];
  /** The task's earliest deadline as a date; both null for a task without deadlines. */
  readonly due: string | null;
  readonly dueKind: DueKind | null;
  /** `deadlines` as dates, in the same order. */
  readonly resolvedDeadlines: readonly { readonly text: string; readonly due: string | null; readonly dueKind: DueKind }[];
  readonly targets: readonly TargetJson[];
  readonly span: Span;
}

export interface MessageJson {
  readonly severity: Severity;
  readonly rule: string;
  readonly reason: string;
  readonly span?: Span;
}

/** One document: `plans extract FILE --format json`, each element of a batch's array, each line of jsonl. */
export interface DocumentJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly file: string;
  readonly title: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly kind: DocumentKind;
  readonly sections: readonly SectionJson[];
  readonly tasks: readonly TaskJson[];
  readonly overview: readonly TargetJson[];
  readonly messages: readonly MessageJson[];
  /** Only for a document read by OCR (a scanned PDF, an image): where its text came from. */
  readonly source?: 'ocr';
  readonly ocr?: OcrJson;
}

/** What OCR read: each line of the text with the model's confidence, so that a doubtful figure can be found. */
export interface OcrJson {
  readonly engine: string;
  readonly pages: number;
  readonly seconds: number;
  readonly lines: readonly {
    readonly page: number;
    readonly text: string;
    /** The mean of the line's characters' probabilities, 0–1. */
    readonly confidence: number;
    /** Its least certain character's probability, 0–1. */
    readonly lowest: number;
    readonly span: Span;
  }[];
}

/** A side of a comparison: which document it is. */
export interface DocumentRefJson {
  readonly file: string;
  readonly title: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly kind: DocumentKind;
}

/** A task named in a comparison. */
export interface TaskRefJson {
  readonly ordinal: number;
  readonly number: string;
  readonly title: string;
}

export interface TargetChangeJson {
  readonly verdict: 'raised' | 'lowered' | 'unchanged' | 'added' | 'removed';
  readonly old: TargetJson | null;
  readonly new: TargetJson | null;
  readonly oldTask: TaskRefJson | null;
  readonly newTask: TaskRefJson | null;
  readonly change: number | null;
  readonly stricter: boolean | null;
  readonly score: number | null;
}

export interface TaskPairJson {
  readonly verdict: 'continued' | 'added' | 'removed';
  readonly old: TaskRefJson | null;
  readonly new: TaskRefJson | null;
  readonly score: number | null;
}

export interface SectionPairJson {
  readonly old: string | null;
  readonly new: string | null;
  readonly score: number | null;
  readonly renamed: boolean;
  readonly moved: boolean;
}

export interface ThemeCountJson {
  readonly theme: string;
  readonly old: number;
  readonly new: number;
  readonly change: number;
}

/** `plans compare A B --format json`. */
export interface CompareJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly old: DocumentRefJson;
  readonly new: DocumentRefJson;
  readonly summary: {
    readonly continued: number;
    readonly added: number;
    readonly removed: number;
    readonly raised: number;
    readonly lowered: number;
    readonly unchanged: number;
    readonly targetsAdded: number;
    readonly targetsRemoved: number;
  };
  readonly targets: readonly TargetChangeJson[];
  readonly tasks: readonly TaskPairJson[];
  readonly sections: readonly SectionPairJson[];
  readonly themes: readonly ThemeCountJson[];
}

/** One row of `plans list --format json`. */
export interface ListEntryJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly file: string;
  readonly year: number | null;
  readonly region: string | null;
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly tasks: number;
  readonly targets: number;
}

/** One task of `plans due --format json`. */
export interface DueTaskJson {
  readonly file: string;
  readonly document: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly ordinal: number;
  readonly number: string;
  readonly title: string;
  readonly lead: readonly string[];
  readonly suggestedLead: string | null;
  readonly support: readonly string[];
  readonly deadline: string;
  readonly due: string | null;
  readonly dueKind: DueKind;
  readonly month: string | null;
  readonly overdue: boolean;
}

/** `plans due FILE… --format json`. */
export interface DueJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly asOf: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly tasks: readonly DueTaskJson[];
  readonly undated: number;
}
