import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe';

type Figure = { value: number; asOf: { from: number; to: number } } | null;
type Measure = { measure: string; planned: Figure; completed: Figure; history: { asOf: number; value: number }[] };
type Plan = { slug: string; title: string; areas: { slug: string }[]; measures: Measure[]; status: { stale: { stale: boolean } } };

test('/udviklingsplaner has one row per plan, planned apart from done with as-of years, like its JSON twin', async ({ page, request }) => {
  const progress = await (await request.get('/api/progress')).json();
  expect(progress.dataVersion).toEqual(expect.any(String));
  expect(progress.plans.length).toBeGreaterThan(15);
  await page.goto('/udviklingsplaner');
  await expect(page.getByRole('heading', { level: 1, name: 'Udviklingsplanerne: planlagt og gennemført' })).toBeVisible();
  const plans = page.getByRole('table', { name: /udviklingsplaner: planlagt og gennemført pr\. mål/ });
  await expect(plans.locator('tbody tr')).toHaveCount(progress.plans.length);

  // Tåstrupgård's plan: the cell says what is done and what is planned, each with its year.
  const taastrup = (progress.plans as Plan[]).find((p) => p.areas.some((a) => a.slug === 'taastrupgaard'))!;
  const demolished = taastrup.measures.find((m) => m.measure === 'dwellings_demolished')!;
  const cell = plans.locator(`tr[data-slug="${taastrup.slug}"] td[data-measure="dwellings_demolished"]`);
  if (demolished.completed) await expect(cell).toContainText(`Gennemført: ${demolished.completed.value} (${demolished.completed.asOf.to})`);
  if (demolished.planned) await expect(cell).toContainText(`Planlagt: ${demolished.planned.value.toLocaleString('da-DK')}`);

  // Where no source gives a figure, the page says so instead of showing zero.
  await expect(plans.getByText('intet tal').first()).toBeVisible();

  // The chart's table mirror holds every point of the completed history.
  const points = (progress.plans as Plan[]).flatMap((p) => p.measures.flatMap((m) => m.history)).length;
  await expect(page.getByRole('table', { name: 'Tallene bag grafen' }).locator('tbody tr')).toHaveCount(points);

  // National totals: planned and done in separate columns, as of when.
  const national = page.getByRole('table', { name: /Alle udviklingsplaner og deres etaper/ });
  const nationalDemolished = progress.national.measures.find((m: Measure) => m.measure === 'dwellings_demolished');
  await expect(national.locator('tr[data-measure="dwellings_demolished"]')).toContainText(`opgjort ${nationalDemolished.planned.asOf.from}`);
  await expectNoAxeViolations(page);
});

test('the progress twins: CSV per area and measure agrees with the JSON', async ({ request }) => {
  const progress = await (await request.get('/api/progress')).json();
  const response = await request.get('/api/progress.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(progress.areas.length * 4);
  const gellerup = progress.areas.find((a: { area: { slug: string } }) => a.area.slug === 'gellerupparken-toveshoej');
  const row = rows.find((r) => r.area === 'gellerupparken-toveshoej' && r.measure === 'dwellings_demolished')!;
  const measure = gellerup.measures.find((m: Measure) => m.measure === 'dwellings_demolished');
  expect(row.planned).toBe(measure.planned ? String(measure.planned.value) : '');
  expect(row.completed).toBe(measure.completed ? String(measure.completed.value) : '');
  expect((row.completed_sources ?? '').length > 0).toBe(measure.completed !== null);
  expect((await request.get('/api/progress.csv?foo=1')).status()).toBe(400);
});

test('a status last confirmed long ago says so on the intervention page and in the API', async ({ page, request }) => {
  const { interventions } = await (await request.get('/api/interventions')).json();
  const stale = interventions.find((i: { stale: boolean; staleReasons: string[] }) => i.stale && i.staleReasons.includes('confirmed_long_ago'));
  expect(stale).toBeTruthy();
  const fresh = interventions.find((i: { stale: boolean; status: string }) => !i.stale && i.status === 'completed');
  await page.goto(`/indsatser/${stale.slug}`);
  await expect(page.getByText(`sidst bekræftet ${stale.statusYear}`).first()).toBeVisible();
  await expect(page.getByText('muligvis forældet').first()).toBeVisible();
  const ended = interventions.find((i: { staleReasons: string[] }) => i.staleReasons.includes('end_passed'));
  await page.goto(`/indsatser/${ended.slug}`);
  await expect(page.getByText('planlagt slut passeret').first()).toBeVisible();
  await page.goto(`/indsatser/${fresh.slug}`);
  await expect(page.getByText('muligvis forældet')).toHaveCount(0);
});

test('the catalogue has a totals row for what it shows, planned and done apart', async ({ page }) => {
  await page.goto('/indsatser?category=demolition');
  const totals = page.locator('table.catalogue tfoot tr.totals');
  await expect(totals).toContainText('I alt for de');
  await expect(totals.locator('td[data-measure="dwellings_demolished"]')).toContainText('Planlagt:');
  await expect(totals.locator('td[data-measure="dwellings_demolished"]')).toContainText('Gennemført:');
});

test('an area profile opens its interventions with its development plan, and the English page is in English', async ({ page }) => {
  await page.goto('/omraader/gellerupparken-toveshoej');
  const summary = page.locator('section.progress-summary');
  await expect(summary.getByRole('heading', { name: 'Udviklingsplanen: planlagt og gennemført' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Alle udviklingsplaner' })).toHaveAttribute('href', '/udviklingsplaner');
  await page.goto('/en/development-plans');
  await expect(page.getByRole('heading', { level: 1, name: 'The development plans: planned and done' })).toBeVisible();
  await expect(page.getByRole('table', { name: /development plans: planned and done per measure/ })).toBeVisible();
});
