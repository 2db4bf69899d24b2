/** Danish UI labels for the codes stored in the data (code and database stay English). */

export const categoryLabels: Record<string, string> = {
  ghetto: 'ghettoområde',
  udsat: 'udsat boligområde',
  haardt_ghetto: 'hårdt ghettoområde',
  forebyggelse: 'forebyggelsesområde',
  parallelsamfund: 'parallelsamfund',
  omdannelse: 'omdannelsesområde',
};

export const tierLabels: Record<string, string> = {
  prevention: 'forebyggelse',
  vulnerable: 'udsat',
  listed: 'listet (ghettoliste)',
  parallel: 'parallelsamfund/ghetto',
  transformation: 'omdannelse/hårdt ghetto',
};

export const areaTypeLabels: Record<string, string> = {
  listed_area: 'listet boligområde',
  district: 'bydel',
};

export const kindLabels: Record<string, string> = {
  physical: 'Fysiske indsatser',
  social: 'Sociale indsatser',
  policy: 'Politik og jura',
};

/** One intervention's kind, as a lead-in (`Fysisk indsats: nedrivning`). */
export const kindSingularLabels: Record<string, string> = {
  physical: 'Fysisk indsats',
  social: 'Social indsats',
  policy: 'Politik og jura',
};

export const interventionCategoryLabels: Record<string, string> = {
  demolition: 'nedrivning',
  sale: 'salg',
  conversion: 'omdannelse af boliger',
  new_housing: 'nyt byggeri',
  renovation: 'renovering',
  infrastructure: 'infrastruktur',
  institution: 'institution/arbejdsplads',
  public_space: 'byrum og parker',
  development_plan: 'udviklingsplan',
  master_plan: 'helhedsplan/masterplan',
  helhedsplan: 'boligsocial helhedsplan',
  employment: 'beskæftigelse',
  education: 'uddannelse',
  youth: 'unge',
  family: 'familier',
  health: 'sundhed',
  safety: 'tryghed',
  community: 'fællesskab',
  resident_democracy: 'beboerdemokrati',
  rehousing: 'genhusning',
  law: 'lov',
  agreement: 'politisk aftale',
  designation: 'udpegning',
  dispensation: 'dispensation',
  court_case: 'retssag',
};

export const statusLabels: Record<string, string> = {
  planned: 'planlagt',
  decided: 'besluttet',
  ongoing: 'i gang',
  completed: 'gennemført',
  cancelled: 'opgivet',
};

export const measureLabels: Record<string, string> = {
  dwellings_demolished: 'boliger nedrevet',
  dwellings_sold: 'boliger solgt',
  dwellings_converted: 'boliger omdannet',
  dwellings_built: 'boliger bygget',
  dwellings_renovated: 'boliger renoveret',
  budget_dkk: 'budget (kr.)',
};

export const basisLabels: Record<string, string> = {
  planned: 'planlagt',
  completed: 'gennemført',
};

export const relationLabels: Record<string, { outgoing: string; incoming: string }> = {
  part_of: { outgoing: 'del af', incoming: 'omfatter' },
  accompanies: { outgoing: 'ledsager', incoming: 'ledsages af' },
  follows: { outgoing: 'afløser', incoming: 'afløses af' },
};

export const aliasKindLabels: Record<string, string> = {
  spelling: 'stavemåde',
  former_name: 'tidligere navn',
  part_name: 'delområde',
  common_name: 'almindelig betegnelse',
};

export const actorRoleLabels: Record<string, string> = {
  municipality: 'kommune',
  housing_organisation: 'boligorganisation',
  landsbyggefonden: 'Landsbyggefonden',
  state: 'staten',
  investor: 'investor',
  operator: 'operatør',
  other: 'anden aktør',
};

/** A label for a code, falling back on the code itself so nothing is ever blank. */
export function label(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

/** `2022-12-01` → `1. dec. 2022`; partial dates (`2019`, `2019-05`) as far as they go. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const months = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
  if (!month) return year ?? date;
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)}. ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('da-DK').format(value);
}
