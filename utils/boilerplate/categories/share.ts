import { defineCategory } from './types';

export const share = defineCategory({
  id: 'share',
  label: 'Share buttons',
  tone: 'furniture',
  summaryRank: 9,
  headings: [
    /^(share|share this|share this (article|story|page)|tweet|email|print|follow us|connect with us|teilen|partager|compartir|condividi|поделиться)\b/i,
  ],
  lines: [
    /^(den |diesen )?(artikel|beitrag) (mit anderen )?teilen(\/diskutieren)?\W*$/i,
    /^(artikel|beitrag) gefallen\? (vergiss nicht|dann) .{0,30}teilen\W*$/i,
    // the note beside a bookmarking button ("Mit diesem Button kannst Du diese Podcast-Episode …")
    /^mit diesem button (kannst du|können sie)\b/i,
    /^(share this (article|post|story)|teile(n sie)? (diesen|den) (artikel|beitrag))\W*$/i,
  ],
  phrases: [
    /\bshare (on|this|via)\b/i,
    /\btweet (on|this)\b/i,
    /\bfollow us\b/i,
    /\b\d[\d,.]*k? (fans|followers|subscribers|likes|shares)\b/i,
    /\b(facebook|twitter|telegram|whatsapp|linkedin|pinterest|reddit|email)\b/i,
  ],
  classTokens: [
    'share',
    'sharing',
    'social',
    'sharebar',
    'share-bar',
    'share-buttons',
    'sharethis',
    'addthis',
    'follow',
    'socials',
    'social-links',
  ],
  hrefs: [
    /facebook\.com\/shar|twitter\.com\/(intent|share)|x\.com\/intent|t\.me\/share|api\.whatsapp\.com|wa\.me\/|linkedin\.com\/(share|cws)|pinterest\.com\/pin|reddit\.com\/submit|^mailto:\?|vk\.com\/share|telegram\.me\/share/i,
  ],
});
