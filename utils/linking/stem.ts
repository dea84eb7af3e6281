// Light stemming: a word's inflections made one ("relations" and "relation", "expanding" and
// "expands", "independently" and "independent"), derivations kept apart. Porter's stemmer goes
// further and makes "national" "nation": then Kanani's "national interests" reads as the "mutual
// interests" of "the two nations" in another sentence, and two statements merge. Only endings that
// change a word's form, not its meaning, come off.

const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'sometimes', 'was', 'has', 'does', 'is', 'us']);

export function lightStem(word: string): string {
  let w = word.replace(/'.*$/, '');
  if (w.length <= 3 || KEEP.has(w) || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(sses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/(is|ous|ss)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  // "expand"/"expanded", "pursue"/"pursued", "rate"/"rated": a final e comes and goes
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", "plann" → "plan"; "fall", "press" keep theirs. */
function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz|ff)$/.test(w) ? w.slice(0, -1) : w;
}
