import type { Vocabulary } from './types';

export const related: Vocabulary = {
  category: 'related',
  label: 'Related',
  headings: [
    /^(read|see) (more|also)\b/i, /^related\b/i, /^more (from|on|about|stories|news|in)\b/i, /^(you )?(may|might) (also )?(like|enjoy|be interested)\b/i,
    /^recommended\b/i, /^(most|more) (read|popular|viewed|shared|emailed)\b/i, /^(trending|popular)( now| stories| articles)?\b/i, /^recent (posts|stories|articles|news)\b/i,
    /^latest (news|stories|articles|posts)?\b/i, /^(previous|next) (article|post|story)\b/i, /^what to read next\b/i, /^(top|editor'?s?) (stories|picks)\b/i,
    /^also (read|on)\b/i, /^(further|suggested) reading\b/i, /^in (other|case you missed)\b/i, /^don'?t miss\b/i, /^up next\b/i,
    /^(lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|auch interessant)\b/i, /^(lire aussi|à lire aussi|voir aussi|sur le même sujet)\b/i,
    /^(lee también|te puede interesar|más noticias|relacionad[oa]s)\b/i, /^(leggi anche|potrebbe interessarti)\b/i, /^(читайте также|смотрите также|по теме|читайте також)\b/i,
    /^(関連記事|相关阅读|相关新闻|推荐阅读|관련 기사)/,
  ],
  phrases: [/\bread (more|also)\b/i, /\brelated (stories|articles|posts|coverage)\b/i, /\byou (may|might) also like\b/i, /\bcontinue reading\b/i],
  classTokens: ['related', 'recommended', 'recommendations', 'more', 'readmore', 'read-more', 'also', 'popular', 'trending', 'mostread', 'most-read', 'next', 'prev', 'previous', 'outbrain', 'taboola', 'teaser', 'teasers', 'recirc', 'recirculation', 'storylist'],
  hrefs: [],
};
