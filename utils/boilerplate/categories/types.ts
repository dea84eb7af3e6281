/**
 * Everything about one kind of boilerplate, in its own file: what it is called, how its mark looks,
 * where it comes in the popup's summary, and the cues that say a block is of this kind. Phrases are
 * matched case-insensitively against the block's text; `headings` only against its heading or first
 * line, where a short label ("Read more", "Newsletter") is decisive but would be noise in running text.
 */
export interface Category<Id extends string = string> {
  id: Id;
  /** What a reader sees on the mark and in the popup summary ("Donation appeal"). */
  label: string;
  /**
   * `clutter`: something that asks or distracts (an appeal, an ad), marked in amber;
   * `furniture`: the site's own fittings (navigation, footer), marked quietly in slate.
   */
  tone: 'clutter' | 'furniture';
  /** Place in the popup's summary, lowest first: the kinds a reader most wants named come first. */
  summaryRank: number;
  headings: RegExp[];
  phrases: RegExp[];
  /**
   * The whole text of the widget's own short line ("Meistgelesene Artikel", "Externer Inhalt",
   * "Valora esta noticia"): a block standing alone that says nothing else is the widget, even inside
   * the body. Anchored at the line's start; each checked against both golds (no article line says it).
   */
  lines?: RegExp[];
  /** Tokens of class names, ids, roles and aria-labels ("sidebar", "newsletter"); a hint only. */
  classTokens: string[];
  /** Link targets typical of the kind (share intents, donation pages). */
  hrefs: RegExp[];
  /** How the page's structure tells this kind, beside its words. */
  hints?: StructuralHints;
}

export interface StructuralHints {
  /**
   * The kind is told by its own words (a cookie notice, an appeal, a sign-up line): those words
   * beat a stray class name, and a short block whose words and class name agree is flagged even
   * inside the article. The number breaks ties between such kinds, lowest first.
   */
  toldByWords?: number;
  /**
   * A region of the page around the article (navigation, a side rail, the footer, small furniture),
   * told by where it sits: inside Readability's body a block scored as this kind is kept, unless a
   * rule of its own (a menu of short links, a rail under its own label, a caption) says otherwise.
   */
  aroundBodyOnly?: boolean;
  /** Class tokens that make a container a page region of this kind whatever it holds (a side rail). */
  landmarkTokens?: string[];
}

/** A category with its id kept as a literal type, so the registry can say which ids exist. */
export function defineCategory<const Id extends string>(c: Category<Id>): Category<Id> {
  return c;
}
