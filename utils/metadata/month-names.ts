// The month names of the languages whose date lines Verbatim reads, in one table, so chrono's
// English parser (the only locale in the bundle) can read "7 décembre 2019" as "7 December 2019".
// Each row holds the twelve months, January first, as space-separated lower-case forms: full
// names, the genitive a day takes in Polish and Russian ("28 września 2020", "7 декабря 2019"),
// and the usual abbreviations. A form English already reads ("april", "nov", Dutch "december") is
// left out: it needs no translation. Checked by tests: no form names two different months.

export const MONTH_NAMES: Record<string, readonly string[]> = {
  de: [
    'januar jänner',
    'februar',
    'märz mär mrz',
    '',
    'mai',
    'juni',
    'juli',
    '',
    '',
    'oktober okt',
    '',
    'dezember dez',
  ],
  fr: [
    'janvier janv',
    'février fevrier févr fevr fév',
    'mars',
    'avril avr',
    'mai',
    'juin',
    'juillet juil',
    'août aout',
    'septembre',
    'octobre',
    'novembre',
    'décembre decembre déc',
  ],
  es: [
    'enero ene',
    'febrero',
    'marzo',
    'abril abr',
    'mayo',
    'junio',
    'julio',
    'agosto ago',
    'septiembre setiembre',
    'octubre',
    'noviembre',
    'diciembre dic',
  ],
  pt: [
    'janeiro',
    'fevereiro fev',
    'março marco',
    '',
    'maio',
    'junho',
    'julho',
    '',
    'setembro set',
    'outubro out',
    'novembro',
    'dezembro',
  ],
  it: [
    'gennaio gen',
    'febbraio',
    'marzo',
    'aprile',
    'maggio mag',
    'giugno giu',
    'luglio lug',
    '',
    'settembre',
    'ottobre ott',
    'novembre',
    'dicembre',
  ],
  nl: ['januari', 'februari', 'maart mrt', '', 'mei', 'juni', 'juli', 'augustus', '', 'oktober okt', '', ''],
  id: [
    'januari',
    'februari',
    'maret',
    '',
    'mei',
    'juni',
    'juli',
    'agustus agu agt',
    '',
    'oktober okt',
    '',
    'desember des',
  ],
  pl: [
    'styczeń stycznia sty',
    'luty lutego lut',
    'marzec marca',
    'kwiecień kwietnia kwi',
    'maj maja',
    'czerwiec czerwca cze',
    'lipiec lipca lip',
    'sierpień sierpnia sie',
    'wrzesień września wrz',
    'październik października paź',
    'listopad listopada lis',
    'grudzień grudnia gru',
  ],
  ru: [
    'январь января янв',
    'февраль февраля фев февр',
    'март марта мар',
    'апрель апреля апр',
    'май мая',
    'июнь июня июн',
    'июль июля июл',
    'август августа авг',
    'сентябрь сентября сен сент',
    'октябрь октября окт',
    'ноябрь ноября ноя нояб',
    'декабрь декабря дек',
  ],
};

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Each form of the table with the month (0–11) it names. */
export function monthForms(languages: readonly string[] = Object.keys(MONTH_NAMES)): Map<string, number> {
  const forms = new Map<string, number>();
  for (const lang of languages)
    MONTH_NAMES[lang].forEach((row, month) => {
      for (const form of row.split(' ')) if (form) forms.set(form, month);
    });
  return forms;
}
