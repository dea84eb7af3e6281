import type { Vocabulary } from './types';

export const ad: Vocabulary = {
  category: 'ad',
  label: 'Ad',
  headings: [
    /^[-–—\s]*(advertisement|advertising|advertisment|sponsored( content| by)?|paid (post|content)|promoted( content)?|ad|ads)[-–—\s]*$/i,
    /^[-–—\s]*(anzeige|werbung|publicité|publicidad|pubblicità|реклама|advertentie|reklama|広告|广告|광고)[-–—\s]*$/i,
    /^(story|article) continues (below|after)( advertisement)?$/i, /^continue reading (the main story|below)$/i,
  ],
  phrases: [/\bsponsored by\b/i, /\bpartner content\b/i],
  classTokens: ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad-slot', 'adspot', 'adunit', 'ad-unit', 'adsense', 'dfp', 'gpt', 'banner', 'sponsor', 'sponsored', 'promo', 'billboard', 'leaderboard', 'mpu', 'dfp-ad', 'td-a-rec', 'rec', 'commercial', 'outbrain', 'taboola'],
  hrefs: [/doubleclick\.net|googlesyndication|adservice|\/ads?\/|adclick|ads\.|click\?id=|taboola|outbrain/i],
};
