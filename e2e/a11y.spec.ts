import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { inLocale, publicRoutes as routes } from './routes';

/** Every public route, in both languages: each must pass axe-core's WCAG 2.1 A/AA rules. */
for (const locale of ['', '/en']) {
  for (const route of routes) {
    const path = inLocale(locale, route);
    test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
      // A page of the bibliography lists up to a few hundred sources; axe needs longer there.
      if (route.startsWith('/kilder')) test.setTimeout(150_000);
      // The overview's matrix has a cell per area and kind of intervention; axe needs longer there too.
      if (route === '/indsatser/overblik') test.setTimeout(90_000);
      // A comparison holds two full profiles side by side; axe takes over 20 s there on its own.
      if (route.startsWith('/sammenlign')) test.setTimeout(60_000);
      // The map tries the online basemap first; keep the run offline and quick.
      await page.route(/openfreemap\.org/, (r) => r.abort());
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }
}

test('keyboard users see where focus is and can skip to the content', async ({ page }) => {
  await page.goto('/omraader');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Spring til indhold' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);
});
