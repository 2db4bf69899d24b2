/**
 * The API contract, end to end: every path of /api/openapi.json is called on the production build,
 * and every answer (successes, 400s and 404s) is validated against the response schema the
 * description gives for its status and content type. Every area, intervention and list is fetched,
 * so a record that breaks the contract fails here. Every path refuses an unknown parameter.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface Document {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, object> };
}

/** A request per path that should succeed: the description's paths filled with real values. */
const examples: Record<string, string[]> = {
  '/api/areas': ['/api/areas', '/api/areas?municipality=461', '/api/areas?category=parallelsamfund&year=2022'],
  '/api/areas.csv': ['/api/areas.csv?bom=1'],
  '/api/areas.geojson': ['/api/areas.geojson', '/api/areas.geojson?area=vollsmose'],
  '/api/interventions': ['/api/interventions', '/api/interventions?kind=physical&municipality=751'],
  '/api/interventions.csv': ['/api/interventions.csv'],
  '/api/interventions.geojson': ['/api/interventions.geojson'],
  '/api/municipalities.geojson': ['/api/municipalities.geojson'],
  '/api/boundaries.geojson': ['/api/boundaries.geojson'],
  '/api/quantities.csv': ['/api/quantities.csv?kind=physical'],
  '/api/compare': ['/api/compare?areas=gellerupparken-toveshoej,vollsmose', '/api/compare?areas=aalborg-oest,tingbjerg-utterslevhuse,mjoelnerparken'],
  '/api/compare.csv': ['/api/compare.csv?areas=gellerupparken-toveshoej,vollsmose'],
  '/api/progress': ['/api/progress'],
  '/api/progress.csv': ['/api/progress.csv'],
  '/api/lists': ['/api/lists'],
  '/api/lists.csv': ['/api/lists.csv'],
  '/api/memberships.csv': ['/api/memberships.csv?area=vollsmose', '/api/memberships.csv?basis=printed'],
  '/api/claims.csv': ['/api/claims.csv'],
  '/api/sources': ['/api/sources'],
  '/api/sources.csv': ['/api/sources.csv'],
  '/api/search': ['/api/search?q=gellerup', '/api/search?q=', '/api/search?q=nedrivning%20af'],
  '/api/openapi.json': ['/api/openapi.json'],
  '/data/boligatlas.sqlite': ['/data/boligatlas.sqlite'],
  '/data/boligatlas-csv.zip': ['/data/boligatlas-csv.zip'],
};

/** Requests that must fail, with the status the description must document. */
const failures: [string, string, number][] = [
  ['/api/areas/{slug}', '/api/areas/findes-ikke', 404],
  ['/api/interventions/{slug}', '/api/interventions/findes-ikke', 404],
  ['/api/lists/{date}', '/api/lists/1999-12-01', 404],
  ['/api/lists/{date}', '/api/lists/december', 400],
  ['/api/areas', '/api/areas?municipality=odense', 400],
  ['/api/compare', '/api/compare?areas=vollsmose', 400],
  ['/api/compare.csv', '/api/compare.csv?areas=vollsmose,nowhere', 400],
  ['/api/memberships.csv', '/api/memberships.csv?bom=maybe', 400],
];

let document: Document;
let ajv: Ajv2020;

test.beforeAll(async ({ request }) => {
  document = (await (await request.get('/api/openapi.json')).json()) as Document;
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://boligatlas.dk/openapi.json', components: document.components });
});

/** The answer's problems against the description: undocumented status or type, or schema errors. */
async function violations(path: string, response: APIResponse): Promise<string[]> {
  const documented = document.paths[path]?.get.responses[String(response.status())];
  if (!documented) return [`${response.url()}: status ${response.status()} is not documented for ${path}`];
  const type = (response.headers()['content-type'] ?? '').split(';')[0]!.trim();
  const content = documented.content?.[type];
  if (!content) return [`${response.url()}: content type ${type} is not documented for ${path} ${response.status()}`];
  if (type === 'application/json' || type === 'application/geo+json') {
    // Schemas refer to components (`#/components/schemas/X`): resolve them against the document.
    const schema = JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"https://boligatlas.dk/openapi.json#/components/'));
    const validate = ajv.compile(schema);
    const body = await response.json();
    if (!validate(body)) return (validate.errors ?? []).slice(0, 5).map((e) => `${response.url()}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  } else if (type === 'text/csv') {
    const text = await response.text();
    if (!/^(\uFEFF)?[a-z_]+(,[a-z_0-9]+)*\n/.test(text)) return [`${response.url()}: the CSV does not start with a header row of column names`];
  }
  return [];
}

async function check(request: APIRequestContext, path: string, url: string): Promise<string[]> {
  return violations(path, await request.get(url));
}

test('every path of the description has an example, and every example answers as described', async ({ request }) => {
  const paths = Object.keys(document.paths);
  const templated = paths.filter((path) => path.includes('{'));
  expect(paths.filter((path) => !templated.includes(path) && !examples[path])).toEqual([]);
  const problems: string[] = [];
  for (const [path, urls] of Object.entries(examples)) {
    expect(paths).toContain(path);
    for (const url of urls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      problems.push(...(await violations(path, response)));
    }
  }
  expect(problems).toEqual([]);
});

test('every area, intervention and list answers as described', async ({ request }) => {
  test.setTimeout(180_000);
  const areas = ((await (await request.get('/api/areas')).json()) as { areas: { slug: string }[] }).areas;
  const interventions = ((await (await request.get('/api/interventions')).json()) as { interventions: { slug: string }[] }).interventions;
  const lists = ((await (await request.get('/api/lists')).json()) as { lists: { date: string }[] }).lists;
  expect(areas.length).toBeGreaterThan(60);
  const problems: string[] = [];
  for (const area of areas) problems.push(...(await check(request, '/api/areas/{slug}', `/api/areas/${area.slug}`)));
  for (const intervention of interventions) problems.push(...(await check(request, '/api/interventions/{slug}', `/api/interventions/${intervention.slug}`)));
  for (const list of lists) problems.push(...(await check(request, '/api/lists/{date}', `/api/lists/${list.date}`)));
  expect(problems).toEqual([]);
});

test('errors answer as described, in the one error shape', async ({ request }) => {
  const problems: string[] = [];
  for (const [path, url, status] of failures) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    problems.push(...(await violations(path, response)));
  }
  expect(problems).toEqual([]);
});

test('every path refuses a parameter it does not take, with a 400 naming it', async ({ request }) => {
  const problems: string[] = [];
  for (const path of Object.keys(document.paths)) {
    const base = (examples[path]?.[0] ?? path.replace('{slug}', path.startsWith('/api/areas') ? 'vollsmose' : 'vollsmose-udviklingsplan').replace('{date}', '2022-12-01'));
    const url = `${base}${base.includes('?') ? '&' : '?'}zzz=1`;
    const response = await request.get(url);
    if (response.status() !== 400) {
      problems.push(`${url}: ${response.status()}`);
      continue;
    }
    const body = (await response.json()) as { error: { message: string } };
    if (!body.error.message.includes('zzz')) problems.push(`${url}: the message does not name the parameter: ${body.error.message}`);
    problems.push(...(await violations(path, response)));
  }
  expect(problems).toEqual([]);
});
