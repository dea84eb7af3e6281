// Words that say nothing about what a statement is about: function words, auxiliaries, pronouns,
// and the verbs that report speech ("said", "added"), which a paraphrase adds and a quote lacks (only
// their verb forms: "claims" and "state" are nouns in "baseless claims", "the state has paid").
// Indefinite pronouns ("anyone", "everyone", "nothing") stay content words: "does not seek
// permission from anyone" is about exactly that. Words are as `normalWords` gives them: lower case,
// straight apostrophe, no possessive "'s".

export const STOPWORDS = new Set(
  `a about above across after again against all almost along already also although always am among an and another any are
  around as at back be became because become been before being below between both but by can can't cannot could couldn't
  did didn't do does doesn't doing don't done down during each either else even ever every few for from further get gets
  getting got had hadn't has hasn't have haven't having he he'd he'll her here hers herself him himself his how however i
  i'd i'll i'm i've if in into is isn't it it'd it'll it's its itself just least less let let's like made make many may me
  might mine more most much must mustn't my myself near neither no nor not now of off often on once only or other others
  otherwise our ours ourselves out over own per perhaps quite rather really same shall shan't she she'd she'll should
  shouldn't since so some such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those though through thus to too toward towards under until up upon us very via was
  wasn't we we'd we'll we're we've well were weren't what what's whatever when whenever where whereas wherever whether which
  while who who's whoever whom whose why will with within without won't would wouldn't yet you you'd you'll you're you've
  your yours yourself yourselves
  say says said saying tell tells told telling added adding noted noting stated stressed underscored reiterated argued
  insisted warned announced explained asked replied admitted denied accused urged called wrote tweeted posted according
  remarked commented mentioned suggested described continued`.split(/\s+/),
);
