import { assign } from '../compare/assign.js';

/** A possible pair: row `i` (a plan target) with column `j` (a summary figure), and how alike they are. */
export interface Edge {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/** Past this many rows or columns a group of competing pairs is matched greedily (never met on real documents). */
const MAX_EXACT = 400;

/**
 * One-to-one matching that maximises the total score over the given edges: the
 * edges fall apart into groups of rows and columns that compete with each other
 * (connected components), and each group gets an optimal assignment
 * (Hungarian algorithm, as `compare` uses). Returns for each row its column or -1.
 * Each row keeps only its `perRow` best edges, so groups stay small.
 */
export function matchOneToOne(rows: number, columns: number, edges: readonly Edge[], perRow = 8): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  const kept = pruneEdges(rows, edges, perRow);
  if (kept.length === 0) return result;
  // Union-find over rows (0…rows-1) and columns (rows…rows+columns-1).
  const parent = new Int32Array(rows + columns);
  for (let k = 0; k < parent.length; k++) parent[k] = k;
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const e of kept) {
    const a = find(e.i);
    const b = find(rows + e.j);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, Edge[]>();
  for (const e of kept) {
    const root = find(e.i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = []));
    g.push(e);
  }
  for (const g of groups.values()) {
    const rowIds = [...new Set(g.map((e) => e.i))].sort((a, b) => a - b);
    const colIds = [...new Set(g.map((e) => e.j))].sort((a, b) => a - b);
    if (rowIds.length === 1 || colIds.length === 1) {
      // One row or one column: the best edge.
      const best = [...g].sort(byScore)[0]!;
      result[best.i] = best.j;
      continue;
    }
    if (rowIds.length > MAX_EXACT || colIds.length > MAX_EXACT) {
      greedy(g, result);
      continue;
    }
    const rowAt = new Map(rowIds.map((r, k) => [r, k]));
    const colAt = new Map(colIds.map((c, k) => [c, k]));
    const scores = rowIds.map(() => new Float64Array(colIds.length));
    const isEdge = rowIds.map(() => new Uint8Array(colIds.length));
    for (const e of g) {
      scores[rowAt.get(e.i)!]![colAt.get(e.j)!] = e.score;
      isEdge[rowAt.get(e.i)!]![colAt.get(e.j)!] = 1;
    }
    const chosen = assign(scores, colIds.length);
    chosen.forEach((c, r) => {
      if (c >= 0 && isEdge[r]![c]) result[rowIds[r]!] = colIds[c]!;
    });
  }
  return result;
}

function byScore(a: Edge, b: Edge): number {
  return b.score - a.score || a.i - b.i || a.j - b.j;
}

function pruneEdges(rows: number, edges: readonly Edge[], perRow: number): Edge[] {
  const byRow: Edge[][] = Array.from({ length: rows }, () => []);
  for (const e of edges) byRow[e.i]!.push(e);
  return byRow.flatMap((list) => list.sort(byScore).slice(0, perRow));
}

/** Best pairs first. */
function greedy(edges: readonly Edge[], result: Int32Array): void {
  const usedCols = new Set<number>();
  for (const e of [...edges].sort(byScore)) {
    if (result[e.i] !== -1 || usedCols.has(e.j)) continue;
    result[e.i] = e.j;
    usedCols.add(e.j);
  }
}
