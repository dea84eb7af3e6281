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
