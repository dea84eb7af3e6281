import type { Vocabulary } from './types';

export const comments: Vocabulary = {
  category: 'comments',
  label: 'Comments',
  headings: [/^(\d+\s+)?comments?\b/i, /^(\d+\s+)?(post|add|write) (a |your )?comment\b/i, /^(top|best|latest|recent|reader|readers'?|featured|most liked|popular) (rated )?comments\b/i, /^(leave|post|add) a (reply|comment)\b/i, /^join the (discussion|conversation)\b/i, /^(tell us what you think|what do you think|have your say|your (comment|opinion))\b/i, /^(deixe|escreva) (seu|um) coment[aá]rio\b/i, /^(kommentare|commentaires|comentarios|commenti|комментарии|コメント|评论|댓글)\b/i],
  phrases: [/\bleave a (reply|comment)\b/i, /\byour email address will not be published\b/i, /\bcomments? (are|is) closed\b/i, /\bjoin the (discussion|conversation)\b/i, /\bview comments\b/i, /\b(log|sign) ?in to (post|leave|add|write) a comment\b/i, /\bpost (a )?comment\b/i, /\bcomment\s*\(required\)/i, /\bcomments? (are|is) subject to\b/i, /\bcommunity (guidelines|standards)\b/i, /\bcomments? (will be|are|is) (moderated|reviewed|approved)\b/i, /\bcoment[aá]rios? (com|que|ser[aã]o)\b.{0,80}\b(aprovad|moderad)/i, /\bcomentarios? (ser[aá]n|est[aá]n) moderad/i, /\bkommentare (werden|sind) .{0,30}(moderiert|freigeschaltet)\b/i, /\bcommentaires? (sont|seront) (modérés|validés)\b/i, /\bкомментарии (проходят|будут) .{0,20}модерац/i],
  classTokens: ['comment', 'comments', 'disqus', 'discussion', 'respond', 'reply', 'replies', 'coral', 'talk', 'commentlist'],
  hrefs: [/disqus\.com/i],
};
