/** Sparse vector of character n-grams: gram ids in ascending order, with their weights. */
export interface Vector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Character unigrams and bigrams of the Chinese and alphanumeric runs of a text,
 * so that reworded titles (`强化常态化防控组织体系` → `抓实抓细常态化疫情防控措施`)
 * still share most of their grams.
 */
export function grams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of text.match(/[\u4e00-\u9fffA-Za-z0-9%]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      const uni = run[i]!;
      out.set(uni, (out.get(uni) ?? 0) + 0.5);
      if (i + 1 < run.length) {
        const bi = run.slice(i, i + 2);
        out.set(bi, (out.get(bi) ?? 0) + 1);
      }
    }
  }
  return out;
}

/**
 * Weights grams by how rare they are across both documents (idf), and gives
 * boilerplate words (加强, 推进, 工作…) little weight.
 */
export class Weigher {
  private readonly idf = new Map<string, number>();
  private readonly n: number;
  private readonly stop: Set<string>;
  private readonly ids = new Map<string, number>();

  constructor(documents: readonly Map<string, number>[], stopwords: readonly string[]) {
    this.n = documents.length;
    const df = new Map<string, number>();
    for (const d of documents) for (const g of d.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    for (const [g, f] of df) this.idf.set(g, Math.log(1 + this.n / f));
    this.stop = new Set(stopwords.flatMap((w) => [w, ...w]));
  }

  vector(g: Map<string, number>): Vector {
    const n = g.size;
    const ids = new Int32Array(n);
    const weights = new Float64Array(n);
    let k = 0;
    let norm = 0;
    for (const [gram, tf] of g) {
      const w = tf * (this.idf.get(gram) ?? Math.log(1 + this.n)) * (this.stop.has(gram) ? 0.15 : 1);
      let id = this.ids.get(gram);
      if (id === undefined) this.ids.set(gram, (id = this.ids.size));
      ids[k] = id;
      weights[k++] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    // Sorted by gram id, weights following: an order of positions, sorted once.
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => ids[a]! - ids[b]!);
    const sortedIds = new Int32Array(n);
    const sortedWeights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sortedIds[i] = ids[order[i]!]!;
      sortedWeights[i] = weights[order[i]!]! / norm;
    }
    return { ids: sortedIds, weights: sortedWeights };
  }
}

/** Dot product of two unit vectors: a merge of their sorted gram ids. */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
