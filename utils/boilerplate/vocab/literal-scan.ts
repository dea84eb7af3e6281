// Which of a fixed set of literals occur in a text, found in one pass over it (Aho–Corasick).
// Asking `includes` once per literal read every block's text some two hundred times; the
// automaton reads it once, whatever the number of literals.

export interface LiteralScanner {
  /** The index `scan` and `found` report `literal` under. */
  idOf(literal: string): number;
  /** found[id] is 1 when the literal with that id occurs in `text`. */
  scan(text: string): Uint8Array;
  /**
   * The ids of the literals that occur in `text`, each once. The classifier asks which patterns
   * those few literals gate, rather than whether each of its two hundred patterns has its literal:
   * the content script's code runs mostly unoptimised on a page, where every step counts.
   */
  found(text: string): number[];
}

export function literalScanner(literals: string[]): LiteralScanner {
  const ids = new Map<string, number>();
  for (const l of literals) if (l && !ids.has(l)) ids.set(l, ids.size);
  // the characters the literals use, each a column; column 0 is every other character, which
  // sends the scan home, so a character costs one table look-up whatever it is
  const columns = new Map<number, number>();
  for (const l of ids.keys())
    for (let i = 0; i < l.length; i++)
      if (!columns.has(l.charCodeAt(i))) columns.set(l.charCodeAt(i), columns.size + 1);
  const cols = columns.size + 1;
  const column = cols < 256 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  for (const [code, c] of columns) column[code] = c;

  // the trie, as one table (a trie has at most one node per literal character, plus its root);
  // each node's edges are also listed, so the failure links below visit edges, not columns
  let maxNodes = 1;
  for (const l of ids.keys()) maxNodes += l.length;
  const next = new Int32Array(maxNodes * cols).fill(-1);
  const edges: number[][] = [[]];
  const ends: number[][] = [[]];
  for (const [l, id] of ids) {
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const c = column[l.charCodeAt(i)];
      if (next[s * cols + c] < 0) {
        next[s * cols + c] = edges.length;
        edges[s].push(c);
        edges.push([]);
        ends.push([]);
      }
      s = next[s * cols + c];
    }
    ends[s].push(id);
  }
  // The content script is started on every page it analyses, so building the automaton must be
  // cheap: failure links follow the trie's edges only, and the full transition table is filled in
  // as scans need its entries (a text touches few of the states × columns). The table holds each
  // target as its row's offset (state × cols), so a step is one look-up and one addition.
  const states = edges.length;
  const fail = new Int32Array(states);
  const delta = new Int32Array(states * cols).fill(-1);
  for (let s = 0; s < states; s++) delta[s * cols] = 0;
  const fill = (row: number, c: number): number => {
    let u = row / cols;
    while (u > 0 && next[u * cols + c] < 0) u = fail[u];
    const t = next[u * cols + c] < 0 ? 0 : next[u * cols + c] * cols;
    delta[row + c] = t;
    return t;
  };
  const queue: number[] = [];
  for (const c of edges[0]) queue.push(next[c]);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    if (ends[fail[s]].length) ends[s] = ends[s].concat(ends[fail[s]]);
    for (const c of edges[s]) {
      const t = next[s * cols + c];
      if (s > 0) {
        const known = delta[fail[s] * cols + c];
        fail[t] = (known >= 0 ? known : fill(fail[s] * cols, c)) / cols;
      }
      queue.push(t);
    }
  }
  // what a scan reports on reaching a state, by the state's row offset
  const out = new Map<number, number[]>();
  ends.forEach((e, s) => e.length && out.set(s * cols, e));
  const reports = new Uint8Array(states * cols);
  for (const row of out.keys()) reports[row] = 1;

  // which literals the current scan has reported, without clearing a table for every text
  const seen = new Uint32Array(ids.size);
  let stamp = 0;
  const found = (text: string): number[] => {
    const hits: number[] = [];
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = column[text.charCodeAt(i)];
      const t = delta[row + c];
      row = t >= 0 ? t : fill(row, c);
      if (reports[row] === 1) {
        const e = out.get(row)!;
        for (let k = 0; k < e.length; k++)
          if (seen[e[k]] !== stamp) {
            seen[e[k]] = stamp;
            hits.push(e[k]);
          }
      }
    }
    return hits;
  };

  return {
    idOf(literal) {
      const id = ids.get(literal);
      if (id === undefined) throw new Error(`not a literal of this scanner: ${literal}`);
      return id;
    },
    scan(text) {
      const present = new Uint8Array(ids.size);
      for (const id of found(text)) present[id] = 1;
      return present;
    },
    found,
  };
}
