const combined = new WeakMap<readonly RegExp[], readonly RegExp[]>();

/**
 * The patterns joined into one regular expression per set of flags, those
 * anchored at the start apart, so that a line is scanned once, not forty
 * times, and the anchored ones are tried at its start only.
 */
export function anyOf(patterns: readonly RegExp[]): { test(text: string): boolean } {
  let joined = combined.get(patterns);
  if (!joined) {
    const groups = new Map<string, { flags: string; anchored: boolean; sources: string[] }>();
    for (const p of patterns) {
      const flags = p.flags.replace(/[gy]/g, '');
      const anchored = p.source.startsWith('^') && !hasTopLevelAlternation(p.source);
      const key = `${flags}/${anchored}`;
      const group = groups.get(key) ?? { flags, anchored, sources: [] };
      group.sources.push(anchored ? p.source.slice(1) : p.source);
      groups.set(key, group);
    }
    joined = [...groups.values()].map((g) => new RegExp(`${g.anchored ? '^' : ''}(?:${g.sources.map((x) => `(?:${x})`).join('|')})`, g.flags));
    combined.set(patterns, joined);
  }
  const regexes = joined;
  return { test: (text) => regexes.some((re) => re.test(text)) };
}

const multiline = new WeakMap<RegExp, RegExp>();

/**
 * The same test for the lines of one document, where the patterns not anchored at a
 * line's start are first searched in the whole document, line by line (`m`), once:
 * those it does not hold are never tried on a line.
 */
export function anyOfIn(patterns: readonly RegExp[], document: string): { test(text: string): boolean } {
  anyOf(patterns);
  const anchored = combined.get(patterns)!.filter((re) => re.source.startsWith('^'));
  // Each pattern not anchored is looked for in the whole document on its own: a line is then
  // tried against those the document holds, usually none or one, not against all of them.
  const present = patterns.filter((p) => !(p.source.startsWith('^') && !hasTopLevelAlternation(p.source))).filter((p) => {
    let whole = multiline.get(p);
    if (!whole) multiline.set(p, (whole = new RegExp(p.source, p.flags.replace(/[gy]/g, '') + 'm')));
    // A native substring search rules out most documents faster than a pattern that opens with a class (`\d{4}-…发表于`).
    let literal = literals.get(p);
    if (literal === undefined) literals.set(p, (literal = requiredLiteral(p.source)));
    return (literal === '' || document.includes(literal)) && whole.test(document);
  });
  const byFlags = new Map<string, RegExp[]>();
  for (const p of present) {
    const flags = p.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), p]);
  }
  const regexes = [...anchored, ...[...byFlags.values()].map(joinedOf)];
  return { test: (text) => regexes.some((re) => re.test(text)) };
}

const literals = new WeakMap<RegExp, string>();

/**
 * The longest run of Chinese characters that every match of `source` holds, or '' where none is
 * sure: taken only outside groups and classes, from a pattern with no alternation at its top, and
 * never a character that a quantifier may drop or repeat.
 */
export function requiredLiteral(source: string): string {
  if (hasTopLevelAlternation(source)) return '';
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') {
      i++;
      run = '';
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      run = '';
    } else if (c === '(') {
      depth++;
      run = '';
    } else if (c === ')') {
      depth--;
      run = '';
    } else if (depth === 0 && code >= 0x4e00 && code <= 0x9fff && !/[?*+{]/.test(source[i + 1] ?? '')) {
      run += c;
      if (run.length > best.length) best = run;
    } else run = '';
  }
  return best;
}

const joinedCache = new Map<string, RegExp>();

/** Patterns of one set of flags as one expression, made once for each set of patterns a document holds. */
function joinedOf(patterns: readonly RegExp[]): RegExp {
  const key = patterns[0]!.flags + '\u0000' + patterns.map((p) => p.source).join('\u0000');
  let re = joinedCache.get(key);
  if (!re) {
    re = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), patterns[0]!.flags.replace(/[gy]/g, ''));
    if (joinedCache.size < 256) joinedCache.set(key, re);
  }
  return re;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
