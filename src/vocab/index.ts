import { CHROME } from './chrome.js';
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS, DELIVERY_VERBS, RANGE_SEPARATORS } from './comparators.js';
import { DEADLINE_PATTERNS, DUE_FORMS, ONGOING_WORDS } from './deadlines.js';
import { DEFAULT_DEPARTMENT_MAP, DEPARTMENT_MARKERS, type DepartmentRule } from './departments.js';
import { NOT_TARGET_RULES } from './not-targets.js';
import { NUMBERING_PATTERNS } from './numbering.js';
import { THEMES } from './themes.js';
import { UNITS, COUNT_CLASSIFIERS } from './units.js';

/** Everything the pipeline knows about the language of plans; stages take it as an argument. */
export interface Vocabulary {
  readonly chrome: typeof CHROME;
  readonly numbering: typeof NUMBERING_PATTERNS;
  readonly units: typeof UNITS;
  readonly countClassifiers: typeof COUNT_CLASSIFIERS;
  readonly prefixComparators: typeof PREFIX_COMPARATORS;
  readonly suffixComparators: typeof SUFFIX_COMPARATORS;
  readonly deliveryVerbs: typeof DELIVERY_VERBS;
  readonly rangeSeparators: typeof RANGE_SEPARATORS;
  readonly notTargets: typeof NOT_TARGET_RULES;
  readonly deadlines: typeof DEADLINE_PATTERNS;
  /** Ongoing work where a date would stand: `长期坚持`, `持续推进`. */
  readonly ongoingWords: typeof ONGOING_WORDS;
  /** How deadlines resolve to dates: `6月底前` → the month's last day. */
  readonly dueForms: typeof DUE_FORMS;
  readonly departmentMarkers: typeof DEPARTMENT_MARKERS;
  readonly departmentMap: readonly DepartmentRule[];
  readonly themes: typeof THEMES;
}

export const defaultVocabulary: Vocabulary = {
  chrome: CHROME,
  numbering: NUMBERING_PATTERNS,
  units: UNITS,
  countClassifiers: COUNT_CLASSIFIERS,
  prefixComparators: PREFIX_COMPARATORS,
  suffixComparators: SUFFIX_COMPARATORS,
  deliveryVerbs: DELIVERY_VERBS,
  rangeSeparators: RANGE_SEPARATORS,
  notTargets: NOT_TARGET_RULES,
  deadlines: DEADLINE_PATTERNS,
  ongoingWords: ONGOING_WORDS,
  dueForms: DUE_FORMS,
  departmentMarkers: DEPARTMENT_MARKERS,
  departmentMap: DEFAULT_DEPARTMENT_MAP,
  themes: THEMES,
};

export type { DepartmentRule };
