import type { Vocabulary } from './types';

export const nav: Vocabulary = {
  category: 'nav',
  label: 'Navigation',
  headings: [/^(menu|navigation|sections|skip to (main )?content)$/i],
  phrases: [/\bskip to (main )?content\b/i],
  classTokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'header', 'masthead', 'topbar', 'top-bar', 'toolbar', 'search', 'logo', 'kicker'],
  hrefs: [],
};
