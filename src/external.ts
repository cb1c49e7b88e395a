/**
 * Loads a heavy or ES-module-only dependency (exceljs, mammoth, pdf.js, chalk)
 * when a command first needs it. bin/plans.js runs the bundle as a vm script,
 * for its code cache, and there Node 20 has no import(): it hands in its own
 * as `__plansImport`. Anywhere else (tests, the ES modules tsc writes) the
 * module's own import() is used.
 */
declare const __plansImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importExternal<T>(specifier: string): Promise<T> {
  return (typeof __plansImport === 'function' ? __plansImport(specifier) : import(specifier)) as Promise<T>;
}
