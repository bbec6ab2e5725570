// Privacy and security: the Content-Security-Policy is strict and never
// violated; notes, goals and imported text containing HTML or script are
// shown as text; no request leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { serve, launch, fresh as freshAt } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "javascript:alert(4)",
  '<iframe src="javascript:alert(5)"></iframe>',
  "';alert(6);//",
  '<a href="javascript:alert(7)">click</a>',
  '<style>body{display:none}</style>',
  '{{constructor.constructor("alert(8)")()}}',
  '&lt;b&gt;entity&lt;/b&gt;',
  '\u202Eevil\u202C <b onmouseover=alert(9)>x</b>',
];

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

async function injected(page) {
  return page.evaluate(() => document.querySelectorAll('main img, main iframe, main script, main style, main object, main embed, main [onerror], main [onload], main [onmouseover], main a[href^="javascript"]').length);
}

test('the page carries a strict Content-Security-Policy', async () => {
  const { page } = browser;
  await page.goto(server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  // One inline script, boot.js (so the first paint waits for no script
  // file), allowed by its hash and nothing else.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent));
  assert.equal(inline.length, 1);
  const hash = crypto.createHash('sha256').update(inline[0], 'utf8').digest('base64');
  assert.match(csp, new RegExp(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'(;|$)`));
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  await page.locator('.body-name').first().waitFor();
});

test('notes and goals with HTML or script are shown as text, and nothing runs', async () => {
  const { page, dialogs } = browser;
  await fresh(page);
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const areas = page.locator('.rate-item textarea');
  const n = Math.min(await areas.count(), PAYLOADS.length);
  for (let i = 0; i < n; i++) {
    await areas.nth(i).evaluate((t) => { t.closest('details').open = true; });
    await areas.nth(i).fill(PAYLOADS[i]);
  }
  await page.locator('.rate-items input[type=radio]').first().check();
  await page.getByRole('link', { name: '計画', exact: true }).click();
  for (const p of PAYLOADS) {
    await page.fill('#goal-text', p);
    await page.getByRole('button', { name: '目標を追加' }).click();
  }
  await page.locator('.plan-item').nth(PAYLOADS.length - 1).waitFor();
  const titles = await page.locator('.plan-item h3').allInnerTexts();
  for (const p of PAYLOADS) assert.ok(titles.some((t) => t.includes(p.trim().replace(/\s+/g, ' ').slice(0, 12))), `shown as text: ${p}`);
  assert.equal(await injected(page), 0);
  for (const hash of ['#/assess/rate', '#/assess/results', '#/print', '#/plan']) {
    await page.goto(server.url + hash);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.equal(await injected(page), 0, hash);
  }
  await page.goto(server.url + '#/assess/rate');
  await page.reload();
  await page.locator('.rate-item textarea').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('.rate-item textarea').first().inputValue(), PAYLOADS[0]);
  assert.deepEqual(dialogs, []);
});

test('imported text with HTML or script is shown as text', async () => {
  const { page, dialogs } = browser;
  await fresh(page);
  const data = {
    version: 3,
    plan: PAYLOADS.map((p, i) => ({ id: i + 1, body: 'koriyama', title: p, when: { fiscal_year: 2026 }, status: 'planned', note: p })),
    snapshots: [],
    engagement: [],
  };
  const file = { kind: 'michishirube-export', exported: '2026-11-21', data };
  await page.goto(server.url + '#/history');
  await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.locator('.import-preview').waitFor();
  await page.getByRole('button', { name: '置き換える' }).click();
  await page.getByRole('button', { name: '実行する' }).click();
  await page.goto(server.url + '#/plan');
  await page.locator('.plan-item').nth(PAYLOADS.length - 1).waitFor();
  assert.equal(await injected(page), 0);
  assert.equal(await page.locator('.plan-item textarea').first().inputValue(), PAYLOADS[0]);
  assert.deepEqual(dialogs, []);
});
