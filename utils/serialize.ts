import type { BoilerplateBlock, PageAnalysis } from './types';

/** An analysis without its live-DOM fields: what the CLI writes and what the popup receives. */
export type SerializedAnalysis = Omit<PageAnalysis, 'blocks' | 'main'> & {
  blocks: Omit<BoilerplateBlock, 'element'>[];
  main: Omit<PageAnalysis['main'], 'elements'>;
};

// Its own module, free of the analysis core, so the popup can use it without bundling the core.
export function serializableAnalysis(a: PageAnalysis): SerializedAnalysis {
  return {
    ...a,
    main: { text: a.main.text, paragraphs: a.main.paragraphs, length: a.main.length },
    blocks: a.blocks.map(({ element: _element, ...rest }) => rest),
  };
}

/**
 * What the popup shows of an analysis, and so all the page sends it: the metadata, the quotes and
 * each block's kind. The article's text (twice, as text and as paragraphs) and every block's text
 * made the message four times larger at the median page and several megabytes on a heavy one.
 */
export type PopupAnalysis = Omit<SerializedAnalysis, 'blocks' | 'main'> & {
  blocks: Pick<BoilerplateBlock, 'category' | 'label'>[];
};

export function popupAnalysis(a: PageAnalysis): PopupAnalysis {
  const { main: _main, blocks, ...rest } = a;
  return { ...rest, blocks: blocks.map(({ category, label }) => ({ category, label })) };
}
