import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Profiles start their map at the top of the page (issue 16); with axe scans on two busy cores
  // some tests need more than the default 30 s. No assertion waits longer for it.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          // WebGL through SwiftShader for the map; no network chatter on a closed machine.
          args: [
            '--use-angle=swiftshader',
            '--enable-unsafe-swiftshader',
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // A production build on a freshly built database (prebuild runs db:build).
    command: `npm run build && npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/omraader`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
