import type { ChalkInstance } from 'chalk';
import { importExternal } from '../external.js';

/** Colours for the terminal views; none unless asked for (a terminal without NO_COLOR). */
export async function terminalStyle(color: boolean): Promise<ChalkInstance> {
  const { Chalk } = await importExternal<typeof import('chalk')>('chalk');
  return new Chalk({ level: color ? 1 : 0 });
}
