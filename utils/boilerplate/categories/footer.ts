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
  lines: [
    // the site's legal links in a row ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT …", "Impressum | Datenschutz")
    /^(impressum|datenschutz(erklärung)?|imprint|privacy( policy)?|agb|kontakt|legal notice)\s*[|•·]\s*(impressum|datenschutz(erklärung)?|imprint|privacy( policy)?|agb|kontakt|cookies?|legal notice)\b/i,
    // a licence note under the text ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND …")
    /^(dieser|der) (text|artikel|beitrag) (wurde veröffentlicht unter|steht unter|ist lizenziert unter) (der|einer) (lizenz|creative[- ]commons)\b/i,
    /^this (article|post|text|work) is (published |licensed |available )?under (a|the) (creative commons|cc[- ]by)\b/i,
  ],
  classTokens: ['footer', 'site-footer', 'sub-footer', 'colophon', 'contentinfo', 'copyright'],
  hrefs: [],
  hints: { aroundBodyOnly: true },
});
