// JSON-LD is the most reliable metadata on news pages, but it arrives in many shapes: a single
// object, an array, an @graph, nested mainEntity. This flattens all of them into typed nodes.

export type LdNode = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|VideoObject)$/;

export function jsonLdNodes(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const data = parseLenient((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    if (data !== undefined) collect(data, out, 0);
  }
  return out;
}

/**
 * JSON.parse, then once more with the two mistakes hand-written JSON-LD makes most: raw line
 * breaks or tabs inside strings, and trailing commas (`["a", "b", ]`). Still broken: undefined,
 * and the other metadata sources apply.
 */
export function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    /* try the repaired text */
  }
  try {
    // eslint-disable-next-line no-control-regex
    return JSON.parse(text.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([\]}])/g, '$1'));
  } catch {
    return undefined;
  }
}

function collect(v: unknown, out: LdNode[], depth: number): void {
  if (depth > 6 || v == null) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (typeof v !== 'object') return;
  const o = v as LdNode;
  out.push(o);
  if (o['@graph']) collect(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') collect(o.mainEntity, out, depth + 1);
}

export function ldTypes(n: LdNode): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A node typed as one article or post (NewsArticle, BlogPosting, Report), not a mere WebPage. */
export function isArticleNode(n: LdNode): boolean {
  return ldTypes(n).some((t) => /Article|Posting|Report/.test(t));
}

/** Article-like nodes first (NewsArticle before WebPage), so callers can take the first hit. */
export function articleNodes(nodes: LdNode[]): LdNode[] {
  const rank = (n: LdNode) => {
    if (isArticleNode(n)) return 0;
    return ldTypes(n).some((t) => ARTICLE_TYPES.test(t)) ? 1 : 2;
  };
  return nodes.filter((n) => rank(n) < 2).sort((a, b) => rank(a) - rank(b));
}

export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object' && typeof (v as LdNode).name === 'string')
    return ((v as LdNode).name as string).trim() || null;
  return null;
}

/** Names of authors (Person or Organization objects, strings, or arrays of either). */
export function ldNames(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (typeof v === 'object') {
    const n = (v as LdNode).name;
    if (typeof n === 'string' && n.trim()) return [n.trim()];
    if (Array.isArray(n)) return ldNames(n);
  }
  return [];
}
