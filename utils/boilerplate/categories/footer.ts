import { defineCategory } from './types';

export const footer = defineCategory({
  id: 'footer',
  label: 'Site footer',
  tone: 'furniture',
  summaryRank: 11,
  headings: [/^(about us|contact us|follow us)$/i],
  phrases: [
    /©|\(c\) \d{4}|\bcopyright\b/i,
    /\ball rights reserved\b/i,
    /\b(privacy policy|terms of (use|service)|impressum|datenschutz|mentions légales|aviso legal)\b/i,
  ],
  classTokens: ['footer', 'site-footer', 'sub-footer', 'colophon', 'contentinfo', 'copyright'],
  hrefs: [],
  hints: { aroundBodyOnly: true },
});
