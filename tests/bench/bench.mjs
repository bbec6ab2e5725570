// Benchmarks for michishirube: transfer size of the first view, start-up
// time (plain, 4x CPU throttling, against a static page of the same
// content), LCP and CLS from the browser's own PerformanceObserver, the
// returning person's path (a restored results page, service worker warm),
// the whole app's size and what its module is made of (twiggy), interaction
// latency, and scale (1,800 bodies; 1,000 snapshots).
// Prints a table and writes BENCHMARKS.md. Figures, not pass/fail: targets
// are shown beside them.
//
// Usage: node tests/bench/bench.mjs   (after a release build in dist/;
// tests/bench/run does both)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { report as twiggyReport, markdown as twiggyMarkdown, APP_WASM } from './twiggy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 30);

// ---------- helpers ----------
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
async function serveDir(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, buf) => {
      if (err) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(buf);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** A browser with a profile of its own, removed on close. By default no
 *  service worker: a first visit is measured from the (local) network, not
 *  from the worker's cache; `workers` lets the worker run (the returning
 *  person). `page` is the profile's first tab. */
async function browser({ workers = false } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
    serviceWorkers: workers ? 'allow' : 'block',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  return { ctx, page, close: async () => { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

/** The paths a page requests, each once, in order (`index.html` for `/`). */
function pathsRequested(page) {
  const seen = [];
  page.on('request', (r) => {
    const p = decodeURIComponent(new URL(r.url()).pathname).replace(/^\//, '') || 'index.html';
    if (!seen.includes(p)) seen.push(p);
  });
  return seen;
}

/** A fresh page with the cache off and the CPU slowed `throttle` times. */
async function freshPage(ctx, throttle) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return page;
}

/** Time from navigation start to `selector` visible, on a fresh page with
 *  the cache off. */
async function startOnce(ctx, url, selector, throttle) {
  const page = await freshPage(ctx, throttle);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor();
  const t = await page.evaluate(() => performance.now());
  await page.close();
  return t;
}

/** Medians over RUNS fresh pages for each case. The cases take turns
 *  (A B A B …), so a machine that slows down or speeds up during the run
 *  affects each alike and the ratios between them stay fair. */
async function startup(ctx, cases, throttle = 1, runs = RUNS) {
  const times = cases.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of cases.entries()) times[k].push(await startOnce(ctx, c.url, c.selector, throttle));
  }
  return times.map(median);
}

// ---------- 1. transfer size of the first view ----------
// What the browser really requests, not what index.html names: the first
// view is static HTML, and assets/boot.js loads the whole app only when the
// person goes further. The service worker is blocked here,
// because its precaching (the whole app, for offline use) runs after the
// first view and is not needed to show it. Then a body is chosen, and what
// that loads is reported on its own line.
async function requested(url) {
  const own = await browser();
  const { page } = own;
  const seen = pathsRequested(page);
  await page.goto(url);
  await page.locator('.body-choice').first().waitFor();
  await page.waitForTimeout(500);
  const first = [...seen];
  await page.locator('.body-choice').first().click();
  await page.locator('#first-view').waitFor({ state: 'detached' });
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(500);
  const later = seen.filter((f) => !first.includes(f));
  await own.close();
  return { first, later };
}
// What the authoring page (#/author) loads: the pages module, which draws
// it, and the authoring module (the workbook reader) when a file is first
// chosen.
// Also how long reading a real body's filled workbook takes, the first time
// (module included) and again.
async function authoring(url, dir) {
  const own = await browser();
  const { page } = own;
  const seen = pathsRequested(page);
  await page.goto(url + '#/author');
  await page.locator('#author-heading').waitFor();
  await page.waitForTimeout(500);
  const before = [...seen];
  const drawnBy = before.filter((f) => /michishirube-pages-/.test(f));
  const book = fs.readFileSync(path.join(dir, 'data/workbooks/koriyama.xlsx'));
  const read = async () => {
    const t0 = Date.now();
    await page.locator('#author-file').setInputFiles({ name: 'koriyama.xlsx', mimeType: 'application/octet-stream', buffer: book });
    await page.locator('.read-ok').waitFor();
    const t = Date.now() - t0;
    await page.getByRole('button', { name: '取り込まない' }).click();
    await page.locator('.read-ok').waitFor({ state: 'detached' });
    return t;
  };
  const first = await read();
  const again = [];
  for (let i = 0; i < 5; i++) again.push(await read());
  again.sort((a, b) => a - b);
  // Only the module's own files: reading a body's workbook also loads that
  // body's data, to show what would change, which is not the module.
  const module = seen.filter((f) => !before.includes(f) && /michishirube-author-/.test(f));
  await own.close();
  return { module, drawnBy, first, again: again[2] };
}

function sizes(dir, files) {
  const groups = { html: [], js: [], wasm: [], css: [], data: [], other: [] };
  for (const f of files.filter((f) => fs.existsSync(path.join(dir, f)))) {
    const buf = fs.readFileSync(path.join(dir, f));
    const g = f.endsWith('.html') ? 'html' : f.endsWith('.js') ? 'js' : f.endsWith('.wasm') ? 'wasm' : f.endsWith('.css') ? 'css' : f.endsWith('.json') ? 'data' : 'other';
    groups[g].push({ raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length, br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
  }
  const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
  const rows = Object.entries(groups).filter(([, xs]) => xs.length).map(([g, xs]) => ({ g, raw: sum(xs, 'raw'), gz: sum(xs, 'gz'), br: sum(xs, 'br') }));
  rows.push({ g: 'total', raw: rows.reduce((a, r) => a + r.raw, 0), gz: rows.reduce((a, r) => a + r.gz, 0), br: rows.reduce((a, r) => a + r.br, 0) });
  return rows;
}

// ---------- 1b. LCP and CLS, from the browser's own PerformanceObserver ----------
// On a fresh page with the cache off, as a first visit; LCP is the last
// largest-contentful-paint entry once the view has settled (1 s after the
// selector shows), CLS the sum of layout shifts without recent input.
/** Has every document the page loads keep its LCP (the last
 *  largest-contentful-paint entry) in window.__lcp and its CLS (layout
 *  shifts without recent input) in window.__cls. */
async function observeVitals(page) {
  await page.addInitScript(() => {
    window.__lcp = null;
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
}
async function vitalsOnce(ctx, url, selector) {
  const page = await ctx.newPage();
  await observeVitals(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor();
  await page.waitForTimeout(1000);
  const v = await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
  await page.close();
  return v;
}
async function vitals(ctx, cases, runs = RUNS) {
  const got = cases.map(() => ({ lcp: [], cls: [] }));
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of cases.entries()) {
      const v = await vitalsOnce(ctx, c.url, c.selector);
      if (v.lcp != null) got[k].lcp.push(v.lcp);
      got[k].cls.push(v.cls);
    }
  }
  return got.map((g) => ({ lcp: g.lcp.length ? median(g.lcp) : null, cls: Math.max(...g.cls) }));
}

// ---------- 1c. the returning person ----------
// A person who has rated 郡山市 comes back to their results: the service
// worker is warm (it precached the app on the first visit), the assessment
// is in storage, and the address is #/assess/results. Time from navigation
// to the gap table shown, p50 of RUNS at 1x and 4x CPU; CLS of those loads.
async function returning(url) {
  const own = await browser({ workers: true });
  const { ctx, page } = own;
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.locator('.body-choice[data-body="koriyama"]').click();
  await page.getByRole('button', { name: /始める/ }).click();
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await page.locator('.rate-items input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
  for (const [i, n] of names.entries()) await page.locator(`input[name="${n}"][value="${(i % 4) + 1}"]`).check();
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  await page.waitForFunction(() => { const h = document.documentElement.dataset; return !h.rev || h.rev === h.saved; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.close();
  const once = async (throttle) => {
    const p = await ctx.newPage();
    await observeVitals(p);
    const cdp = await ctx.newCDPSession(p);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await p.goto(url + '#/assess/results', { waitUntil: 'commit' });
    await p.locator('.gap-table').waitFor();
    const t = await p.evaluate(() => performance.now());
    await p.waitForTimeout(500);
    const cls = await p.evaluate(() => window.__cls);
    await p.close();
    return { t, cls };
  };
  const plain = [];
  const slow = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push(await once(1));
    slow.push(await once(4));
  }
  await own.close();
  return {
    p50: median(plain.map((x) => x.t)), p50slow: median(slow.map((x) => x.t)),
    cls: Math.max(...plain.map((x) => x.cls), ...slow.map((x) => x.cls)),
  };
}

// ---------- 1c'. a first-time visitor choosing a body ----------
// From the click on a body in the static first view to the body page's
// heading, on a fresh page with the cache off and no service worker: the
// worst case, where neither the app module nor the pages module (which
// draws the body page) has been fetched yet. p50 of RUNS at 1x and 4x CPU.
async function firstBodyOnce(ctx, url, throttle) {
  const page = await freshPage(ctx, throttle);
  await page.goto(url);
  await page.locator('.body-choice[data-body="koriyama"]').waitFor();
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('.body-choice[data-body="koriyama"]').click();
  await page.locator('#body-heading').waitFor();
  const t = (await page.evaluate(() => performance.now())) - t0;
  await page.close();
  return t;
}
async function firstBody(ctx, url) {
  const plain = [];
  const slow = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push(await firstBodyOnce(ctx, url, 1));
    slow.push(await firstBodyOnce(ctx, url, 4));
  }
  return { p50: median(plain), p50slow: median(slow) };
}

// ---------- 1d. the whole app's size ----------
// Every file of the build a person may ever load, gzip, by module: the app
// (its JS glue and wasm), the modules loaded on demand, and the rest (the
// first view's HTML, CSS and scripts, the worker). Not the data, not the
// one-file build (a download for HR offices).
function wholeApp(dir) {
  const files = fs.readdirSync(dir).filter((f) => /\.(js|wasm|css|html|svg|webmanifest)$/.test(f) && f !== 'michishirube.html');
  const snippets = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r); else snippets.push(r);
    }
  };
  if (fs.existsSync(path.join(dir, 'snippets'))) walk('snippets');
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  const group = (re) => files.filter((f) => re.test(f)).reduce((a, f) => a + gz(f), 0);
  const app = { js: group(/^michishirube-app-.*\.js$/), wasm: group(/^michishirube-app-.*\.wasm$/) };
  const author = group(/^michishirube-author-/);
  const pages = group(/^michishirube-pages-/);
  const rest = files.filter((f) => !/^michishirube-(app|author|pages)-/.test(f)).reduce((a, f) => a + gz(f), 0)
    + snippets.reduce((a, f) => a + gz(f), 0);
  return { app, author, pages, rest, total: app.js + app.wasm + author + pages + rest };
}

// ---------- 2. a static page of the same content ----------
async function staticCopy(ctx, url, dir) {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.locator('.body-name').first().waitFor();
  const html = await page.evaluate(() => {
    const d = document.documentElement.cloneNode(true);
    d.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], meta[http-equiv]').forEach((n) => n.remove());
    return '<!DOCTYPE html>' + d.outerHTML;
  });
  await page.close();
  fs.writeFileSync(path.join(dir, 'static.html'), html);
}

// ---------- 3. scale: 1,800 synthetic bodies ----------
// The five real bodies plus synthetic copies spread over the 47 prefectures,
// indexed by the app's own generator (validate-data --out), exactly as a
// real data/ folder of 1,800 files would be.
function synthesise(from, to, count) {
  fs.cpSync(from, to, { recursive: true });
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-bodies-'));
  const real = fs.readdirSync(path.join(from, 'data/bodies')).filter((f) => f.endsWith('.json'));
  for (const f of real) fs.copyFileSync(path.join(from, 'data/bodies', f), path.join(src, f));
  const template = JSON.parse(fs.readFileSync(path.join(from, 'data/bodies/koriyama.json'), 'utf8'));
  const prefectures = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'];
  for (let i = real.length; i < count; i++) {
    const id = `synthetic-${String(i).padStart(4, '0')}`;
    const b = structuredClone(template);
    b.body.id = id;
    b.body.name = { ja: `見本${i}市`, en: `Synthetic ${i}` };
    b.body.prefecture = prefectures[i % prefectures.length];
    fs.writeFileSync(path.join(src, `${id}.json`), JSON.stringify(b));
  }
  fs.rmSync(path.join(to, 'data'), { recursive: true, force: true });
  execFileSync('cargo', ['run', '-q', '--release', '--bin', 'validate-data', '--', '--out', path.join(to, 'data'), src], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  fs.rmSync(src, { recursive: true, force: true });
  return fs.statSync(path.join(to, 'data/index.json')).size;
}

// ---------- 4. interaction ----------
async function interaction(ctx, url, seed) {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.evaluate((doc) => { localStorage.clear(); if (doc) localStorage.setItem('michishirube.v1', doc); }, seed);
  await page.goto(url + '#/assess/rate');
  await page.reload();
  const live = page.locator('.live-panel canvas');
  if (!(await page.locator('.rate-items').count())) await page.locator('.rate-items').waitFor({ timeout: 10000 });
  if (!(await live.count())) { await page.close(); return null; }
  const names = await page.locator('.rate-items input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
  const times = await page.evaluate(async ({ names, n }) => {
    const canvas = document.querySelector('.live-panel canvas');
    const work = [];
    const laidOut = [];
    for (let i = 0; i < n; i++) {
      const name = names[i % names.length];
      const value = String((i % 4) + 1);
      const input = document.querySelector(`input[name="${name}"][value="${value}"]`);
      const before = Number(canvas.dataset.drawn ?? 0);
      const t0 = performance.now();
      input.click();
      // Wait until the chart's draw counter moves (gaps and chart redrawn).
      // The app renders in microtasks, so await microtasks first: yielding
      // to the event loop would let the browser render frames of earlier
      // changes inside the measured span. Fall back to tasks (through a
      // MessageChannel: nested timeouts are clamped to 4 ms) if it ever
      // takes longer.
      let spins = 0;
      while (Number(canvas.dataset.drawn ?? 0) === before) {
        if (++spins < 1000) { await null; continue; }
        await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
        if (performance.now() - t0 > 2000) break;
      }
      const t1 = performance.now();
      // Then have the browser recompute style and layout for the change
      // (painting is not included: it happens on the next frame).
      void document.documentElement.getBoundingClientRect().height;
      const t2 = performance.now();
      work.push(t1 - t0);
      laidOut.push(t2 - t0);
      // Let a frame pass between changes, as between a person's clicks.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { work, laidOut };
  }, { names, n: CHANGES });
  await page.close();
  return {
    p50: pct(times.work, 0.5), p95: pct(times.work, 0.95),
    laidP50: pct(times.laidOut, 0.5), laidP95: pct(times.laidOut, 0.95),
  };
}

function thousandSnapshots() {
  const snap = (i) => ({
    id: i + 1,
    taken: `20${String(16 + Math.floor(i / 365)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    assessment: {
      selection: { body: 'aomori-city', track: 'gyoseishoku', current: { grade: 'shuji' }, next: 'shukan-shusa' },
      current: Object.fromEntries(['chishiki-gijutsu-shikiken', 'rikairyoku', 'handanryoku', 'kikakuryoku'].map((k, j) => [k, { rating: { level: ((i + j) % 4) + 1 } }])),
      next: Object.fromEntries(['management-noryoku', 'leadership-ryoku'].map((k, j) => [k, { rating: { level: ((i + j) % 4) + 1 }, note: '会議で説明した場面の振り返り' }])),
    },
  });
  const doc = {
    version: 3,
    assessment: { selection: { body: 'aomori-city', track: 'gyoseishoku', current: { grade: 'shuji' }, next: 'shukan-shusa' }, current: {}, next: {} },
    snapshots: Array.from({ length: 1000 }, (_, i) => snap(i)),
    plan: [],
    engagement: [],
  };
  return JSON.stringify(doc);
}

// ---------- run ----------
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('bench: dist/index.html is missing; run tests/bench/run');
  process.exit(1);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-bench-dist-'));
const five = path.join(work, 'five');
fs.cpSync(dist, five, { recursive: true });
const b = await browser();
const s5 = await serveDir(five);
const req = await requested(s5.url);
const size = sizes(five, req.first);
const later = sizes(five, req.later).find((r) => r.g === 'total');
const author = await authoring(s5.url, five);
const authorSize = sizes(five, author.module).find((r) => r.g === 'total');
const authorPageSize = sizes(five, author.drawnBy).find((r) => r.g === 'total');
await staticCopy(b.ctx, s5.url, five);
const app5 = { url: s5.url, selector: '.body-name, .pref-choice' };
const staticPage = { url: s5.url + 'static.html', selector: '.body-name' };
const [appSlow, staticSlow] = await startup(b.ctx, [app5, staticPage], 4);
// LCP moves by a frame or two between visits on a 2-core machine, and a
// median of 10 let the ratio swing from 1.07 to 1.39 on an unchanged first
// view; a median of SCALE_RUNS (30) visits each holds it still.
const [vApp, vStatic] = await vitals(b.ctx, [app5, staticPage], SCALE_RUNS);
const back = await returning(s5.url);
const chosen = await firstBody(b.ctx, s5.url);
const whole = wholeApp(five);
let tw = null;
try {
  tw = twiggyMarkdown(twiggyReport(APP_WASM));
} catch (e) {
  console.error(`bench: twiggy skipped: ${e.message}`);
}
const twBefore = fs.readFileSync(path.join(root, 'tests/bench/twiggy-before.md'), 'utf8');
// Where the rest of the app module is, weighed once by removing pages
// (a measurement by hand, kept beside this script).
const weighed = fs.readFileSync(path.join(root, 'tests/bench/weighed.md'), 'utf8');

const many = path.join(work, 'many');
let manyIndex = null;
let appMany = null;
let s1800 = null;
try {
  manyIndex = synthesise(five, many, 1800);
  s1800 = await serveDir(many);
} catch (e) {
  console.error(`bench: scale run skipped: ${e.message}`);
}
const [appPlain, staticPlain] = await startup(b.ctx, [app5, staticPage]);
// Two start-ups a few per cent apart are within this machine's noise over
// ten runs, so the scale comparison takes more.
let scale5 = null;
if (s1800) {
  [scale5, appMany] = await startup(b.ctx, [app5, { url: s1800.url, selector: '.body-name, .pref-choice' }], 1, SCALE_RUNS);
  await s1800.close();
}

const bigDoc = thousandSnapshots();
const smallDoc = JSON.stringify({ ...JSON.parse(bigDoc), snapshots: [] });
const inter = await interaction(b.ctx, s5.url, smallDoc);
const inter1000 = await interaction(b.ctx, s5.url, bigDoc);
await s5.close();
await b.close();
fs.rmSync(work, { recursive: true, force: true });

const total = size.find((r) => r.g === 'total');
const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const yes = (ok) => (ok ? 'met' : '**not met**');
const ratio = (a, b) => (a == null || b == null ? 'n/a' : `${(a / b).toFixed(2)}×`);
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on this project's CI machine kind (2 cores), Debian Chromium headless, served from 127.0.0.1. Reproduce with \`tests/bench/run\`.`,
  '',
  '## Transfer size of the first view',
  '',
  '| part | raw KB | gzip KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...size.map((r) => `| ${r.g} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`),
  '',
  `Target: at most 15 KB gzip in all. Measured: **${kb(total.gz)} KB gzip** — ${total.gz <= 15 * 1024 ? 'met' : 'not met'}.`,
  '',
  `These are the files the browser requested until the list of bodies was shown (service worker blocked): ${req.first.map((f) => '`' + f + '`').join(', ')}.`,
  '',
  `Choosing a body then loads the app module, the pages module (which draws the body page) and the body's data: ${kb(later.raw)} KB raw, **${kb(later.gz)} KB gzip**, ${kb(later.br)} KB brotli (${req.later.map((f) => '`' + f.replace(/-[0-9a-f]{16}/, '-…') + '`').join(', ')}). After a first visit, the service worker has precached it, so it is read from the device.`,
  '',
  '## The authoring module (団体の枠組みを作る)',
  '',
  `Opening \`#/author\` loads the pages module, which draws the page: ${kb(authorPageSize.gz)} KB gzip (${author.drawnBy.map((f) => '\`' + f.replace(/-[0-9a-f]{16}/, '-…') + '\`').join(', ')}); it also draws the 1on1 面談 pages. Choosing a file there loads the authoring module (the Excel reader, the TOML writer and the one-file maker): ${kb(authorSize.raw)} KB raw, **${kb(authorSize.gz)} KB gzip**, ${kb(authorSize.br)} KB brotli (${author.module.map((f) => '\`' + f.replace(/-[0-9a-f]{16}/, '-…') + '\`').join(', ')}). Neither is in the first view or the app module. The service worker precaches the pages module in the background after the first view, like the app, so that every page works offline after one visit; the authoring module it caches when first used.`,
  '',
  `Reading 郡山市's filled workbook (\`data/workbooks/koriyama.xlsx\`) until its summary shows: ${author.first} ms the first time (module included), ${author.again} ms again (median of 5).`,
  '',
  '## Targets',
  '',
  '| item | target | measured | met |',
  '|---|---|---:|---|',
  `| first-view transfer | ≤ 15 KB gzip | ${kb(total.gz)} KB | ${yes(total.gz <= 15 * 1024)} |`,
  `| LCP | ≤ 1.2× the static copy | ${ms(vApp.lcp)} vs ${ms(vStatic.lcp)} (${ratio(vApp.lcp, vStatic.lcp)}) | ${yes(vApp.lcp <= 1.2 * vStatic.lcp)} |`,
  `| Lighthouse mobile performance | 100 | not run (LCP and CLS come from PerformanceObserver) | — |`,
  `| Lighthouse mobile accessibility | 100 | not run (axe finds 0 on every view in the e2e) | — |`,
  `| CLS, first view | 0 | ${vApp.cls.toFixed(3)} (static copy ${vStatic.cls.toFixed(3)}) | ${yes(vApp.cls === 0)} |`,
  `| CLS, returning person | 0 | ${back.cls.toFixed(3)} | ${yes(back.cls === 0)} |`,
  `| first body link visible at 4× CPU | ≤ 1.2× the static copy | ${ms(appSlow)} vs ${ms(staticSlow)} (${ratio(appSlow, staticSlow)}) | ${yes(appSlow <= 1.2 * staticSlow)} |`,
  `| whole app module (JS + wasm) | ≤ 250 KB gzip (goal 200) | ${kb(whole.app.js + whole.app.wasm)} KB | ${yes(whole.app.js + whole.app.wasm <= 250 * 1024)} |`,
  `| interaction p95 | ≤ 4 ms | ${ms(inter?.p95)} | ${yes(inter && inter.p95 <= 4)} |`,
  `| 1,800 bodies vs 5 | ≤ 1.05 | ${appMany ? (appMany / scale5).toFixed(2) : 'n/a'} | ${yes(appMany && appMany / scale5 <= 1.05)} |`,
  '',
  '## LCP and CLS (PerformanceObserver, median LCP and worst CLS of ' + SCALE_RUNS + ' first visits each, the two cases taking turns)',
  '',
  '| case | LCP | CLS |',
  '|---|---:|---:|',
  `| the app's first view | ${ms(vApp.lcp)} | ${vApp.cls.toFixed(3)} |`,
  `| static copy of it | ${ms(vStatic.lcp)} | ${vStatic.cls.toFixed(3)} |`,
  '',
  '## The returning person (restored results page, service worker warm, p50 of ' + RUNS + ')',
  '',
  '| CPU | navigation to the gap table shown |',
  '|---|---:|',
  `| 1× | ${ms(back.p50)} |`,
  `| 4× throttling | ${ms(back.p50slow)} |`,
  '',
  `Worst CLS over those loads: ${back.cls.toFixed(3)}. boot.js hides the static list before the first paint (a stored assessment means the app draws the first screen), so the list never flashes.`,
  '',
  '## A first-time visitor choosing a body (cache off, no service worker, p50 of ' + RUNS + ')',
  '',
  '| CPU | click on 郡山市 in the first view to its page shown |',
  '|---|---:|',
  `| 1× | ${ms(chosen.p50)} |`,
  `| 4× throttling | ${ms(chosen.p50slow)} |`,
  '',
  'The worst case: the app module, the pages module (which draws the body page) and the body\'s data all come from the network after the click; boot.js asks for the two modules at once. On a real first visit the service worker starts precaching both modules as soon as the first view has loaded, so by the time a person has chosen a body they are usually on the device already.',
  '',
  '## The whole app (gzip)',
  '',
  '| part | gzip KB |',
  '|---|---:|',
  `| app module: wasm | ${kb(whole.app.wasm)} |`,
  `| app module: JS glue | ${kb(whole.app.js)} |`,
  `| pages module (a body's page, the suggestions and the plan, the history, the 1on1 面談 pages and the printed sheet, the authoring page, the trainers' and recruits' pages; on demand, precached) | ${kb(whole.pages)} |`,
  `| authoring module (workbooks, on demand) | ${kb(whole.author)} |`,
  '| first view, styles, boot and worker scripts, snippets | ' + kb(whole.rest) + ' |',
  `| **all** | **${kb(whole.total)}** |`,
  '',
  '## What the app module is made of (twiggy)',
  '',
  'Now:',
  '',
  tw ?? '(twiggy was not available)',
  '',
  'Before this round:',
  '',
  twBefore.trim(),
  '',
  '### The app module weighed by removal',
  '',
  weighed.trim(),
  '',
  '## Start-up (navigation to the first interactive view, median of ' + RUNS + ')',
  '',
  'A first visit: cache off, no service worker. The cases take turns within each run of ' + RUNS + ', so the ratios compare like with like on a noisy machine.',
  '',
  '| case | app | static page of the same content | ratio |',
  '|---|---:|---:|---:|',
  `| plain | ${ms(appPlain)} | ${ms(staticPlain)} | ${(appPlain / staticPlain).toFixed(2)} |`,
  `| 4× CPU throttling | ${ms(appSlow)} | ${ms(staticSlow)} | ${(appSlow / staticSlow).toFixed(2)} |`,
  '',
  '## Scale',
  '',
  `Start-up as above, median of ${SCALE_RUNS}, the two cases taking turns. With 1,800 bodies the first view lists the 47 prefectures; a prefecture's bodies are loaded when it is chosen.`,
  '',
  '| case | value |',
  '|---|---:|',
  `| start-up, 5 bodies | ${ms(scale5)} |`,
  `| start-up, 1,800 bodies | ${ms(appMany)} |`,
  `| ratio (target ≤ 1.05) | ${appMany ? (appMany / scale5).toFixed(2) : 'n/a'} |`,
  `| index.json with 1,800 bodies | ${manyIndex ? kb(manyIndex) + ' KB' : 'n/a'} |`,
  `| stored document with 1,000 snapshots | ${kb(bigDoc.length)} KB |`,
  '',
  '## Interaction (a rating change until the gaps and chart are redrawn, ' + CHANGES + ' changes)',
  '',
  '| case | p50 | p95 (target ≤ 4 ms) | with style and layout: p50 | p95 |',
  '|---|---:|---:|---:|---:|',
  `| empty history | ${ms(inter?.p50)} | ${ms(inter?.p95)} | ${ms(inter?.laidP50)} | ${ms(inter?.laidP95)} |`,
  `| 1,000 snapshots stored | ${ms(inter1000?.p50)} | ${ms(inter1000?.p95)} | ${ms(inter1000?.laidP50)} | ${ms(inter1000?.laidP95)} |`,
  '',
  'From the click to the gaps and chart redrawn (the app\'s own work); then, for information, to the browser having recomputed style and layout for the change. Painting happens on the next frame and is not included. A frame is let pass between changes.',
  '',
];
fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
console.log(lines.join('\n'));
