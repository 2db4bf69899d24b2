// Stops `npm run test:e2e` early, with one sentence, when no Chromium is installed.
import { findChromium } from './browser.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found for the end-to-end tests: install one with `apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}
