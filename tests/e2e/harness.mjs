// Shared set-up for the end-to-end tests: a static server for the release
// dist/ on 127.0.0.1 (port chosen by the OS), and Debian's Chromium driven by
// playwright-core. Every request the page makes is recorded, so tests can
// assert that nothing leaves 127.0.0.1.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.MICHISHIRUBE_DIST ? path.resolve(process.env.MICHISHIRUBE_DIST) : path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves dist/ on 127.0.0.1; resolves to { url, close, log }. `overrides`
 *  maps a path (`/data/index.json`) to the text served in its place, for a
 *  test that needs other data than the build's. `log` lists every URL the
 *  server was asked for, as it saw them. */
export async function serve({ overrides = {} } = {}) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release=true` first');
  }
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(req.url);
    const url = new URL(req.url, 'http://127.0.0.1');
    if (Object.hasOwn(overrides, url.pathname)) {
      res.writeHead(200, { 'content-type': types[path.extname(url.pathname)] ?? 'text/plain' });
      res.end(overrides[url.pathname]);
      return;
    }
    // Chromium asks any page that declares no icon (a JSON file a test
    // opens, say) for /favicon.ico, sometimes long after the page loaded.
    // The app declares its own icon, so this answer only keeps that late
    // request from turning into a console error in whichever test is running.
    if (url.pathname === '/favicon.ico') { res.writeHead(204).end(); return; }
    let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, buf) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(buf);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // A suite whose browser check fails in its `after` hook never reaches
  // close(); the server must not then keep the test file running forever.
  server.unref();
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`, log,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

/** Where a page may fetch from: this machine's server, and the page's own
 *  data:, blob: and file: URLs. */
const LOCAL = /^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|file:)/;

/** Launches Chromium with the flags this closed network needs; records
 *  requests and script errors. Closing it checks what this suite's own
 *  tests did: no request left 127.0.0.1 and no script error occurred
 *  (`allowErrors` names the errors a suite provokes on purpose). Each suite
 *  closes its browser in its `after` hook, so the check covers exactly the
 *  tests that ran, and fails the run if it does not hold. */
export async function launch({ allowErrors = null } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Every request, the service worker's own (its precache) included, and
  // apart those the pages asked for (served from the worker's cache or not).
  const requests = [];
  const pageRequests = [];
  context.on('request', (r) => {
    requests.push(r.url());
    if (!r.serviceWorker()) pageRequests.push(r.url());
  });
  // Every Content-Security-Policy violation becomes a console error, which
  // each suite asserts never happens.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const dialogs = [];
  context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); }));
  const page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} (${m.location()?.url ?? 'no url'})`); });
  return {
    context, page, requests, pageRequests, errors, dialogs,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      const outside = requests.filter((u) => !LOCAL.test(u));
      if (outside.length) throw new Error(`requests left 127.0.0.1:\n${outside.join('\n')}`);
      const unexpected = errors.filter((e) => !(allowErrors && allowErrors.test(e)));
      if (unexpected.length) throw new Error(`script errors:\n${unexpected.join('\n')}`);
    },
  };
}

/** Saves a screenshot under tests/e2e/artifacts/ and returns its path
 *  (the whole page, or with `{ fullPage: false }` only what is on screen). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Waits until every change has been written to storage (the app coalesces
 *  saves; <html data-rev> is the latest change, data-saved the latest save). */
export async function saved(page) {
  await page.waitForFunction(() => {
    const h = document.documentElement.dataset;
    return !h.rev || h.rev === h.saved;
  });
}

/** Starts from nothing: clears both storages and reloads on the home page
 *  (a hash change alone would keep the app's in-memory state). */
export async function fresh(page, url) {
  await page.goto(url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto(url + '#/');
  await page.reload();
  await page.locator('.body-name').first().waitFor();
}

/** Waits for the service worker to be ready, or fails saying so (a worker
 *  that fails to install would otherwise leave the test waiting forever). */
export async function workerReady(page) {
  const ready = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((ok) => setTimeout(() => ok(false), 15000)),
  ]));
  if (!ready) throw new Error('the service worker never became ready: does sw.js parse, and does every precached file exist?');
}

/** Rates every item a page lists: each radio group under `scope` is set to
 *  `value(i)` for the i-th group (by default 1, 2, 3, 4, 1, …, so that gaps
 *  of every size appear). Returns the groups' names, in page order. */
export async function rateAll(page, { scope = '.rate-items', value = (i) => (i % 4) + 1 } = {}) {
  const names = await page.locator(`${scope} input[type=radio]`).evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
  for (const [i, name] of names.entries()) await page.locator(`input[name="${name}"][value="${value(i)}"]`).check();
  return names;
}
