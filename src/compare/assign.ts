/**
 * Optimal one-to-one assignment maximising total score (Hungarian algorithm,
 * O(n³)), for a rectangular matrix. Returns for each row the column it gets,
 * or -1.
 */
export function assign(scores: readonly Float64Array[], columns: number): Int32Array {
  const rows = scores.length;
  const n = Math.max(rows, columns);
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || columns === 0) return result;
  // Minimise cost = max − score over a square matrix padded with zeros of score.
  let max = 0;
  for (const r of scores) for (let j = 0; j < columns; j++) max = Math.max(max, r[j]!);
  const cost = new Float64Array(n * n).fill(max);
  for (let i = 0; i < rows; i++) {
    const r = scores[i]!;
    for (let j = 0; j < columns; j++) cost[i * n + j] = max - r[j]!;
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[(i0 - 1) * n + j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const pj = p[j]!;
          u[pj] = u[pj]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i >= 0 && i < rows && j - 1 < columns) result[i] = j - 1;
  }
  return result;
}
