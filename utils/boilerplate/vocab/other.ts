import type { Vocabulary } from './types';

// Small furniture around an article that is neither a widget nor navigation: tag lists, photo
// captions and credits, "updated" lines, view counters.
export const other: Vocabulary = {
  category: 'other',
  label: 'Page furniture',
  headings: [/^(tags|topics|filed under|read more about|more about|themen|sujets|etiquetas|теги|темы)\s*:?$/i, /^(tags|topics|read more about)\s*:/i],
  phrases: [/^(photo|image|picture|illustration|credit|foto|bild)\s*:/i, /\((photo|image|credit):?[^)]*\)$/i, /\b(getty images|reuters|associated press|afp|ap photo|shutterstock|epa)\s*$/i],
  classTokens: ['tags', 'tag', 'topics', 'caption', 'credit', 'credits', 'meta', 'views', 'kicker', 'category', 'categories'],
  hrefs: [/\/(tag|tags|topic|topics|category|thema|themen)\//i],
};
