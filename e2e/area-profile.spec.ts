import { expect, test } from '@playwright/test';

test('a footnote leads from a fact to the source that states it', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const facts = page.locator('dl.facts');
  const firstRef = facts.locator('sup.refs a').first();
  const href = await firstRef.getAttribute('href');
  expect(href).toMatch(/^#kilde-/);
  await firstRef.click();
  const target = page.locator(href ?? '');
  await expect(target).toBeVisible();
  await expect(target.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('interventions are grouped physical / social, with planned and completed kept apart', async ({ page }) => {
  await page.goto('/omraader/taastrupgaard');
  await expect(page.getByRole('heading', { level: 3, name: /^Fysiske indsatser/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Sociale indsatser/ })).toBeVisible();
  // Every quantity says whether it was planned or done.
  const bases = page.locator('table.quantities tbody td .basis');
  expect(await bases.count()).toBeGreaterThan(0);
  for (const text of await bases.allTextContents()) expect(['planlagt', 'gennemført']).toContain(text);
});

test('a district gathers the list history of its listed part', async ({ page }) => {
  await page.goto('/omraader/urbanplanen');
  await expect(page.locator('p.lead')).toContainText('bydel i København Kommune');
  const history = page.getByRole('table', { name: /Status på statens lister/ });
  await expect(history.getByRole('link', { name: 'Hørgården' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Hørgården', exact: true }).first().click();
  await expect(page).toHaveURL(/\/omraader\/hoergaarden$/);
  await expect(page.locator('p.lead')).toContainText('del af Urbanplanen');
});

test('unknown facts say "ukendt" instead of being hidden', async ({ page }) => {
  await page.goto('/omraader/sebbersundvej-mv');
  await expect(page.locator('dl.facts .unknown').first()).toHaveText(/ukendt/);
});

test('footnote markers are small and grouped, show their source on focus, and the bibliography links back', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const marker = page.getByRole('heading', { level: 1 }).locator('sup.refs');
  await expect(marker).toHaveText(/^\[\d+(, \d+)*\]$/);
  const size = await marker.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeLessThanOrEqual(12);
  const first = marker.getByRole('link').first();
  const preview = await first.getAttribute('data-preview');
  expect(preview).toBeTruthy();
  await first.focus();
  const shown = await first.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(shown).toContain(preview!.slice(0, 20));
  const href = await first.getAttribute('href');
  await first.click();
  const entry = page.locator(`li${href}`);
  await expect(entry).toBeInViewport();
  await entry.getByRole('link', { name: /Tilbage til første henvisning/ }).click();
  await expect(page).toHaveURL(/#henvisning-/);
  await expect(first).toBeInViewport();
});
