import type { Vocabulary } from './types';

export const footer: Vocabulary = {
  category: 'footer',
  label: 'Site footer',
  headings: [/^(about us|contact us|follow us)$/i],
  phrases: [
    /©|\(c\) \d{4}|\bcopyright\b/i,
    /\ball rights reserved\b/i,
    /\b(privacy policy|terms of (use|service)|impressum|datenschutz|mentions légales|aviso legal)\b/i,
  ],
  classTokens: ['footer', 'site-footer', 'sub-footer', 'colophon', 'contentinfo', 'copyright'],
  hrefs: [],
};
