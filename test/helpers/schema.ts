import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { ROOT } from './index.js';

export const SCHEMA_DIR = join(ROOT, 'schema');
export const SCHEMA_BASE = 'https://plans.invalid/schema/';

/** Every file of schema/, parsed, by file name. */
export const schemaFiles: ReadonlyMap<string, Record<string, unknown>> = new Map(
  readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Record<string, unknown>]),
);

/** ajv in strict mode, with every schema file added: a reference between files resolves as it would for a user. */
export const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
for (const schema of schemaFiles.values()) ajv.addSchema(schema);

const compiled = new Map<string, ValidateFunction>();

/** The validator of one schema file (`document.schema.json`) or an entry of the index (`plans.schema.json#/$defs/compare`). */
export function validator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = ajv.getSchema(SCHEMA_BASE + name);
    if (!v) throw new Error(`no schema ${name}`);
    compiled.set(name, v);
  }
  return v;
}

/** The errors of `data` against a schema, readable in a test's failure: none when it is valid. */
export function schemaErrors(name: string, data: unknown): string[] {
  const v = validator(name);
  return v(data) ? [] : (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
