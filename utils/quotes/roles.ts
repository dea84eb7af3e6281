// Nouns that name what a person is ("spokesman", "CIA chief") and words that mark an organisation.
// A capitalised run is split at its last role noun: "Iranian Foreign Ministry Spokesman Nasser
// Kanaani" is role "Iranian Foreign Ministry Spokesman" and name "Nasser Kanaani".

export const ROLE_NOUNS = new Set(
  `spokesman spokeswoman spokesperson spokespeople minister president president-elect chief director secretary senator representative governor mayor
  chairman chairwoman chair ceo cfo coo cto founder co-founder cofounder head leader ambassador envoy official officer commander general admiral coach
  manager analyst economist professor researcher scientist expert lawyer attorney judge justice prosecutor adviser advisor aide executive deputy
  candidate lawmaker legislator congressman congresswoman mp premier chancellor king queen prince princess pope cardinal bishop rabbi imam sheikh
  captain quarterback receiver linebacker tackle cornerback safety kicker punter pitcher catcher shortstop outfielder guard forward center centre striker
  midfielder defender goalkeeper player star teammate owner partner inspector commissioner superintendent sheriff diplomat negotiator correspondent
  reporter editor writer author columnist host anchor producer actor actress singer rapper musician artist designer architect engineer developer
  investor trader strategist activist organizer campaigner spokesmen director-general secretary-general chairperson vice-president vp boss insider
  consultant historian physician doctor surgeon nurse teacher student resident mother father son daughter wife husband brother sister friend fan
  officials analysts experts economists researchers residents critics supporters officers lawmakers leaders
  administrator attorney-general solicitor treasurer councillor councilor councilman councilwoman alderman trustee dean provost principal warden
  lieutenant colonel sergeant detective constable chef comedian filmmaker screenwriter songwriter composer novelist poet photographer journalist
  blogger commentator pundit pollster demographer epidemiologist virologist psychologist psychiatrist therapist pediatrician dentist pharmacist
  farmer rancher entrepreneur businessman businesswoman billionaire philanthropist lobbyist counsel plaintiff witness survivor shopkeeper worker
  employee volunteer pastor priest archbishop cleric monk nun ayatollah spokesman-designate co-chair cochair vice-chair whip speaker
  secretary-designate nominee envoy chairman-elect governor-elect mayor-elect senator-elect congressman-elect physicist chemist biologist
  astronomer geologist engineer economist sociologist anthropologist linguist curator archivist librarian coordinator supervisor administrator
  technician specialist official rep publicist suspect defendant agent`.split(/\s+/),
);

export const HONORIFICS =
  /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Cpl|Pvt|Supt|Det|Insp|Atty|Amb|Hon|Rev|Lord|Lady|Judge|Justice|President|Prime|Minister|Senator|Governor|Mayor|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Imam|Rabbi|Father|Sister|Coach|Chancellor|Secretary|Ambassador|Commissioner|Chief|Director|Speaker|Leader)\.?$/;

export const ORG_WORDS = new Set(
  `ministry department agency office house council committee commission court parliament congress senate government administration police army military
  forces company corporation corp inc ltd llc plc group bank fund university college school institute foundation association union organization
  organisation party league federation club team times post news journal press network television radio magazine authority board bureau service
  services center centre hospital embassy kremlin pentagon cabinet coalition alliance assembly tribunal guard navy airlines motors technologies labs
  media reuters afp bloomberg cnn bbc nbc abc cbs fox foundation trust council electric industries holdings partners capital ventures brands
  games studios entertainment records pictures sports nfl nba mlb nhl fifa uefa ioc fc republic kingdom states nations county city state province
  research securities equities steel investments insurance energy oil gas pharma pharmaceuticals systems solutions software health healthcare
  airways auto automotive financial finance markets exchange advisors associates consulting communications telecom networks digital online pro
  productions films publishing review weekly daily herald tribune gazette observer chronicle courier express guardian telegraph laboratory clinic
  mosque temple stadium arena airport station avenue road square river island valley tower palace museum gallery theatre theater cinema festival
  awards prize cup championship olympics conference summit forum act bill amendment treaty accord initiative index nasdaq university's inc.
  campaign project program programme movement`.split(/\s+/),
);

export const PRONOUNS: Record<string, 'person' | 'group' | 'thing'> = {
  he: 'person',
  she: 'person',
  i: 'person',
  they: 'group',
  we: 'group',
  it: 'thing',
};

/** Common capitalised words that are not names at the start of a subject. */
export const NOT_NAME = new Set(
  `The A An This That These Those Its His Her Their Our My Your In On At For But And Or So If When While After Before During Since As Also Then However
  Meanwhile Still Yet Now Today Yesterday Tomorrow Last Next Earlier Later Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec According Asked Speaking
  Both Many Some Several Other Others Most Such No Not There Here Who What Why How Where Which It He She They We I You Mr Mrs Ms Dr
  Never Then Thus Instead Indeed Despite Although Though Because Whether Even Only Just Once Again Perhaps Maybe Please Thanks Yes Well Oh
  To From With Without By Of Under Against Like Unlike Via Through Among Between Amid
  Whatever Whenever Wherever Whoever Is Are Was Were Would Could Should Will Can Did Does Do Has Have Had Highly Plus Correction Update
  Clearly Obviously Finally Additionally Importantly Interestingly Unfortunately Fortunately Sadly Apparently Basically Overall
  Read More Watch Click Follow Subscribe Photo Video Getty Image Images Advertisement Sponsored Related Update Updated Published Editor Note`.split(
    /\s+/,
  ),
);

/** What an abbreviated title in front of a name says the person is: "Gov. Eric Holcomb" is the governor. */
export const TITLE_ROLES: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  col: 'colonel',
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  cmdr: 'commander',
  adm: 'admiral',
  dr: 'doctor',
  prof: 'professor',
  rev: 'reverend',
  pres: 'president',
  atty: 'attorney',
  supt: 'superintendent',
  det: 'detective',
  insp: 'inspector',
  amb: 'ambassador',
  sec: 'secretary',
};

/** Plural nouns for a group of people who speak together ("prosecutors said", "the doctors wrote"). */
export const GROUP_NOUNS = new Set(
  `officials analysts experts economists researchers residents critics supporters officers lawmakers leaders prosecutors attorneys lawyers doctors
  physicians scientists authors investigators authorities sources witnesses protesters demonstrators activists diplomats organizers organisers
  representatives members spokespeople spokesmen executives managers observers advocates opponents voters teachers students parents workers
  employees nurses police firefighters farmers owners fans players coaches officers agents regulators judges senators legislators democrats
  republicans conservatives liberals environmentalists economists strategists historians experts commentators critics insiders aides advisers advisors
  negotiators ministers governments countries nations states allies neighbors neighbours families relatives victims survivors doctors staff
  staffers board-members citizens people americans europeans companies firms groups agencies unions banks brokerages organizations
  organisations ministries departments networks outlets publishers airlines retailers manufacturers automakers carriers insurers hospitals schools
  sides backers settlers proponents men women`.split(/\s+/),
);
