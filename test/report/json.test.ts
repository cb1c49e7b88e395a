import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { jsonWriter, renderJson, renderJsonLine, toJsonValue } from '../../src/report/json.js';
import { ROOT } from '../helpers/index.js';

const docs = ['samples/2022-示例市-plan.txt', 'samples/2023-示例市-plan.txt'].map((f) => extractText(readFileSync(join(ROOT, f), 'utf8'), f));

describe('json written document by document', () => {
  it('prints a batch exactly as JSON.stringify would print the whole array', () => {
    expect(renderJson(docs)).toBe(JSON.stringify(docs.map(toJsonValue), null, 2) + '\n');
  });

  it('prints one document as an object, and an empty batch as an empty array', () => {
    expect(renderJson(docs.slice(0, 1))).toBe(JSON.stringify(toJsonValue(docs[0]!), null, 2) + '\n');
    const empty = jsonWriter(true);
    expect(JSON.parse(empty.head() + empty.tail())).toEqual([]);
  });

  it('prints jsonl as one parseable line per document', () => {
    const line = renderJsonLine(docs[1]!);
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual(toJsonValue(docs[1]!));
  });
});
