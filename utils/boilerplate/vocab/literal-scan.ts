// Which of a fixed set of literals occur in a text, found in one pass over it (Aho–Corasick).
// Asking `includes` once per literal read every block's text some two hundred times; the
// automaton reads it once, whatever the number of literals.

export interface LiteralScanner {
  /** The index `scan` reports `literal` under. */
  idOf(literal: string): number;
  /** found[id] is 1 when the literal with that id occurs in `text`. */
  scan(text: string): Uint8Array;
}

export function literalScanner(literals: string[]): LiteralScanner {
  const ids = new Map<string, number>();
  for (const l of literals) if (l && !ids.has(l)) ids.set(l, ids.size);
  // the characters the literals use, each a column; any other character sends the scan home
  const column = new Map<number, number>();
  for (const l of ids.keys())
    for (let i = 0; i < l.length; i++) if (!column.has(l.charCodeAt(i))) column.set(l.charCodeAt(i), column.size);
  const ascii = new Int16Array(128).fill(-1);
  for (const [code, c] of column) if (code < 128) ascii[code] = c;
  const cols = Math.max(1, column.size);

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
      const c = column.get(l.charCodeAt(i))!;
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
  // as scans need its entries (a text touches few of the states × columns).
  const fail = new Int32Array(edges.length);
  const delta = new Int32Array(edges.length * cols).fill(-1);
  const go = (s: number, c: number): number => {
    const known = delta[s * cols + c];
    if (known >= 0) return known;
    let u = s;
    while (u > 0 && next[u * cols + c] < 0) u = fail[u];
    const t = next[u * cols + c] < 0 ? 0 : next[u * cols + c];
    delta[s * cols + c] = t;
    return t;
  };
  const queue: number[] = [];
  for (const c of edges[0]) queue.push(next[c]);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    if (ends[fail[s]].length) ends[s] = ends[s].concat(ends[fail[s]]);
    for (const c of edges[s]) {
      const t = next[s * cols + c];
      fail[t] = s === 0 ? 0 : go(fail[s], c);
      queue.push(t);
    }
  }
  const out = ends.map((e) => (e.length ? e : null));

  return {
    idOf(literal) {
      const id = ids.get(literal);
      if (id === undefined) throw new Error(`not a literal of this scanner: ${literal}`);
      return id;
    },
    scan(text) {
      const found = new Uint8Array(ids.size);
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const c = code < 128 ? ascii[code] : (column.get(code) ?? -1);
        s = c < 0 ? 0 : go(s, c);
        const e = out[s];
        if (e) for (let k = 0; k < e.length; k++) found[e[k]] = 1;
      }
      return found;
    },
  };
}
