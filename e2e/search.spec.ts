import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('typing in the header search suggests the right area for every spelling', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Søg', exact: true });
  const cases: [string, string][] = [
    ['taastrup', 'Tåstrupgård'],
    ['Tåstrupgård', 'Tåstrupgård'],
    ['mjølner', 'Mjølnerparken'],
    ['mjolnerparken', 'Mjølnerparken'],
    ['urbanplanen', 'Urbanplanen'],
    ['agervang', 'Grønneparken'],
    ['aeblehaven', 'Rønnebærparken/Æblehaven'],
  ];
  for (const [typed, name] of cases) {
    await box.fill(typed);
    const listbox = page.getByRole('listbox', { name: 'Forslag til søg' });
    await expect(listbox).toBeVisible();
    await expect(listbox.getByRole('option').first()).toContainText(name);
  }
  // Keyboard: arrow down and enter open the first suggestion.
  await box.fill('vollsmose');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Vollsmose');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /-0$/);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/omraader\/vollsmose$/);
});

test('the search page works without JavaScript and groups results by type', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/soeg');
  await page.getByLabel('Søg efter område, indsats eller kilde').fill('Taastrupgaard');
  await page.getByRole('button', { name: 'Søg' }).last().click();
  await expect(page).toHaveURL(/\/soeg\?q=Taastrupgaard/);
  const areas = page.getByRole('region', { name: /Områder/ });
  await expect(areas.getByRole('link').first()).toHaveText('Tåstrupgård');
  await expect(page.getByRole('heading', { level: 2, name: /Indsatser/ })).toBeVisible();
  await context.close();
});

test('the search page finds a district from its part and a renamed area by its other name', async ({ page }) => {
  await page.goto('/soeg?q=h%C3%B8rg%C3%A5rden');
  const areas = page.getByRole('region', { name: /Områder/ });
  await expect(areas.getByRole('link', { name: 'Hørgården', exact: true })).toBeVisible();
  await expect(areas.getByRole('link', { name: 'Urbanplanen', exact: true })).toBeVisible();
  await page.goto('/soeg?q=agervang');
  await expect(page.getByRole('region', { name: /Områder/ }).getByRole('link', { name: 'Grønneparken' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('hostile and odd queries answer normally, in the page and the API', async ({ page, request }) => {
  for (const q of ['"', '*', 'NEAR(', 'AND', 'OR NOT', '', ' ', '%', '_', "'; DROP TABLE areas; --", 'x'.repeat(1000), 'ø', 'a']) {
    const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
    const body = await response.json();
    expect(Array.isArray(body.areas)).toBe(true);
    expect(Array.isArray(body.interventions)).toBe(true);
    expect(Array.isArray(body.sources)).toBe(true);
    expect((await page.goto(`/soeg?q=${encodeURIComponent(q)}`))?.status()).toBe(200);
  }
  const bad = await request.get('/api/search?query=vollsmose');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('"query"');
});
