// Answers that hold for one analysis only. While an analysis runs, the page's text and structure
// are taken as fixed, so a subtree's text, a block's features or its vocabulary evidence can be
// kept and asked for again (a region, then each of its parts, then theirs). Between analyses the
// page may have changed, so every cache is dropped when the analysis ends.

let scope: Map<object, WeakMap<object, unknown> | Map<string, unknown>> | null = null;

/** Starts a fresh set of caches; the returned function ends them (and restores any outer set). */
export function startAnalysisCaches(): () => void {
  const saved = scope;
  scope = new Map();
  return () => {
    scope = saved;
  };
}

/** The cache `owner` keeps in the current analysis, or null outside one (then nothing is kept). */
export function analysisCache<K extends object, V>(owner: object): WeakMap<K, V> | null {
  if (!scope) return null;
  let m = scope.get(owner);
  if (!m) scope.set(owner, (m = new WeakMap()));
  return m as WeakMap<K, V>;
}

/**
 * The answer `compute` gives for the text `key`, kept under `owner` for the rest of the analysis
 * (outside one, computed each time): for what depends on a text alone, which nested blocks share
 * (a paragraph and the emphasis that is all of it, wrappers around one label).
 */
export function rememberedForText<V>(owner: object, key: string, compute: () => V): V {
  if (!scope) return compute();
  let m = scope.get(owner) as Map<string, V> | undefined;
  if (!m) scope.set(owner, (m = new Map()));
  const known = m.get(key);
  if (known !== undefined) return known;
  const value = compute();
  m.set(key, value);
  return value;
}

/** The answer `compute` gives for `key`, kept under `owner` for the rest of the analysis (outside
 * one, computed each time). */
export function remembered<K extends object, V>(owner: object, key: K, compute: () => V): V {
  const cache = analysisCache<K, V>(owner);
  const known = cache?.get(key);
  if (known !== undefined) return known;
  const value = compute();
  cache?.set(key, value);
  return value;
}
