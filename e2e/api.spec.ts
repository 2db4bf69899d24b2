import { expect, test } from '@playwright/test';

test('GET /api/areas lists every area with a data version', async ({ request }) => {
  const response = await request.get('/api/areas');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body.dataVersion).toMatch(/^[0-9a-f]{12}$/);
  const slugs = body.areas.map((area: { slug: string }) => area.slug);
  expect(slugs).toEqual(expect.arrayContaining(['vollsmose', 'mjoelnerparken', 'taastrupgaard', 'urbanplanen', 'hoergaarden']));
});

test('GET /api/areas/{slug} returns the profile in the shape of DESIGN §5', async ({ request, page }) => {
  const response = await request.get('/api/areas/mjoelnerparken');
  expect(response.status()).toBe(200);
  const area = await response.json();
  expect(area).toMatchObject({ slug: 'mjoelnerparken', name: 'Mjølnerparken', municipality: { code: 101, name: 'København' }, type: 'listed_area' });
  expect(Array.isArray(area.aliases)).toBe(true);
  expect(typeof area.statuses).toBe('object');
  expect(area.interventions.length).toBeGreaterThanOrEqual(6);
  // Inside a record `sources` holds ids; the source objects are in `bibliography`.
  expect(area.sources.length).toBeGreaterThan(0);
  for (const id of area.sources) expect(typeof id).toBe('string');
  expect(area.bibliography.length).toBeGreaterThanOrEqual(area.sources.length);
  for (const source of area.bibliography) expect(source.url).toMatch(/^https?:\/\//);

  // The page shows the same list history and interventions as the JSON.
  await page.goto('/omraader/mjoelnerparken');
  for (const date of Object.keys(area.statuses)) {
    const [year] = date.split('-');
    await expect(page.getByRole('table', { name: /Status på statens lister/ }).getByRole('row', { name: new RegExp(year ?? '') }).first()).toBeVisible();
  }
  await expect(page.locator('article.intervention')).toHaveCount(area.interventions.length);
});

test('unknown API paths and slugs answer with the JSON error shape', async ({ request }) => {
  for (const url of ['/api/areas/findes-ikke', '/api/nothing-here']) {
    const response = await request.get(url);
    expect(response.status()).toBe(404);
    const body = await response.json();
    expect(body).toEqual({ error: { status: 404, message: expect.any(String) } });
  }
});

test('GET /api/areas takes the /omraader filters, and refuses a bad or unknown one with a 400 naming it', async ({ request }) => {
  const odense = await (await request.get('/api/areas?municipality=461')).json();
  expect(odense.count).toBeGreaterThan(0);
  expect(odense.areas.every((area: { municipality: { code: number } }) => area.municipality.code === 461)).toBe(true);
  const all = await (await request.get('/api/areas')).json();
  expect(odense.count).toBeLessThan(all.areas.length);
  const bad = await request.get('/api/areas?municipality=odense');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('municipality');
  const unknown = await request.get('/api/areas?kommune=461');
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.message).toContain('kommune');
});

test('caching: only hashed assets are kept long; pages, API and downloads revalidate; HSTS over HTTPS only (issue 18)', async ({ request }) => {
  for (const url of ['/', '/omraader/vollsmose', '/api/areas', '/api/lists', '/data/boligatlas.sqlite', '/data/boligatlas-csv.zip']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, url).toContain('must-revalidate');
    expect(cacheControl, url).not.toMatch(/max-age=(\d{4,})/);
    expect(cacheControl, url).not.toContain('immutable');
    expect(response.headers()['strict-transport-security'], url).toBeUndefined();
  }
  const html = await (await request.get('/omraader')).text();
  const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(script ?? '')).headers()['cache-control']).toContain('immutable');
  const secure = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(secure.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
});
