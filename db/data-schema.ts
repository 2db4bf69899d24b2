/**
 * The one definition of the shape of every file in `data/` (see data/README.md).
 * Messages are written for curators: each says what was expected and what was found.
 */
import { z } from 'zod';

const got = (input: unknown): string => JSON.stringify(input) ?? String(input);

export const slug = z
  .string({ error: (i) => `expected a slug (text), got ${got(i.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (i) => `expected an ASCII slug (a-z, 0-9, '-'), got ${got(i.input)}`,
  });

export const sourceId = slug;
export const sourceIds = z
  .array(sourceId, { error: (i) => `expected a list of source ids, got ${got(i.input)}` })
  .min(1, { error: 'expected at least one source id: no source, no fact' });

export const year = z
  .number({ error: (i) => `expected a year between 1900 and 2100, got ${got(i.input)}` })
  .int({ error: (i) => `expected a year between 1900 and 2100, got ${got(i.input)}` })
  .min(1900, { error: (i) => `expected a year between 1900 and 2100, got ${got(i.input)}` })
  .max(2100, { error: (i) => `expected a year between 1900 and 2100, got ${got(i.input)}` });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is. */
export const partialDate = z
  .string({ error: (i) => `expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted), got ${got(i.input)}` })
  .regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: (i) => `expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${got(i.input)}`,
  });

export const fullDate = z
  .string({ error: (i) => `expected a date as "YYYY-MM-DD" (quoted), got ${got(i.input)}` })
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: (i) => `expected a date as "YYYY-MM-DD", got ${got(i.input)}`,
  });

const nonEmptyText = z
  .string({ error: (i) => `expected text, got ${got(i.input)}` })
  .trim()
  .min(1, { error: 'expected non-empty text' });

const url = z.url({ protocol: /^https?$/, error: (i) => `expected an http(s) URL, got ${got(i.input)}` });

const count = z
  .number({ error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}` })
  .int({ error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}` })
  .nonnegative({ error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}` });

/**
 * The English version of a text field, in our own words (issue 17): a sibling `<field>En` beside
 * each Danish text field. Optional while the English is being written; see data/README.md.
 */
const english = nonEmptyText.optional();

/**
 * The text fields we write ourselves and their English siblings. Every one present must have its
 * sibling (a load check, db/cross-check.ts), except a list's own `title`, which is an official
 * Danish name (its `titleEn` is an optional gloss), and a link's `label` (a name, mostly).
 */
export const englishPairs: Readonly<Record<string, string>> = {
  text: 'textEn',
  title: 'titleEn',
  note: 'noteEn',
  description: 'descriptionEn',
  rule: 'ruleEn',
  derivation: 'derivationEn',
};

/** Text in our own words with the sources it rests on, in Danish (`text`) and English (`textEn`). */
const sourcedText = z.strictObject({ text: nonEmptyText, textEn: english, sources: sourceIds });

// ---------------------------------------------------------------- sources
export const sourceKinds = [
  'official_list',
  'law',
  'ministry',
  'municipality',
  'housing_organisation',
  'report',
  'news',
  'court',
  'encyclopedia',
  'gazetteer',
  'other',
] as const;

export const sourceLanguages = ['da', 'en', 'sv', 'de', 'no', 'is', 'nl', 'fr'] as const;

/** Whether a source is the publisher's own page (`primary`), a copy of it elsewhere (`mirror`), or a re-upload of a document to a hosting site (`re-host`). */
export const sourceOrigins = ['primary', 'mirror', 're-host'] as const;

export const sourceSchema = z.strictObject({
  id: sourceId,
  url,
  title: nonEmptyText,
  publisher: nonEmptyText,
  published: partialDate.nullable(),
  accessed: fullDate,
  language: z.enum(sourceLanguages),
  kind: z.enum(sourceKinds),
  origin: z.enum(sourceOrigins, { error: (i) => `expected primary, mirror or re-host, got ${got(i.input)}` }),
});
export const sourcesFileSchema = z.array(sourceSchema);

// ---------------------------------------------------------------- municipalities
export const regions = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;
export const municipalityCode = z
  .number({ error: (i) => `expected a three-digit municipality code, got ${got(i.input)}` })
  .int()
  .min(101, { error: (i) => `expected a three-digit municipality code, got ${got(i.input)}` })
  .max(999, { error: (i) => `expected a three-digit municipality code, got ${got(i.input)}` });

export const municipalitySchema = z.strictObject({
  code: municipalityCode,
  name: nonEmptyText,
  region: z.enum(regions),
  sources: sourceIds,
});
export const municipalitiesFileSchema = z.array(municipalitySchema);

// ---------------------------------------------------------------- categories and criteria
export const criteriaEraIds = ['2010', '2013', '2018', '2021'] as const;
export type CriteriaEraId = (typeof criteriaEraIds)[number];

export const categoryCodes = [
  'ghetto',
  'udsat',
  'haardt_ghetto',
  'forebyggelse',
  'parallelsamfund',
  'omdannelse',
] as const;
export type CategoryCode = (typeof categoryCodes)[number];

/**
 * The legal subsets of each era (a check at load): from 2018 every ghetto area is an udsat
 * boligområde and every hard ghetto area a ghetto area; from 2021 every parallelsamfund and every
 * omdannelsesområde is an udsat boligområde. `[subset, superset]`.
 */
export const categorySubsetsByEra: Record<CriteriaEraId, readonly (readonly [CategoryCode, CategoryCode])[]> = {
  '2010': [],
  '2013': [],
  '2018': [
    ['ghetto', 'udsat'],
    ['haardt_ghetto', 'ghetto'],
  ],
  '2021': [
    ['parallelsamfund', 'udsat'],
    ['omdannelse', 'udsat'],
  ],
};

/** Which official categories each era of criteria defines (DESIGN §2). */
export const categoriesByEra: Record<CriteriaEraId, readonly CategoryCode[]> = {
  '2010': ['ghetto'],
  '2013': ['ghetto'],
  '2018': ['udsat', 'ghetto', 'haardt_ghetto'],
  '2021': ['forebyggelse', 'udsat', 'parallelsamfund', 'omdannelse'],
};

export const criterionKeys = [
  'non_western',
  'outside_work_education',
  'convictions',
  'basic_education',
  'income',
  'residents',
] as const;

export const criteriaEraSchema = z.strictObject({
  id: z.enum(criteriaEraIds),
  title: nonEmptyText,
  titleEn: english,
  minResidents: count.nullable(),
  rule: nonEmptyText,
  ruleEn: english,
  criteria: z.array(
    z.strictObject({
      key: z.enum(criterionKeys),
      description: nonEmptyText,
      descriptionEn: english,
      threshold: z.number().nullable(),
    }),
  ),
  categories: z.array(z.strictObject({ code: z.enum(categoryCodes), rule: nonEmptyText, ruleEn: english })),
  sources: sourceIds,
});
export const criteriaFileSchema = z.array(criteriaEraSchema);

// ---------------------------------------------------------------- lists
const figure = z.number().nullable().optional();
export const listFiguresSchema = z.strictObject({
  residents: figure,
  nonWesternPct: figure,
  outsideWorkEducationPct: figure,
  convictionsRate: figure,
  basicEducationPct: figure,
  incomePct: figure,
  sources: sourceIds,
});

/** How a membership is known: a source prints the name on this list, or it is worked out from other lists and published entries and exits. */
export const membershipBases = ['printed', 'derived'] as const;

export const listMembershipSchema = z
  .strictObject({
    area: slug,
    sources: sourceIds.optional(),
    basis: z.enum(membershipBases, { error: (i) => `expected printed or derived, got ${got(i.input)}` }),
    derivation: nonEmptyText.optional(),
    derivationEn: english,
    figures: listFiguresSchema.optional(),
    note: nonEmptyText.optional(),
    noteEn: english,
  })
  .superRefine((membership, ctx) => {
    if (membership.basis === 'derived' && !membership.derivation) {
      ctx.addIssue({ code: 'custom', path: ['derivation'], message: 'a derived membership must say how it was derived' });
    }
    if (membership.basis === 'printed' && membership.derivation) {
      ctx.addIssue({ code: 'custom', path: ['derivation'], message: 'a printed membership is not derived: drop the derivation or set basis: derived' });
    }
  });

export const listCategorySchema = z
  .strictObject({
    code: z.enum(categoryCodes),
    publishedTotal: count.nullable(),
    totalSources: sourceIds.optional(),
    complete: z.boolean({ error: (i) => `expected true or false, got ${got(i.input)}` }),
    areas: z.array(listMembershipSchema),
  })
  .superRefine((category, ctx) => {
    if (category.publishedTotal !== null && !category.totalSources) {
      ctx.addIssue({
        code: 'custom',
        path: ['totalSources'],
        message: 'a published total needs the sources that state it',
      });
    }
  });

export const listSchema = z.strictObject({
  date: fullDate,
  title: nonEmptyText.nullable(),
  titleEn: english,
  criteria: z.enum(criteriaEraIds),
  sources: sourceIds,
  categories: z.array(listCategorySchema).min(1),
  events: z
    .array(z.strictObject({ date: partialDate, description: nonEmptyText, descriptionEn: english, sources: sourceIds }))
    .optional(),
});

// ---------------------------------------------------------------- areas
export const areaTypes = ['listed_area', 'district'] as const;
export const aliasKinds = ['spelling', 'former_name', 'part_name', 'common_name'] as const;

const observation = z.strictObject({
  value: count,
  year,
  sources: sourceIds,
  note: nonEmptyText.optional(),
  noteEn: english,
});

const latitude = z.number().min(54.4).max(57.9, { error: (i) => `expected a latitude inside Denmark, got ${got(i.input)}` });
const longitude = z.number().min(7.9).max(15.3, { error: (i) => `expected a longitude inside Denmark, got ${got(i.input)}` });

/** How well a boundary is known (decision 0016): the area's own outline, or that of the district that holds it. */
export const boundaryPrecisions = ['area', 'district'] as const;
export type BoundaryPrecision = (typeof boundaryPrecisions)[number];

/**
 * An area's boundary: a polygon a source publishes as data, cited by the record it comes from
 * (`sources`, one of which is a polygon in data/gazetteer/boundaries.geojson). Never drawn by hand:
 * the polygon itself lives only in the generated extract. For `district`, `place` names the
 * district and `placeSources` say the area lies in it (not needed when `place` is the area's own
 * `town` or the district its location's point stands for).
 */
export const boundarySchema = z
  .strictObject({
    precision: z.enum(boundaryPrecisions, { error: (i) => `expected one of ${boundaryPrecisions.join(', ')}, got ${got(i.input)}` }),
    place: nonEmptyText.nullable(),
    sources: sourceIds,
    placeSources: sourceIds.optional(),
  })
  .superRefine((boundary, ctx) => {
    if (boundary.precision === 'area' && boundary.place !== null) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: `the area's own boundary stands for no other place: expected null, got ${got(boundary.place)}` });
    }
    if (boundary.precision === 'district' && boundary.place === null) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'a district boundary must name the district' });
    }
  });

/** How well a location is known (DESIGN §2): a point in the area itself, or the point of a place that holds it. */
export const locationPrecisions = ['area', 'district', 'town', 'municipality'] as const;
export type LocationPrecision = (typeof locationPrecisions)[number];

/**
 * An area's location: a point a source prints, how precise it is and, for a coarse point, the place
 * it stands for. `sources` print the point; `placeSources` say the area lies in `place` (not needed
 * when `place` is the area's own `town`, or for `municipality`, which the area's own sources state).
 */
export const areaLocationSchema = z
  .strictObject({
    lat: latitude,
    lon: longitude,
    precision: z.enum(locationPrecisions, { error: (i) => `expected one of ${locationPrecisions.join(', ')}, got ${got(i.input)}` }),
    place: nonEmptyText.nullable(),
    sources: sourceIds,
    placeSources: sourceIds.optional(),
  })
  .superRefine((location, ctx) => {
    if (location.precision === 'area' && location.place !== null) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: `a point inside the area stands for no other place: expected null, got ${got(location.place)}` });
    }
    if (location.precision !== 'area' && location.place === null) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: `a ${location.precision}-level point must name the ${location.precision} it stands for` });
    }
  });

export const areaSchema = z
  .strictObject({
    slug,
    name: nonEmptyText,
    aliases: z.array(
      z.strictObject({ name: nonEmptyText, kind: z.enum(aliasKinds), year: year.optional(), sources: sourceIds.optional() }),
    ),
    type: z.enum(areaTypes),
    partOf: slug.nullable(),
    municipality: municipalityCode,
    town: nonEmptyText.nullable(),
    housingOrganisations: z.array(
      z.strictObject({ name: nonEmptyText, departments: z.array(nonEmptyText), sources: sourceIds }),
    ),
    built: z.strictObject({ from: year, to: year.nullable(), sources: sourceIds }).nullable(),
    dwellings: z.array(observation),
    residents: z.array(observation),
    location: areaLocationSchema.nullable(),
    boundary: boundarySchema.nullable().optional(),
    summary: sourcedText.nullable(),
    links: z.array(z.strictObject({ label: nonEmptyText, labelEn: english, url })),
    sources: sourceIds,
  })
  .superRefine((area, ctx) => {
    if (area.built && area.built.to !== null && area.built.to < area.built.from) {
      ctx.addIssue({ code: 'custom', path: ['built', 'to'], message: `expected a year ≥ built.from (${area.built.from}), got ${area.built.to}` });
    }
    if (area.partOf === area.slug) {
      ctx.addIssue({ code: 'custom', path: ['partOf'], message: 'an area cannot be part of itself' });
    }
  });

// ---------------------------------------------------------------- interventions
export const interventionKinds = ['physical', 'social', 'policy'] as const;
export type InterventionKind = (typeof interventionKinds)[number];
export const categoriesByKind = {
  physical: [
    'demolition',
    'sale',
    'conversion',
    'new_housing',
    'renovation',
    'infrastructure',
    'institution',
    'public_space',
    'development_plan',
    'master_plan',
  ],
  social: [
    'helhedsplan',
    'employment',
    'education',
    'youth',
    'family',
    'health',
    'safety',
    'community',
    'resident_democracy',
    'rehousing',
  ],
  policy: ['law', 'agreement', 'designation', 'dispensation', 'court_case'],
} as const;
export const interventionCategories = [
  ...categoriesByKind.physical,
  ...categoriesByKind.social,
  ...categoriesByKind.policy,
] as const;
export type InterventionCategory = (typeof interventionCategories)[number];

export const statuses = ['planned', 'decided', 'ongoing', 'completed', 'cancelled'] as const;
export type Status = (typeof statuses)[number];
export const actorRoles = [
  'municipality',
  'housing_organisation',
  'landsbyggefonden',
  'state',
  'investor',
  'operator',
  'other',
] as const;
export const measures = [
  'dwellings_demolished',
  'dwellings_sold',
  'dwellings_converted',
  'dwellings_built',
  'dwellings_renovated',
  'budget_dkk',
  'almene_family_share_pct',
] as const;
export type Measure = (typeof measures)[number];
export const relationTypes = ['part_of', 'accompanies', 'follows'] as const;
export type RelationType = (typeof relationTypes)[number];

const datedClaim = z.strictObject({ date: partialDate, sources: sourceIds });

export const interventionSchema = z
  .strictObject({
    slug,
    title: nonEmptyText,
    titleEn: english,
    kind: z.enum(interventionKinds),
    category: z.enum(interventionCategories),
    status: z.strictObject({ value: z.enum(statuses), year, sources: sourceIds }),
    start: datedClaim.nullable(),
    end: datedClaim.nullable(),
    areas: z.array(slug),
    actors: z.array(z.strictObject({ name: nonEmptyText, role: z.enum(actorRoles), sources: sourceIds })),
    quantities: z.array(
      z.strictObject({
        measure: z.enum(measures),
        value: z.number().nonnegative(),
        basis: z.enum(['planned', 'completed']),
        asOf: year,
        sources: sourceIds,
        funder: nonEmptyText.optional(),
        funderEn: english,
        note: nonEmptyText.optional(),
        noteEn: english,
      }),
    ),
    relations: z.array(z.strictObject({ type: z.enum(relationTypes), target: slug, sources: sourceIds })),
    description: sourcedText.nullable(),
    /** Where the intervention itself is (a road, a building), when a source places it; optional. */
    location: z.strictObject({ lat: latitude, lon: longitude, sources: sourceIds }).nullable().optional(),
    sources: sourceIds,
  })
  .superRefine((intervention, ctx) => {
    const allowed: readonly string[] = categoriesByKind[intervention.kind];
    if (!allowed.includes(intervention.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `category "${intervention.category}" is not a ${intervention.kind} category (expected one of ${allowed.join(', ')})`,
      });
    }
    if (intervention.status.value === 'completed' && !intervention.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a completed intervention needs an end date' });
    }
    if (intervention.status.value === 'planned' || intervention.status.value === 'decided') {
      intervention.quantities.forEach((quantity, index) => {
        // The almene share is a measured state, not progress: a plan that is only decided still has a share before.
        if (quantity.basis === 'completed' && quantity.measure !== 'almene_family_share_pct') {
          ctx.addIssue({
            code: 'custom',
            path: ['quantities', index, 'basis'],
            message: `a ${intervention.status.value} intervention cannot have completed quantities`,
          });
        }
      });
    }
    intervention.quantities.forEach((quantity, index) => {
      if (quantity.measure === 'almene_family_share_pct' && quantity.value > 100) {
        ctx.addIssue({ code: 'custom', path: ['quantities', index, 'value'], message: `expected a share between 0 and 100 (per cent), got ${quantity.value}` });
      }
    });
    if (intervention.start && intervention.end && intervention.end.date.slice(0, 4) < intervention.start.date.slice(0, 4)) {
      ctx.addIssue({ code: 'custom', path: ['end', 'date'], message: `expected an end on or after the start (${intervention.start.date}), got "${intervention.end.date}"` });
    }
    if (intervention.kind !== 'policy' && intervention.areas.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'a physical or social intervention needs at least one area' });
    }
  });

export type SourceRecord = z.infer<typeof sourceSchema>;
export type MunicipalityRecord = z.infer<typeof municipalitySchema>;
export type CriteriaEraRecord = z.infer<typeof criteriaEraSchema>;
export type ListRecord = z.infer<typeof listSchema>;
export type AreaRecord = z.infer<typeof areaSchema>;
export type InterventionRecord = z.infer<typeof interventionSchema>;
