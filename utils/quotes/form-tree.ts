// A pattern that matches any of a list of lowercase words or phrases, written as a tree of their
// shared beginnings. V8 tries the alternatives of a flat alternation one after the other at each
// position of the text; a long list scanned across every sentence cost more than all the matching.

/** The key that marks where a form ends (no letter nor space). */
const FORM_END = '';

/**
 * The source of a pattern that matches any of `forms` (lowercase letters and single spaces), the
 * longest first where one form begins another: each letter or space is written once for all the
 * forms that begin alike, a form's end is tried after every longer form that goes on from it
 * (so it matches what the flat alternation of the forms, longest first, matches), and a space
 * matches a run of spaces.
 */
export function formTree(forms: string[]): string {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  for (const form of forms) {
    if (!/^[a-z]+(?: [a-z]+)*$/.test(form)) throw new Error(`not a form of lowercase words: ${form}`);
    let node = root;
    for (const unit of form) {
      if (!node.has(unit)) node.set(unit, new Map());
      node = node.get(unit)!;
    }
    node.set(FORM_END, new Map());
  }
  const write = (node: Node): string => {
    const goesOn = [...node.keys()].filter((u) => u !== FORM_END);
    const alternatives = goesOn.map((u) => (u === ' ' ? '\\s+' : u) + write(node.get(u)!));
    if (node.has(FORM_END)) alternatives.push('');
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  };
  return write(root);
}
