import { expect, test } from '@playwright/test';
import { inLocale, publicRoutes } from './routes';

/** Phone width (issue 16): every public route fits the screen and logs no error. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

for (const locale of ['', '/en']) {
  for (const route of publicRoutes) {
    const path = inLocale(locale, route);
    test(`at 390 px, ${path} never scrolls sideways and logs no console error`, async ({ page }) => {
      if (route.startsWith('/kilder') || route === '/indsatser/overblik') test.setTimeout(90_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      // The machine running the tests has no internet: the map's online basemap is refused here, and
      // the map falls back to its offline one (e2e/map.spec.ts); that refusal is not the page's error.
      await page.route(/openfreemap\.org/, (r) => r.abort());
      page.on('requestfailed', (request) => {
        if (!/openfreemap\.org/.test(request.url()) && !request.url().includes('_rsc=')) errors.push(`request failed: ${request.url()}`);
      });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
      expect(errors.filter((e) => !/openfreemap|Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
    });
  }
}

test('at 390 px the header is compact and its menu opens and closes with a button', async ({ page }) => {
  await page.goto('/omraader');
  const header = page.locator('header.site-header');
  expect((await header.boundingBox())!.height).toBeLessThan(140);
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(nav).toBeHidden();
  const button = page.getByRole('button', { name: 'Menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Luk menu' })).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Lister' }).click();
  await expect(page).toHaveURL(/\/lister$/);
});

test('at 390 px the charts are drawn for the phone, with text at a legible size', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/lister', '/udviklingsplaner', '/sammenlign?omraader=gellerupparken-toveshoej,vollsmose']) {
    await page.goto(path);
    const narrow = page.locator('figure.chart .chart-narrow svg').first();
    await expect(narrow).toBeVisible();
    await expect(page.locator('figure.chart .chart-wide').first()).toBeHidden();
    // The drawn size of the chart's text: its font size times the SVG's scale on screen.
    const smallest = await narrow.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return Math.min(...sizes);
    });
    expect(smallest, path).toBeGreaterThanOrEqual(8.5);
  }
});

test('at 390 px the front page starts its map only when it scrolls into view, in a box that keeps its size', async ({ page }) => {
  await page.route(/openfreemap\.org/, (r) => r.abort());
  await page.goto('/', { waitUntil: 'networkidle' });
  const section = page.locator('section[aria-labelledby="forside-kort"]');
  const canvas = section.locator('.atlas-map-canvas');
  // Below the first screen: a placeholder of the map's own size holds its place; no map has started.
  await expect(canvas).toHaveClass(/map-placeholder/);
  await expect(canvas).not.toHaveAttribute('data-state');
  expect((await canvas.boundingBox())!.y).toBeGreaterThan(844);
  const placeholderHeight = (await canvas.boundingBox())!.height;
  const gap = async () => (await section.locator('p').last().boundingBox())!.y - (await canvas.boundingBox())!.y;
  const gapBefore = await gap();
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 });
  await expect(canvas).not.toHaveClass(/map-placeholder/);
  // The map took the placeholder's place without moving what follows it.
  expect((await canvas.boundingBox())!.height).toBe(placeholderHeight);
  expect(await gap()).toBe(gapBefore);
});

test('at 390 px a footnote preview stays on the screen, even for a marker near its right edge', async ({ page }) => {
  await page.goto('/omraader/vollsmose');
  const markers = page.getByRole('heading', { level: 1 }).locator('sup.refs a');
  const last = markers.last();
  await expect(last).toHaveAttribute('data-preview', /\S/);
  const box = await last.boundingBox();
  expect(box!.x).toBeGreaterThan(150);
  await last.focus();
  const preview = await last.evaluate((el) => {
    const style = getComputedStyle(el, '::after');
    // The preview's left edge on the screen: its own offset, from the marker unless it is fixed to the screen.
    const left = parseFloat(style.left) + (style.position === 'fixed' ? 0 : el.getBoundingClientRect().left);
    return { content: style.content, left, width: parseFloat(style.width), viewport: window.innerWidth };
  });
  expect(preview.content).toContain(':');
  expect(preview.left).toBeGreaterThanOrEqual(0);
  expect(preview.left + preview.width).toBeLessThanOrEqual(preview.viewport);
});
