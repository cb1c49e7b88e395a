import type { Vector } from '../compare/similarity.js';

/**
 * Unit vectors by the grams they hold, so that the cosine of a query with every
 * vector is found by walking only the lists of the query's grams (the sum of the
 * products of shared grams' weights), not by a merge with each vector.
 */
export class SparseIndex {
  private readonly postings = new Map<number, { readonly at: number[]; readonly weights: number[] }>();
  private readonly scores: Float64Array;

  constructor(vectors: readonly Vector[]) {
    this.scores = new Float64Array(vectors.length);
    vectors.forEach((v, k) => {
      for (let n = 0; n < v.ids.length; n++) {
        let list = this.postings.get(v.ids[n]!);
        if (!list) this.postings.set(v.ids[n]!, (list = { at: [], weights: [] }));
        list.at.push(k);
        list.weights.push(v.weights[n]!);
      }
    });
  }

  /** Every vector whose cosine with `v` is at least `threshold` (above 0), in index order. */
  above(v: Vector, threshold: number): { at: number; score: number }[] {
    const out: { at: number; score: number }[] = [];
    this.walk(v, (at, score) => {
      if (score >= threshold) out.push({ at, score });
    });
    return out.sort((a, b) => a.at - b.at);
  }

  /** The vector most like `v` (the first of equals) and its cosine; -1 and 0 when none shares a gram. */
  best(v: Vector): { at: number; score: number } {
    let best = -1;
    let top = 0;
    this.walk(v, (at, score) => {
      if (score > top || (score === top && at < best)) {
        top = score;
        best = at;
      }
    });
    return { at: best, score: top };
  }

  private walk(v: Vector, visit: (at: number, score: number) => void): void {
    const scores = this.scores;
    const touched: number[] = [];
    for (let n = 0; n < v.ids.length; n++) {
      const list = this.postings.get(v.ids[n]!);
      if (!list) continue;
      const w = v.weights[n]!;
      for (let m = 0; m < list.at.length; m++) {
        const k = list.at[m]!;
        if (scores[k] === 0) touched.push(k);
        scores[k] = scores[k]! + w * list.weights[m]!;
      }
    }
    for (const k of touched) {
      visit(k, scores[k]!);
      scores[k] = 0;
    }
  }
}
