import { defineCategory } from './types';

export const nav = defineCategory({
  id: 'nav',
  label: 'Navigation',
  tone: 'furniture',
  summaryRank: 10,
  headings: [/^(menu|navigation|sections|skip to (main )?content)$/i],
  phrases: [/\bskip to (main )?content\b/i],
  // a line that is only this is a skip link or a breadcrumb trail
  // ("Skip to content", "Home » News » Sports")
  // a "kicker" (the label over a headline) is page furniture, other's token, not navigation
  classTokens: [
    'nav',
    'navbar',
    'navigation',
    'menu',
    'breadcrumb',
    'breadcrumbs',
    'header',
    'masthead',
    'topbar',
    'top-bar',
    'toolbar',
    'search',
    'logo',
  ],
  hrefs: [],
  hints: { aroundBodyOnly: true },
});
