/**
 * Display width of a code point in a terminal: East Asian wide and full-width
 * forms take two columns; ambiguous ones (“ ” — █) one, as string-width and
 * cli-table3 count them.
 */
export function charWidth(cp: number): number {
  if (cp === 0 || cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * Wraps text to lines of at most `width` columns. cli-table3's own `wordWrap`
 * drops Chinese characters, so cells are wrapped here, by display width.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let w = 0;
    // Runs of Latin letters, digits and signs (`2000管/日` keeps `2000`) move to the next line whole.
    for (const token of paragraph.match(/[A-Za-z0-9.%‰/≥≤<>=+\-]+|[\s\S]/gu) ?? []) {
      const tw = displayWidth(token);
      if (w + tw > width && line) {
        // No line opens with a closing mark (`，` `。` `）`): the character before it goes down with it.
        const carried = CLOSING.test(token) && [...line].length > 1 ? [...line].pop()! : '';
        out.push(carried ? line.slice(0, -carried.length) : line);
        line = carried;
        w = carried ? displayWidth(carried) : 0;
        // A space where the line breaks is not carried to the start of the next.
        if (/^\s$/.test(token)) continue;
      }
      if (tw > width) {
        for (const ch of token) {
          const cw = charWidth(ch.codePointAt(0)!);
          if (w + cw > width && line) {
            out.push(line);
            line = '';
            w = 0;
          }
          line += ch;
          w += cw;
        }
        continue;
      }
      line += token;
      w += tw;
    }
    out.push(line);
  }
  return out;
}

const CLOSING = /^[，。、；：！？）」』”’》,.;:!?)\]]$/;

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * A heading or summary line fitted to `width` columns: as it is when it fits,
 * else broken after its separators (`；` `，` ` · `) and only then anywhere.
 */
export function foldLine(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const out: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=；|，| · )/)) {
    if (line && displayWidth(line + piece) > width) {
      out.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  out.push(line);
  return out.flatMap((l) => wrap(l, width));
}
