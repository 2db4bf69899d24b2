/**
 * The API contract: a zod schema for what every JSON endpoint returns. The mappers in
 * `mappers.ts` are typed by these schemas, `/api/openapi.json` is generated from them, and the
 * contract test (`e2e/contract.spec.ts`) holds every real response to that description.
 *
 * One meaning per field name (decision 0012): inside a record, a field named after a collection
 * holds ids or slugs (`sources`, `areas`, `interventions`, `parts`); the objects they stand for
 * are in `bibliography` (sources) or in the endpoint of their own. Only the top-level collection
 * of a listing endpoint (`/api/areas` → `areas`, `/api/sources` → `sources`) holds full records.
 * Objects are strict: a field the contract does not describe fails the test.
 */
import { z } from 'zod';
import { boundaryPrecisions, categoryCodes, interventionCategories, interventionKinds, locationPrecisions, sourceKinds, sourceLanguages, sourceOrigins, statuses } from '@/db/data-schema';
import { tiers } from '@/db/categories';
import { dwellingMeasures } from '@/db/queries/figures';
import { measures } from '@/db/data-schema';

const int = () => z.number().int();
const slug = z.string().describe('A slug: lower-case ASCII words joined by hyphens.');
/** Source ids: the sources that state the fact (see `bibliography`, or /api/sources). */
const ids = z.array(z.string()).describe('Source ids of the sources that state this; look them up in `bibliography` or /api/sources.');
const slugs = (what: string) => z.array(z.string()).describe(`${what} slugs.`);
const year = int();
const nullableYear = int().nullable();

// ------------------------------------------------------------------ shared pieces
export const envelope = {
  dataVersion: z.string().describe('The version of the data: the first 12 hex digits of a hash of data/.'),
  builtAt: z.string().describe('When the database was built (ISO 8601).'),
};

export const errorSchema = z.strictObject({
  error: z.strictObject({ status: int().describe('The HTTP status.'), message: z.string().describe('What was wrong; a bad parameter is named.') }),
});

export const sourceSchema = z.strictObject({
  id: z.string(),
  url: z.string(),
  title: z.string().describe('The title as the page gives it.'),
  publisher: z.string(),
  published: z.string().nullable().describe('Publication date (YYYY-MM-DD, YYYY-MM or YYYY), or null when the page gives none.'),
  accessed: z.string(),
  language: z.enum(sourceLanguages),
  kind: z.enum(sourceKinds),
  origin: z.enum(sourceOrigins).describe('`primary`: the publisher\'s own page or document; `mirror`: a copy of it on another site; `re-host`: a document uploaded to a hosting site.'),
});

export const municipalitySchema = z.strictObject({ code: int(), name: z.string(), region: z.string().nullable() });
const ref = z.strictObject({ slug, name: z.string() });
const categoryCode = z.enum(categoryCodes);
const tier = z.enum(tiers);

export const locationSchema = z
  .strictObject({
    lat: z.number(),
    lon: z.number(),
    precision: z.enum(locationPrecisions).describe('`area`: a point inside the area; `district`, `town`, `municipality`: the point of the place named in `place` that holds the area.'),
    place: z.string().nullable().describe('The district, town or kommune a coarse point stands for; null for `area`.'),
  })
  .describe('Where the area is and how well that is known; null when no source places it.');

const staleReasons = z.array(z.enum(['confirmed_long_ago', 'end_passed'])).describe('Why the status may be out of date: confirmed three or more years before the build, or its planned end has passed without a report that it is done.');

// ------------------------------------------------------------------ figures
const contributionSchema = z.strictObject({ slug, title: z.string(), titleEn: z.string().nullable(), value: z.number(), asOf: year, sources: ids });
export const figureSchema = z
  .strictObject({ value: z.number(), asOf: z.strictObject({ from: year, to: year }), contributions: z.array(contributionSchema) })
  .nullable()
  .describe("The sum of the counted figures (each intervention's latest, a plan and its stages once), the as-of years they span, and each figure with its sources; null where no source gives one.");
export const measureFigureSchema = z.strictObject({ measure: z.enum(dwellingMeasures), planned: figureSchema, completed: figureSchema });
export const measureProgressSchema = measureFigureSchema.extend({
  history: z.array(z.strictObject({ asOf: year, value: z.number() })).describe('The completed roll-up as it stood in each year a completed figure is dated.'),
});
const shareSchema = z.strictObject({ value: z.number(), asOf: year, slug, note: z.string().nullable(), noteEn: z.string().nullable(), sources: ids });

const statusFields = {
  status: z.enum(statuses),
  statusYear: year.describe('The year a source last confirmed the status.'),
  stale: z.boolean().describe('Whether the status may be out of date (see `staleReasons`).'),
  staleReasons,
};

export const planProgressSchema = z.strictObject({
  slug,
  title: z.string(),
  titleEn: z.string().nullable(),
  ...statusFields,
  startYear: nullableYear,
  endYear: nullableYear,
  areas: z.array(ref),
  follows: slug.nullable().describe('The plan this one replaces.'),
  followedBy: slug.nullable().describe('The plan that replaces this one.'),
  scope: slugs('The plan and its stages: the intervention').describe('The plan and its stages: the interventions the roll-up reads.'),
  measures: z.array(measureProgressSchema),
  share: z
    .strictObject({ before: z.array(shareSchema), target: z.array(shareSchema) })
    .describe('The share of almene familieboliger (per cent) before the plan and its target, as sources state them.'),
});

export const progressResponseSchema = z.strictObject({
  ...envelope,
  national: z.strictObject({
    plans: int(),
    measures: z.array(measureProgressSchema.extend({ plansPlanned: int(), plansCompleted: int() })),
  }),
  plans: z.array(planProgressSchema),
  areas: z.array(
    z.strictObject({ area: z.strictObject({ slug, name: z.string(), type: z.enum(['listed_area', 'district']) }), plans: slugs('Development plan'), measures: z.array(measureProgressSchema) }),
  ),
});

// ------------------------------------------------------------------ interventions
const datedClaim = z.strictObject({ date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD.'), sources: ids }).nullable();

/** A text we wrote, in English: the sibling of the Danish field it follows (decision 0013). */
const english = z.string().nullable().describe('The English version of the Danish text before it (null where none is written yet).');

export const interventionSchema = z.strictObject({
  slug,
  title: z.string().describe('The title in Danish.'),
  titleEn: english,
  kind: z.enum(interventionKinds),
  category: z.enum(interventionCategories),
  ...statusFields,
  startYear: nullableYear,
  endYear: nullableYear,
  start: datedClaim,
  end: datedClaim,
  areas: slugs('Area'),
  actors: z.array(z.strictObject({ name: z.string(), role: z.string(), sources: ids })),
  quantities: z.array(
    z.strictObject({
      measure: z.enum(measures),
      value: z.number(),
      basis: z.enum(['planned', 'completed']).describe('Planned and completed figures are never added together.'),
      asOf: year.describe('The year the source states the figure for.'),
      funder: z.string().nullable(),
      funderEn: english,
      note: z.string().nullable(),
      noteEn: english,
      sources: ids,
    }),
  ),
  relations: z.array(
    z.strictObject({
      type: z.enum(['part_of', 'accompanies', 'follows']),
      direction: z.enum(['outgoing', 'incoming']).describe('`outgoing`: this intervention → target; `incoming`: target → this intervention.'),
      target: slug,
      title: z.string(),
      titleEn: english,
      sources: ids,
    }),
  ),
  description: z.strictObject({ text: z.string(), textEn: english, sources: ids }).nullable(),
  location: z.strictObject({ lat: z.number(), lon: z.number(), sources: ids }).nullable().describe('Where the intervention itself is, when a source places it.'),
  statusSources: ids,
  sources: ids.describe('Sources for the intervention as a whole.'),
});

export const interventionsResponseSchema = z.strictObject({
  ...envelope,
  filter: z
    .record(z.string(), z.union([z.array(z.union([z.string(), z.number()])), z.number()]))
    .describe('The filters applied, as parsed: each facet (kind, category, status, area, municipality) a list of the values asked for, `year` a number.'),
  count: int(),
  interventions: z.array(interventionSchema),
});

export const interventionResponseSchema = interventionSchema.extend({ ...envelope, bibliography: z.array(sourceSchema) });

// ------------------------------------------------------------------ areas
const lastListedSchema = z
  .strictObject({ date: z.string(), codes: z.array(categoryCode), tier: tier.nullable() })
  .nullable()
  .describe('The most recent list the area (or, for a district, one of its parts) was on.');

export const areaBriefSchema = z.strictObject({
  slug,
  name: z.string(),
  type: z.enum(['listed_area', 'district']),
  partOf: slug.nullable(),
  municipality: municipalitySchema,
  location: locationSchema.nullable(),
  lastListed: lastListedSchema,
  onLatestList: z.boolean().describe('Whether `lastListed` is the latest list recorded.'),
  listDates: z.array(z.string()),
});

export const areasResponseSchema = z.strictObject({
  ...envelope,
  filter: z.record(z.string(), z.union([z.string(), z.number()])),
  count: int(),
  areas: z.array(areaBriefSchema),
});

const observationSchema = z.strictObject({ value: int(), year, note: z.string().nullable(), noteEn: english, sources: ids });

export const areaResponseSchema = z.strictObject({
  ...envelope,
  slug,
  name: z.string(),
  aliases: z.array(z.string()).describe('Other spellings and former names (with their kinds and sources in `facts.aliases`).'),
  municipality: municipalitySchema,
  type: z.enum(['listed_area', 'district']),
  partOf: slug.nullable(),
  parts: slugs('Area'),
  location: locationSchema.nullable(),
  statuses: z.record(z.string(), z.array(categoryCode)).describe('From list date to the official category codes held on that list.'),
  interventions: slugs('Intervention'),
  facts: z.strictObject({
    aliases: z.array(
      z.strictObject({
        name: z.string(),
        kind: z.string(),
        year: z.number().int().nullable().describe('For a former name, the year the area took its present name; null when no source gives it.'),
        sources: ids,
      }),
    ),
    town: z.string().nullable(),
    housingOrganisations: z.array(z.strictObject({ name: z.string(), departments: z.array(z.string()), sources: ids })),
    built: z.strictObject({ from: year, to: nullableYear, sources: ids }).nullable(),
    dwellings: z.array(observationSchema),
    residents: z.array(observationSchema),
    location: locationSchema.extend({ sources: ids, placeSources: ids.describe('Sources that the area lies in `place`.') }).nullable(),
    boundary: z
      .strictObject({
        precision: z.enum(boundaryPrecisions).describe('`area`: the outline of the area itself; `district`: the outline of the district (bydel) that holds it, not of the area.'),
        place: z.string().nullable().describe('The district, for `district`; null for `area`.'),
        polygon: z.string().describe('The source id of the polygon\'s record: its feature in /api/boundaries.geojson has this `polygon`.'),
        sources: ids,
        placeSources: ids.describe('Sources that the area lies in the district.'),
      })
      .nullable()
      .describe('The boundary the map draws for the area, or null where no source publishes one.'),
    summary: z.strictObject({ text: z.string(), textEn: english, sources: ids }).nullable(),
    links: z.array(z.strictObject({ label: z.string(), labelEn: english, url: z.string() })),
    listStatuses: z.array(
      z.strictObject({
        date: z.string(),
        criteriaEra: z.string(),
        categories: z.array(
          z.strictObject({
            code: categoryCode,
            tier,
            via: ref.nullable().describe('The part that held it, on a district.'),
            basis: z.enum(['printed', 'derived']),
            derivation: z.string().nullable(),
            derivationEn: z.string().nullable(),
            figures: z
              .strictObject({
                residents: z.number().nullable(),
                nonWesternPct: z.number().nullable(),
                outsideWorkEducationPct: z.number().nullable(),
                convictionsRate: z.number().nullable(),
                basicEducationPct: z.number().nullable(),
                incomePct: z.number().nullable(),
                sources: ids,
              })
              .nullable()
              .describe('The criteria figures a source prints for the area on this list (the unit of each is that of its era; see /om).'),
            sources: ids,
          }),
        ),
      }),
    ),
    interventions: z.array(interventionSchema.extend({ via: ref.nullable().describe('The part the intervention belongs to, on a district.') })),
  }),
  figures: z.array(measureFigureSchema).describe('Dwellings demolished, sold, converted and built in the area (with its parts), planned and completed apart.'),
  developmentPlans: z.array(planProgressSchema),
  sources: ids.describe("Sources for the area's existence and name."),
  bibliography: z.array(sourceSchema).describe('Every source cited by the area, in order of first citation.'),
});

// ------------------------------------------------------------------ lists
export const listsResponseSchema = z.strictObject({
  ...envelope,
  lists: z.array(
    z.strictObject({
      date: z.string(),
      title: z.string().nullable().describe('The official title, or null when no source gives it.'),
      titleEn: z.string().nullable().describe('An English gloss of the title.'),
      criteriaEra: z.string(),
      complete: z.boolean().describe('Whether every category names all its published areas.'),
      categories: z.array(
        z.strictObject({ code: categoryCode, publishedTotal: int().nullable(), complete: z.boolean(), named: int().describe('How many of its areas we have names for.') }),
      ),
    }),
  ),
});

export const listResponseSchema = z.strictObject({
  ...envelope,
  date: z.string(),
  title: z.string().nullable(),
  titleEn: z.string().nullable(),
  criteria: z
    .strictObject({ id: z.string(), title: z.string(), titleEn: z.string().nullable(), rule: z.string(), ruleEn: z.string().nullable(), minResidents: int().nullable(), sources: ids })
    .nullable(),
  categories: z.array(
    z.strictObject({
      code: categoryCode,
      publishedTotal: int().nullable(),
      totalSources: ids,
      complete: z.boolean(),
      areas: z.array(
        z.strictObject({
          slug,
          name: z.string(),
          municipality: municipalitySchema,
          basis: z.enum(['printed', 'derived']).describe('`printed`: a cited source prints the name on this list; `derived`: worked out from other lists and published entries and exits, as `derivation` says.'),
          derivation: z.string().nullable(),
          derivationEn: z.string().nullable(),
          note: z.string().nullable(),
          noteEn: z.string().nullable(),
          sources: ids,
        }),
      ),
      areaSlugs: slugs('Area'),
    }),
  ),
  events: z.array(z.strictObject({ date: z.string(), description: z.string(), descriptionEn: z.string().nullable(), sources: ids })),
  previous: z.strictObject({ date: z.string(), complete: z.boolean() }).nullable(),
  entered: z.array(ref).describe('Areas on this list that were on no category of the previous one.'),
  left: z.array(ref).describe('Areas on the previous list that are on no category of this one.'),
  sources: ids.describe('The official list and the sources that published it.'),
  bibliography: z.array(sourceSchema),
});

// ------------------------------------------------------------------ sources, search, compare
export const sourcesResponseSchema = z.strictObject({
  ...envelope,
  sources: z.array(
    sourceSchema.extend({
      factCount: int().describe('How many facts (claims) cite the source.'),
      citedBy: z.strictObject({
        areas: z.array(ref),
        interventions: z.array(z.strictObject({ slug, title: z.string(), titleEn: z.string().nullable() })),
        lists: z.array(z.string()),
        criteria: z.array(z.strictObject({ id: z.string(), title: z.string() })),
        municipalities: z.array(z.strictObject({ code: int(), name: z.string() })),
      }),
    }),
  ),
});

export const searchResponseSchema = z.strictObject({
  ...envelope,
  query: z.string(),
  areas: z.array(
    z.strictObject({
      slug,
      name: z.string(),
      municipality: z.string().describe("The kommune's name."),
      type: z.enum(['listed_area', 'district']),
      matched: z.enum(['name', 'alias', 'text']).describe('How it matched: its name, another of its names (`alias`), or other text.'),
      alias: z.string().nullable(),
      url: z.string(),
    }),
  ),
  interventions: z.array(
    z.strictObject({ slug, title: z.string(), titleEn: z.string().nullable(), kind: z.enum(interventionKinds), category: z.enum(interventionCategories), url: z.string() }),
  ),
  sources: z.array(z.strictObject({ id: z.string(), title: z.string(), publisher: z.string(), url: z.string() })),
});

export const compareResponseSchema = z.strictObject({
  ...envelope,
  areas: z.array(
    z.strictObject({
      slug,
      name: z.string(),
      type: z.enum(['listed_area', 'district']),
      municipality: municipalitySchema,
      dwellings: observationSchema.nullable().describe('The latest dwelling count.'),
      residents: observationSchema.nullable().describe('The latest resident count.'),
      years: z.array(z.strictObject({ year, listDate: z.string(), codes: z.array(categoryCode), tier: tier.nullable(), sources: ids })).describe('Per calendar year, the latest list of that year.'),
      firstListedYear: nullableYear,
      firstListedUncertain: z.boolean().describe('Whether an earlier list is incomplete, so the area may have been listed before.'),
      highest: z.strictObject({ tier, year, codes: z.array(categoryCode) }).nullable(),
      figures: z.array(measureFigureSchema),
      interventionsByCategory: z
        .record(z.string(), z.array(z.strictObject({ slug, title: z.string(), titleEn: z.string().nullable(), ...statusFields, startYear: nullableYear, endYear: nullableYear })))
        .describe('Per category, the interventions in the area.'),
    }),
  ),
  categories: z.array(z.enum(interventionCategories)),
  bibliography: z.array(sourceSchema),
});

export const openApiResponseSchema = z
  .object({ openapi: z.literal('3.1.0'), info: z.object({}).loose(), paths: z.object({}).loose(), components: z.object({}).loose() })
  .loose()
  .describe('An OpenAPI 3.1 document.');

export type AreaBriefApi = z.input<typeof areaBriefSchema>;
export type AreaApi = z.input<typeof areaResponseSchema>;
export type InterventionApi = z.input<typeof interventionSchema>;
export type PlanProgressApi = z.input<typeof planProgressSchema>;
export type MeasureFigureApi = z.input<typeof measureFigureSchema>;
export type ProgressApi = z.input<typeof progressResponseSchema>;
export type ListsApi = z.input<typeof listsResponseSchema>;
export type ListApi = z.input<typeof listResponseSchema>;
export type SourcesApi = z.input<typeof sourcesResponseSchema>;
export type SearchApi = z.input<typeof searchResponseSchema>;
export type CompareApi = z.input<typeof compareResponseSchema>;
/** A response body without the envelope, which `apiJson` adds. */
export type Body<T> = Omit<T, 'dataVersion' | 'builtAt'>;
