// Benchmarks for michishirube: transfer size of the first view, start-up
// time (plain, 4x CPU throttling, against a static page of the same
// content), interaction latency, and scale (1,800 bodies; 1,000 snapshots).
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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);

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

async function browser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { ctx, close: async () => { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

/** Median time from navigation start to `selector` visible, over RUNS fresh pages. */
async function startup(ctx, url, selector, throttle = 1) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return median(times);
}

// ---------- 1. transfer size of the first view ----------
function firstViewFiles(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.?\/?([^"]+\.(?:js|wasm|css|svg|webmanifest))"/g)].map((m) => m[1]);
  const files = new Set(['index.html', ...refs, 'data/index.json']);
  return [...files].filter((f) => fs.existsSync(path.join(dir, f)));
}
function sizes(dir) {
  const groups = { html: [], js: [], wasm: [], css: [], data: [], other: [] };
  for (const f of firstViewFiles(dir)) {
    const buf = fs.readFileSync(path.join(dir, f));
    const g = f.endsWith('.html') ? 'html' : f.endsWith('.js') ? 'js' : f.endsWith('.wasm') ? 'wasm' : f.endsWith('.css') ? 'css' : f.endsWith('.json') ? 'data' : 'other';
    groups[g].push({ raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length, br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
  }
  const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
  const rows = Object.entries(groups).filter(([, xs]) => xs.length).map(([g, xs]) => ({ g, raw: sum(xs, 'raw'), gz: sum(xs, 'gz'), br: sum(xs, 'br') }));
  rows.push({ g: 'total', raw: rows.reduce((a, r) => a + r.raw, 0), gz: rows.reduce((a, r) => a + r.gz, 0), br: rows.reduce((a, r) => a + r.br, 0) });
  return rows;
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
    const out = [];
    for (let i = 0; i < n; i++) {
      const name = names[i % names.length];
      const value = String((i % 4) + 1);
      const input = document.querySelector(`input[name="${name}"][value="${value}"]`);
      const before = Number(canvas.dataset.drawn ?? 0);
      const t0 = performance.now();
      input.click();
      // Wait until the chart's draw counter moves (gaps and chart redrawn).
      // Yield through a MessageChannel, not setTimeout: nested timeouts
      // are clamped to 4 ms by browsers, which would swamp the figure.
      while (Number(canvas.dataset.drawn ?? 0) === before) {
        await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
        if (performance.now() - t0 > 2000) break;
      }
      out.push(performance.now() - t0);
    }
    return out;
  }, { names, n: CHANGES });
  await page.close();
  return { p50: pct(times, 0.5), p95: pct(times, 0.95) };
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
const size = sizes(five);

const b = await browser();
const s5 = await serveDir(five);
await staticCopy(b.ctx, s5.url, five);
const appPlain = await startup(b.ctx, s5.url, '.body-name, .pref-choice');
const staticPlain = await startup(b.ctx, s5.url + 'static.html', '.body-name');
const appSlow = await startup(b.ctx, s5.url, '.body-name, .pref-choice', 4);
const staticSlow = await startup(b.ctx, s5.url + 'static.html', '.body-name', 4);

const many = path.join(work, 'many');
let manyIndex = null;
let appMany = null;
try {
  manyIndex = synthesise(five, many, 1800);
  const s1800 = await serveDir(many);
  appMany = await startup(b.ctx, s1800.url, '.body-name, .pref-choice');
  await s1800.close();
} catch (e) {
  console.error(`bench: scale run skipped: ${e.message}`);
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
  `Target: at most 120 KB gzip in all. Measured: **${kb(total.gz)} KB gzip** — ${total.gz <= 120 * 1024 ? 'met' : 'not met'}.`,
  '',
  '## Start-up (navigation to the first interactive view, median of ' + RUNS + ')',
  '',
  '| case | app | static page of the same content | ratio |',
  '|---|---:|---:|---:|',
  `| plain | ${ms(appPlain)} | ${ms(staticPlain)} | ${(appPlain / staticPlain).toFixed(2)} |`,
  `| 4× CPU throttling | ${ms(appSlow)} | ${ms(staticSlow)} | ${(appSlow / staticSlow).toFixed(2)} |`,
  '',
  '## Scale',
  '',
  '| case | value |',
  '|---|---:|',
  `| start-up, 5 bodies | ${ms(appPlain)} |`,
  `| start-up, 1,800 bodies | ${ms(appMany)} |`,
  `| ratio (target ≤ 1.05) | ${appMany ? (appMany / appPlain).toFixed(2) : 'n/a'} |`,
  `| index.json with 1,800 bodies | ${manyIndex ? kb(manyIndex) + ' KB' : 'n/a'} |`,
  `| stored document with 1,000 snapshots | ${kb(bigDoc.length)} KB |`,
  '',
  '## Interaction (a rating change until the gaps and chart are redrawn, ' + CHANGES + ' changes)',
  '',
  '| case | p50 | p95 (target ≤ 4 ms) |',
  '|---|---:|---:|',
  `| empty history | ${ms(inter?.p50)} | ${ms(inter?.p95)} |`,
  `| 1,000 snapshots stored | ${ms(inter1000?.p50)} | ${ms(inter1000?.p95)} |`,
  '',
];
fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
console.log(lines.join('\n'));
