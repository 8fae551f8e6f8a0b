// Benchmark of the web front end against a running platform (./platform up): the JavaScript the flagship page loads
// (gzip) and the time from navigation to the flagship table rendered, over several navigations. Prints figures; it
// is not a test. Usage: npm run bench [-- RUNS]   (WEB_URL, CHROMIUM as for the e2e tests)
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const base = process.env.WEB_URL ?? 'http://127.0.0.1:8090';
const runs = Number(process.argv[2] ?? 20);
const flagship = `${base}/companies/1107843/committee-trades?quarter=2024-Q3`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(flagship);
await page.fill('#username', 'reader');
await page.fill('#password', 'reader-local-dev');
await page.click('#kc-login');
await page.waitForSelector('[data-testid=flagship-committee] tbody tr');

// what a first visit loads: every script of the page, measured as gzip
const scripts = new Map();
const cold = await context.newPage();
await cold.route('**/*', (route) => route.continue());
cold.on('response', async (response) => {
  if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
});
await cold.goto(flagship);
await cold.waitForSelector('[data-testid=flagship-committee] tbody tr');
await cold.waitForLoadState('networkidle');
let raw = 0;
let gzip = 0;
for (const body of scripts.values()) {
  raw += body.length;
  gzip += gzipSync(body, { level: 9 }).length;
}

const times = [];
for (let i = 0; i < runs; i++) {
  await page.goto('about:blank');
  await page.goto(flagship);
  times.push(await page.waitForFunction(() => document.querySelector('[data-testid=flagship-committee] tbody tr') && performance.now(), null, { polling: 'raf' }).then((h) => h.jsonValue()));
}
await browser.close();
const first = times[0];
times.sort((a, b) => a - b);
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`# Web front end benchmark (${new Date().toISOString().slice(0, 10)}, ${base})`);
console.log(`JavaScript loaded by the flagship page: ${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log(`Navigation to the flagship table rendered (demo data, Qualys 2024-Q3, ${runs} runs, warm session): ` +
  `min ${fmt(times[0])}, median ${fmt(times[Math.floor(times.length / 2)])}, max ${fmt(times[times.length - 1])}; the first of them ${fmt(first)}`);
