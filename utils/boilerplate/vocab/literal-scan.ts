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
  for (const l of ids.keys()) for (let i = 0; i < l.length; i++) if (!column.has(l.charCodeAt(i))) column.set(l.charCodeAt(i), column.size);
  const ascii = new Int16Array(128).fill(-1);
  for (const [code, c] of column) if (code < 128) ascii[code] = c;
  const cols = Math.max(1, column.size);

  // the trie
  const next: Int32Array[] = [new Int32Array(cols).fill(-1)];
  const ends: number[][] = [[]];
  for (const [l, id] of ids) {
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const c = column.get(l.charCodeAt(i))!;
      if (next[s][c] < 0) {
        next[s][c] = next.length;
        next.push(new Int32Array(cols).fill(-1));
        ends.push([]);
      }
      s = next[s][c];
    }
    ends[s].push(id);
  }
  // failure links, breadth first, folded into a complete transition table
  const delta = new Int32Array(next.length * cols);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let c = 0; c < cols; c++) {
    const t = next[0][c];
    delta[c] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    ends[s] = ends[s].concat(ends[fail[s]]);
    for (let c = 0; c < cols; c++) {
      const t = next[s][c];
      if (t < 0) delta[s * cols + c] = delta[fail[s] * cols + c];
      else {
        fail[t] = delta[fail[s] * cols + c];
        delta[s * cols + c] = t;
        queue.push(t);
      }
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
        s = c < 0 ? 0 : delta[s * cols + c];
        const e = out[s];
        if (e) for (let k = 0; k < e.length; k++) found[e[k]] = 1;
      }
      return found;
    },
  };
}
