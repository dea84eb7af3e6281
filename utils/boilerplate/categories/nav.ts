import { defineCategory } from './types';

/**
 * A skip link's whole text ("Skip to content", WordPress' German "Springe zum Inhalt" and "Zum
 * Inhalt springen", "Aller au contenu", "Saltar al contenido").
 */
export const skipLinkLine =
  /^(skip to (main )?(content|navigation)|(springe |direkt )?zu(m|r) (haupt)?(inhalt|navigation)( springen)?|aller au contenu( principal)?|saltar al contenido( principal)?)$/i;

export const nav = defineCategory({
  id: 'nav',
  label: 'Navigation',
  tone: 'furniture',
  summaryRank: 10,
  headings: [/^(menu|navigation|sections|skip to (main )?content)$/i],
  lines: [
    // a table of contents' label, and a link back to where the reader came from
    /^(inhaltsverzeichnis|table of contents|sommaire|índice de contenidos|spis treści)\s*:?$/i,
    /^(zurück|zurück zur übersicht|zurück zur startseite|back|go back|back to top|nach oben|retour)$/i,
  ],
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
