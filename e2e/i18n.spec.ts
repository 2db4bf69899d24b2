import { expect, test } from '@playwright/test';

test('every page has an English twin under /en with the interface translated and the data as it is', async ({ page }) => {
  await page.goto('/en/omraader/vollsmose');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Areas' })).toHaveAttribute('href', '/en/omraader');
  for (const heading of ['Facts', 'List history', 'Timeline', 'Interventions', 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // The data stays in Danish; the Danish category names are explained in English.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vollsmose');
  await expect(page.getByRole('table', { name: /Status on the state's lists/ })).toContainText('omdannelsesområde (transformation area)');
});

test('the language switch keeps the page, and hreflang links name both versions', async ({ page }) => {
  await page.goto('/omraader/mjoelnerparken');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
  );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ['da', '/omraader/mjoelnerparken'],
      ['en', '/en/omraader/mjoelnerparken'],
    ]),
  );
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/omraader\/mjoelnerparken$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Facts', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(/\/omraader\/mjoelnerparken$/);
  await expect(page).not.toHaveURL(/\/(en|da)\//);
  await expect(page.getByRole('heading', { level: 2, name: 'Fakta', exact: true })).toBeVisible();
});

test('English search, filters and links stay in English', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('taastrup');
  const option = page.getByRole('listbox').getByRole('option').first();
  await expect(option).toContainText('Tåstrupgård');
  await option.click();
  await expect(page).toHaveURL(/\/en\/omraader\/taastrupgaard$/);
  await page.goto('/en/indsatser');
  await page.getByLabel('Kind').selectOption('social');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/en\/indsatser\?kind=social/);
  await expect(page.getByRole('heading', { level: 2, name: /interventions? with the chosen filters/ })).toBeVisible();
});

test('an unknown page answers 404 in both languages', async ({ request }) => {
  expect((await request.get('/findes-ikke')).status()).toBe(404);
  expect((await request.get('/en/does-not-exist')).status()).toBe(404);
});
