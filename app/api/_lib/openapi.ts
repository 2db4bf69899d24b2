import { z } from 'zod';

import { areaFeaturePropertiesSchema, boundaryFeaturePropertiesSchema, interventionFeaturePropertiesSchema, municipalityFeaturePropertiesSchema } from '@/db/queries/geo';
import {
  areaResponseSchema,
  areasResponseSchema,
  compareResponseSchema,
  errorSchema,
  interventionResponseSchema,
  interventionsResponseSchema,
  listResponseSchema,
  listsResponseSchema,
  openApiResponseSchema,
  progressResponseSchema,
  searchResponseSchema,
  sourcesResponseSchema,
} from './contract';
import { areaFilterExpectations, areaFilterSchema, interventionFilterExpectations, interventionFilterSchema, membershipFilterSchema, areaPointFilterSchema } from '@/db/queries/filters';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema; the `$schema` key is dropped inside the document. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

/** Query parameters from a filter's zod schema: the same schema that validates them at run time. */
function filterParameters(schema: z.ZodType, expected: Record<string, string>) {
  const properties = (jsonSchema(schema, 'input').properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    description: `Filter: ${expected[name] ?? name}. Empty means no filter; a bad value answers 400 naming the parameter.`,
    schema: property,
  }));
}

const bom = { name: 'bom', in: 'query', required: false, description: '1 or true: start the file with a UTF-8 byte-order mark (for Excel).', schema: { type: 'string', enum: ['', '0', '1', 'true', 'false'] } };
const slugPath = (what: string) => ({ name: 'slug', in: 'path', required: true, description: `The ${what}'s slug.`, schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } });

/** A JSON response whose body is described by a contract schema (components/schemas/<name>). */
const json = (description: string, name: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
});
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const errors = {
  '400': json('A parameter is invalid or unknown; the message names it.', 'Error'),
  '404': json('No such record.', 'Error'),
};

interface Operation {
  summary: string;
  description?: string;
  parameters?: unknown[];
  responses: Record<string, unknown>;
}

/** A GET operation; every endpoint answers 400 to a parameter it does not take (or a bad value). */
const get = (operation: Operation) => ({ get: { ...operation, responses: { ...operation.responses, '400': errors['400'] } } });

/** A GeoJSON FeatureCollection whose features carry `properties` of the given zod schema. */
function featureCollection(description: string, properties: z.ZodType, geometry: string[]) {
  return {
    description,
    content: {
      'application/geo+json': {
        schema: {
          type: 'object',
          required: ['type', 'features', 'dataVersion', 'builtAt'],
          additionalProperties: false,
          properties: {
            type: { const: 'FeatureCollection' },
            dataVersion: { type: 'string' },
            builtAt: { type: 'string' },
            attribution: { type: 'string', description: 'Credit for boundaries drawn from a gazetteer.' },
            features: {
              type: 'array',
              items: {
                type: 'object',
                required: ['type', 'id', 'geometry', 'properties'],
                additionalProperties: false,
                properties: {
                  type: { const: 'Feature' },
                  id: { type: ['string', 'integer'] },
                  geometry: { type: 'object', required: ['type', 'coordinates'], properties: { type: { enum: geometry }, coordinates: { type: 'array' } } },
                  properties: jsonSchema(properties),
                },
              },
            },
          },
        },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 description of the API, built from the zod schemas that validate the data
 * (components) and the query parameters (filters). Served at /api/openapi.json and shown at /api;
 * a test fails when a route exists that this lacks.
 */
export function buildOpenApi(dataVersion: string) {
  return withOperationIds({
    openapi: '3.1.0',
    info: {
      title: 'Boligatlas API',
      version: dataVersion,
      description:
        'Open data on Denmark\'s vulnerable social-housing areas: the state\'s lists since 2010, the areas, and the physical and social interventions in them, every fact with its sources. Every JSON response carries `dataVersion` and `builtAt`; every error is `{"error": {"status", "message"}}`, and a parameter an endpoint does not take is refused with a 400 naming it. Inside a record `sources` are source ids (the source objects are in `bibliography`). Every text we wrote comes in Danish and English as sibling fields (`title`, `titleEn`; CSV `title`, `title_en`); official names stay Danish.',
      license: { name: 'Data: CC BY 4.0; code: MIT', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: '/', description: 'The site that serves this description' }],
    // Open data: no endpoint needs authentication.
    security: [],
    paths: {
      '/api/areas': get({
        summary: 'Every area in brief, filterable like /omraader',
        parameters: filterParameters(areaFilterSchema, areaFilterExpectations),
        responses: { '200': json('The matching areas.', 'AreasResponse') },
      }),
      '/api/areas/{slug}': get({
        summary: 'One area: profile, list statuses, interventions, dwelling figures and development plans, every fact with its sources',
        parameters: [slugPath('area')],
        responses: { '200': json('The area: DESIGN §5 keys, `facts` with every fact\'s source ids, `figures`, `developmentPlans`, and the `bibliography`.', 'AreaResponse'), '404': errors['404'] },
      }),
      '/api/areas.csv': get({
        summary: 'The areas as CSV, one row per area',
        parameters: [...filterParameters(areaFilterSchema, areaFilterExpectations), bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/areas.geojson': get({
        summary: 'Every area with a sourced location, the precision of its point and its category per year (`tier_<year>`, `categories`)',
        description:
          'Each point carries `precision` (`area`: a point inside the area; `district`, `town`, `municipality`: the point of the place named in `place` that holds the area). A coarse point is approximate: draw and describe it so. Boundaries are in /api/boundaries.geojson.',
        parameters: filterParameters(areaPointFilterSchema, { area: 'one area slug' }),
        responses: { '200': featureCollection('GeoJSON FeatureCollection of areas.', areaFeaturePropertiesSchema, ['Point']) },
      }),
      '/api/boundaries.geojson': get({
        summary: 'Every sourced boundary polygon: an area\'s own outline or the outline of the district that holds it, with the areas it bounds',
        description:
          "One feature per polygon and precision. `district` outlines the bydel an area lies in, not the area: draw it as such (dashed). Polygons as their publishers give them (Københavns Kommune's bydele, CC BY), simplified with topojson-simplify; no polygon is drawn by hand.",
        responses: { '200': featureCollection('GeoJSON FeatureCollection of boundaries.', boundaryFeaturePropertiesSchema, ['Polygon', 'MultiPolygon']) },
      }),
      '/api/interventions': get({
        summary: 'Every intervention, filterable',
        parameters: filterParameters(interventionFilterSchema, interventionFilterExpectations),
        responses: { '200': json('The matching interventions.', 'InterventionsResponse') },
      }),
      '/api/interventions/{slug}': get({
        summary: 'One intervention with its areas, relations, quantities and sources',
        parameters: [slugPath('intervention')],
        responses: { '200': json('The intervention with its `bibliography`.', 'InterventionResponse'), '404': errors['404'] },
      }),
      '/api/interventions.csv': get({
        summary: 'The interventions as CSV',
        parameters: [...filterParameters(interventionFilterSchema, interventionFilterExpectations), bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/interventions.geojson': get({
        summary: 'Every intervention with an area or a location of its own, at its own point or its area\'s (`placement`)',
        responses: { '200': featureCollection('GeoJSON FeatureCollection of interventions.', interventionFeaturePropertiesSchema, ['Point']) },
      }),
      '/api/municipalities.geojson': get({
        summary: 'The 98 kommuner with their official boundaries and per list year how many listed areas each has',
        description: "Boundaries from Who's On First (CC BY), after the Danish Agency for Data Supply and Infrastructure, simplified at build.",
        responses: { '200': featureCollection('GeoJSON FeatureCollection of kommuner.', municipalityFeaturePropertiesSchema, ['Polygon', 'MultiPolygon']) },
      }),
      '/api/quantities.csv': get({
        summary: 'One row per quantity (planned or completed) with its source ids',
        parameters: [...filterParameters(interventionFilterSchema, interventionFilterExpectations), bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/compare': get({
        summary: 'The JSON twin of /sammenlign: two to four areas side by side',
        parameters: [{ name: 'areas', in: 'query', required: true, description: 'Two to four area slugs, comma-separated.', schema: { type: 'string' } }],
        responses: { '200': json('The comparison.', 'CompareResponse') },
      }),
      '/api/progress': get({
        summary: 'How far the development plans have come: planned against completed per measure, nationally, per plan and per area',
        description:
          'Planned and completed are never added together. Each intervention counts with its latest figure per measure and basis; a stage gives way to its plan where the plan states the same measure; a successor plan (`follows`) replaces the planned figures of the plan it revises; cancelled plans\' planned figures are left out. `asOf` gives the years a sum spans.',
        responses: { '200': json('The progress.', 'ProgressResponse') },
      }),
      '/api/progress.csv': get({
        summary: 'One row per area and measure: planned and completed with their as-of years and source ids',
        parameters: [bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/lists': get({ summary: 'Every official list with its categories, published totals and completeness', responses: { '200': json('The lists.', 'ListsResponse') } }),
      '/api/lists/{date}': get({
        summary: 'One list: per category the published total, completeness and area slugs',
        parameters: [{ name: 'date', in: 'path', required: true, description: 'The list date, YYYY-MM-DD.', schema: { type: 'string', format: 'date' } }],
        responses: { '200': json('The list with its `bibliography`.', 'ListResponse'), '404': errors['404'] },
      }),
      '/api/lists.csv': get({ summary: 'One row per list and category', parameters: [bom], responses: { '200': csv('CSV.') } }),
      '/api/memberships.csv': get({
        summary: 'One row per area, list and category, with source ids',
        parameters: [...filterParameters(membershipFilterSchema, { area: 'one area slug (a district with its parts)', basis: '`printed` (a source prints the name on that list) or `derived` (worked out from other lists and published entries and exits)' }), bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/claims.csv': get({
        summary: 'One row per claim: a fact and a source that states it',
        parameters: [bom],
        responses: { '200': csv('CSV.') },
      }),
      '/api/sources': get({ summary: 'Every source with what cites it', responses: { '200': json('The bibliography.', 'SourcesResponse') } }),
      '/api/sources.csv': get({ summary: 'Every source as CSV', parameters: [bom], responses: { '200': csv('CSV.') } }),
      '/api/search': get({
        summary: 'Search areas, interventions and sources (Danish-aware folding; any text is a valid query)',
        parameters: [{ name: 'q', in: 'query', required: false, description: 'The query; empty gives no results.', schema: { type: 'string' } }],
        responses: { '200': json('Results grouped by type.', 'SearchResponse') },
      }),
      '/api/compare.csv': get({
        summary: 'A comparison of two to four areas as one long CSV table',
        parameters: [
          { name: 'areas', in: 'query', required: true, description: 'Two to four area slugs, comma-separated.', schema: { type: 'string' } },
          bom,
        ],
        responses: { '200': csv('CSV.') },
      }),
      '/api/openapi.json': get({ summary: 'This description', responses: { '200': json('OpenAPI 3.1.', 'OpenApiDocument') } }),
      '/data/boligatlas.sqlite': get({
        summary: 'The whole database (SQLite)',
        responses: { '200': { description: 'SQLite file.', content: { 'application/vnd.sqlite3': { schema: { type: 'string', format: 'binary' } } } } },
      }),
      '/data/boligatlas-csv.zip': get({
        summary: 'Every table as CSV in one zip',
        responses: { '200': { description: 'Zip file.', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } } },
      }),
    },
    components: {
      schemas: {
        // The responses (app/api/_lib/contract.ts): the test holds every real answer to these.
        Error: jsonSchema(errorSchema),
        AreasResponse: jsonSchema(areasResponseSchema),
        AreaResponse: jsonSchema(areaResponseSchema),
        InterventionsResponse: jsonSchema(interventionsResponseSchema),
        InterventionResponse: jsonSchema(interventionResponseSchema),
        CompareResponse: jsonSchema(compareResponseSchema),
        ProgressResponse: jsonSchema(progressResponseSchema),
        ListsResponse: jsonSchema(listsResponseSchema),
        ListResponse: jsonSchema(listResponseSchema),
        SourcesResponse: jsonSchema(sourcesResponseSchema),
        SearchResponse: jsonSchema(searchResponseSchema),
        OpenApiDocument: jsonSchema(openApiResponseSchema),
      },
    },
  });
}

/** `GET /api/areas/{slug}` → `getAreasSlug`, `/api/areas.csv` → `getAreasCsv`: a stable id per operation, from its path. */
function withOperationIds<T extends { paths: Record<string, { get: object }> }>(document: T): T {
  for (const [route, item] of Object.entries(document.paths)) {
    const words = route.replace(/^\/(api|data)\//, route.startsWith('/data/') ? 'data/' : '').split(/[^A-Za-z0-9]+/).filter(Boolean);
    const operationId = `get${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
    item.get = { operationId, ...item.get };
  }
  return document;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
