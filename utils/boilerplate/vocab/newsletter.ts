import type { Vocabulary } from './types';

export const newsletter: Vocabulary = {
  category: 'newsletter',
  label: 'Newsletter',
  headings: [
    /\bnewsletters?\b/i, /^(sign up|subscribe)\b/i, /\b(news|breaking|daily|weekly|morning|evening) (e-?mails?|alerts|briefing)$/i, /\bget (the|our) .{0,40}(in|to) your inbox\b/i, /^stay (informed|up to date|in the loop)\b/i,
    /^newsletter abonnieren\b/i, /^(inscrivez-vous|abonnez-vous)\b/i, /^(suscríbete|suscribete)\b/i, /^(подпишитесь|рассылка)\b/i, /^iscriviti\b/i,
  ],
  phrases: [
    /\bnewsletters?\b/i, /\b(delivered|straight|direct(ly)?|right) (to|in|into) your inbox\b/i, /\bsign up (for|to)\b/i, /\bsubscribe to (our|the)\b/i,
    /\b(your )?e-?mail address\b/i, /\b(meet|reach|hit|land in) your inbox\b/i, /\b(breaking news|news) alerts\b/i, /\bunsubscribe at any time\b/i, /\bdaily (briefing|digest|email)\b/i, /\bweekly (email|roundup|digest)\b/i,
    /\bnewsletter abonnieren\b/i, /\bjetzt anmelden\b/i, /\binscrivez-vous\b/i, /\blettre d'information\b/i, /\bboletín\b/i, /\bsuscr[ií]bete\b/i,
    /\bрассылк/i, /\bподпи(шитесь|саться) на\b/i, /\biscriviti alla\b/i, /メールマガジン|订阅|뉴스레터/,
  ],
  classTokens: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'optin', 'opt-in', 'mailchimp', 'email-capture', 'nl'],
  hrefs: [/\/newsletters?\b/i, /\/subscribe\b/i, /list-manage\.com/i],
};
