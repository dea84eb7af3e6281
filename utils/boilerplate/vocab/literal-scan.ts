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

// The root is state 1 and state 0 is never used, so that 0 in a table means "no edge" or "not
// known yet": new typed arrays come zeroed, where filling them with -1 first cost the content
// script's start (it builds two scanners on every page) more than anything else it did.
const ROOT = 1;

/**
 * The trie of the literals, in typed arrays (a trie has at most one state per literal character,
 * plus its root): each state's children as a list (its first child, then each child's next
 * sibling), each state's column (the character that leads to it).
 */
interface Trie {
  states: number;
  firstChild: Int32Array;
  sibling: Int32Array;
  label: Int32Array;
  /** The root's children (it has the most, and every failed step comes back to it) as a row. */
  rootRow: Int32Array;
  /** The ids of the literals that end at a state, for the states where one does. */
  ends: Map<number, number[]>;
}

const childOf = (trie: Trie, s: number, c: number): number => {
  if (s === ROOT) return trie.rootRow[c];
  for (let k = trie.firstChild[s]; k !== 0; k = trie.sibling[k]) if (trie.label[k] === c) return k;
  return 0;
};

function buildTrie(ids: Map<string, number>, column: Uint16Array, cols: number): Trie {
  let size = ROOT + 1;
  for (const l of ids.keys()) size += l.length;
  const trie: Trie = {
    states: ROOT + 1,
    firstChild: new Int32Array(size),
    sibling: new Int32Array(size),
    label: new Int32Array(size),
    rootRow: new Int32Array(cols),
    ends: new Map(),
  };
  for (const [l, id] of ids) {
    let s = ROOT;
    for (let i = 0; i < l.length; i++) {
      const c = column[l.charCodeAt(i)];
      let t = childOf(trie, s, c);
      if (t === 0) {
        t = trie.states++;
        trie.label[t] = c;
        trie.sibling[t] = trie.firstChild[s];
        trie.firstChild[s] = t;
        if (s === ROOT) trie.rootRow[c] = t;
      }
      s = t;
    }
    trie.ends.set(s, [id]);
  }
  return trie;
}

/**
 * Each state's failure link (the longest proper suffix of its path that is a path of the trie),
 * found breadth first along the edges; each state's ends gain those of its link.
 */
function failLinks(trie: Trie): Int32Array {
  const fail = new Int32Array(trie.states);
  const queue: number[] = [];
  for (let t = trie.firstChild[ROOT]; t !== 0; t = trie.sibling[t]) {
    fail[t] = ROOT;
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    const inherited = trie.ends.get(fail[s]);
    if (inherited) trie.ends.set(s, (trie.ends.get(s) ?? []).concat(inherited));
    for (let t = trie.firstChild[s]; t !== 0; t = trie.sibling[t]) {
      const c = trie.label[t];
      let u = fail[s];
      while (u > ROOT && childOf(trie, u, c) === 0) u = fail[u];
      fail[t] = childOf(trie, u, c) || ROOT;
      queue.push(t);
    }
  }
  return fail;
}

export function literalScanner(literals: string[]): LiteralScanner {
  const ids = new Map<string, number>();
  for (const l of literals) if (l && !ids.has(l)) ids.set(l, ids.size);
  // the characters the literals use, each a column; column 0 is every other character, which
  // sends the scan home, so a character costs one table look-up whatever it is
  const column = new Uint16Array(0x10000);
  let cols = 1;
  for (const l of ids.keys())
    for (let i = 0; i < l.length; i++) if (column[l.charCodeAt(i)] === 0) column[l.charCodeAt(i)] = cols++;
  const trie = buildTrie(ids, column, cols);
  const fail = failLinks(trie);

  // The full transition table is filled in as scans need its entries: a text touches few of the
  // states × columns, and writing them all (or even a sentinel in each) cost more than the scans.
  // It holds each target as its row's offset (state × cols), so a step is one look-up and one
  // addition; no target is row 0, the unused state's.
  const states = trie.states;
  const home = ROOT * cols;
  const delta = new Int32Array(states * cols);
  const fill = (row: number, c: number): number => {
    const u = row / cols;
    const child = childOf(trie, u, c);
    let t = home;
    if (child !== 0) t = child * cols;
    else if (u !== ROOT) t = delta[fail[u] * cols + c] || fill(fail[u] * cols, c);
    delta[row + c] = t;
    return t;
  };
  // what a scan reports on reaching a state, by the state's row offset
  const out = new Map<number, number[]>();
  for (const [s, e] of trie.ends) out.set(s * cols, e);
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
    let row = home;
    for (let i = 0; i < text.length; i++) {
      const c = column[text.charCodeAt(i)];
      const t = delta[row + c];
      row = t !== 0 ? t : fill(row, c);
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
