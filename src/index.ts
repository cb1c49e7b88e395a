import { classify } from './classify/index.js';
import { extractOverview, extractTask } from './extract/index.js';
import { ocrMessages, repairMessages } from './extract/ocr.js';
import { normalize } from './normalize/index.js';
import { read, type ReadOptions } from './read/index.js';
import { segment } from './segment/index.js';
import type { Document, Source } from './types.js';
import { defaultVocabulary, type Vocabulary } from './vocab/index.js';

/** Runs the pipeline on text already read: normalize → segment → extract → classify. */
export function extractDocument(source: Source, vocab: Vocabulary = defaultVocabulary): Document {
  const normalized = normalize(source, vocab);
  const outline = segment(normalized, vocab);
  const tasks = outline.tasks.map((draft) => {
    const task = extractTask(draft, normalized, outline.meta, outline.sections, vocab);
    const sectionTitle = draft.section ? outline.sections[draft.section - 1]?.title : undefined;
    return classify(task, sectionTitle, vocab);
  });
  const overview = extractOverview(outline.overview, normalized, vocab);
  const doc: Document = {
    file: source.file,
    title: outline.meta.title,
    year: outline.meta.year,
    region: outline.meta.region,
    kind: outline.meta.kind,
    sections: outline.sections,
    tasks,
    overview,
    messages: outline.messages,
  };
  if (!source.ocr) return normalized.repairs?.length ? { ...doc, messages: [...doc.messages, ...repairMessages(normalized.repairs)] } : doc;
  return { ...doc, messages: [...doc.messages, ...ocrMessages(source.ocr, tasks, overview, normalized.repairs)], ocr: source.ocr };
}

/** Reads a plan file (or `-` for standard input) and extracts it. */
export async function extractFile(path: string, vocab: Vocabulary = defaultVocabulary, options: ReadOptions = {}): Promise<Document> {
  return extractDocument(await read(path, options), vocab);
}

/** Extracts plan text given as a string, for library use and tests. */
export function extractText(text: string, file = '<text>', vocab: Vocabulary = defaultVocabulary): Document {
  return extractDocument({ file, format: 'text', encoding: 'utf-8', text }, vocab);
}

// The library: what `import … from 'plans'` and `require('plans')` give (see README, "Use from code").
export { defaultVocabulary };
export type { Vocabulary, ReadOptions };
export * from './types.js';
export { compare, DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './compare/index.js';
export type { Comparison, Comparison as CompareResult, SectionPair, TargetChange, TargetVerdict, TaskPair, TaskVerdict, ThemeCount } from './compare/types.js';
/** A document as `plans extract --format json` writes it (schema/document.schema.json). */
export { toJsonValue as toJson, compareToJson } from './report/json.js';
export { SCHEMA_VERSION } from './report/contract.js';
export type * from './report/contract.js';
