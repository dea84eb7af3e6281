import { defineCategory } from './types';

// Sidebars are a position more than a vocabulary: a column beside the article. Their widgets
// ("Most read", "Recent Posts") share the related vocabulary; this adds the landmark cues.
export const sidebar = defineCategory({
  id: 'sidebar',
  label: 'Sidebar',
  tone: 'clutter',
  summaryRank: 6,
  headings: [
    /^(most|more) (read|popular|viewed|shared)\b/i,
    /^(trending|popular)\b/i,
    /^recent (posts|stories|articles)\b/i,
    /^(les plus lus|lo más leído|самое читаемое|più lett[ie])\b/i,
    // German inflects: "Meistgelesene Artikel", "Meistdiskutierte", "meist-diskutiert"
    /^meist-?(gelesen|diskutiert|kommentiert)/i,
  ],
  phrases: [],
  classTokens: [
    'sidebar',
    'side',
    'aside',
    'rail',
    'rightrail',
    'right-rail',
    'widget',
    'widgets',
    'secondary',
    'complementary',
    'col-side',
    'sidecol',
  ],
  hrefs: [],
  hints: {
    aroundBodyOnly: true,
    landmarkTokens: ['sidebar', 'side', 'rail', 'rightrail', 'right-rail', 'secondary', 'widget-area', 'sidecol'],
  },
});
