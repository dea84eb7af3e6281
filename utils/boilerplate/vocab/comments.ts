import type { Vocabulary } from './types';

export const comments: Vocabulary = {
  category: 'comments',
  label: 'Comments',
  headings: [/^(\d+\s+)?comments?\b/i, /^(leave|post|add) a (reply|comment)\b/i, /^join the (discussion|conversation)\b/i, /^(kommentare|commentaires|comentarios|commenti|комментарии|コメント|评论|댓글)\b/i],
  phrases: [/\bleave a (reply|comment)\b/i, /\byour email address will not be published\b/i, /\bcomments? (are|is) closed\b/i, /\bjoin the (discussion|conversation)\b/i, /\bview comments\b/i],
  classTokens: ['comment', 'comments', 'disqus', 'discussion', 'respond', 'reply', 'replies', 'coral', 'talk', 'commentlist'],
  hrefs: [/disqus\.com/i],
};
