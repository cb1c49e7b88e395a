import { extractFile } from '../index.js';
import { renderJson } from '../report/json.js';

export async function main(argv: string[]): Promise<number> {
  const files = argv.slice(3).filter((a) => !a.startsWith('--') && a !== 'json');
  const docs = [];
  for (const f of files) docs.push(await extractFile(f));
  process.stdout.write(renderJson(docs));
  return 0;
}
