import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Chromium against the platform that `./platform up` runs (the e2e module's PlatformIT
// starts it and runs these). Playwright's own browser download cannot work here, so the system Chromium is used.
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../../../target/playwright',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // "platform": the whole platform up; "filings-stopped": run by PlatformIT while filings-service is stopped
  projects: [
    { name: 'platform', testMatch: 'web.spec.ts' },
    { name: 'filings-stopped', testMatch: 'partial.spec.ts' },
  ],
  use: {
    baseURL: process.env.WEB_URL ?? 'http://127.0.0.1:8090',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
