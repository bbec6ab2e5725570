// Offline and one file: after one visit the app works with the network off
// (service worker), and the one-file build works when opened from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, root, workerReady, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('after one visit, the app and a visited body work with the network off', async () => {
  const { page, context } = browser;
  await page.goto(server.url);
  await page.locator('.body-name').first().waitFor();
  await workerReady(page);
  // Reload so the page is controlled by the worker, then visit a body.
  await page.reload();
  await workerReady(page);
  await page.goto(server.url + '#/body/koriyama');
  await page.locator('table.ability-matrix').waitFor();

  await context.setOffline(true);
  try {
    await page.goto(server.url + '#/');
    await page.reload();
    await page.locator('.body-name').first().waitFor();
    await page.goto(server.url + '#/explore/koriyama/kakaricho/kacho');
    await page.reload();
    await page.locator('.compare-table').waitFor();
    assert.equal(await page.locator('table.ability-matrix tbody tr').count(), 6);
  } finally {
    await context.setOffline(false);
  }
});

test('the authoring module is not precached, but once used it works with the network off', async () => {
  const { page, context } = browser;
  await page.goto(server.url + '#/');
  await workerReady(page);
  const cached = await page.evaluate(async () => {
    const names = [];
    for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) names.push(new URL(r.url).pathname);
    return names;
  });
  assert.ok(cached.some((p) => /michishirube-app-/.test(p)), 'the app is precached');
  assert.ok(!cached.some((p) => /michishirube-author-/.test(p)), 'the authoring module is not');
  const book = fs.readFileSync(path.join(root, 'dist/data/workbooks/hamamatsu.xlsx'));
  const read = async () => {
    await page.locator('#author-file').setInputFiles({ name: 'hamamatsu.xlsx', mimeType: 'application/octet-stream', buffer: book });
    await page.locator('.read-ok').waitFor();
  };
  await page.goto(server.url + '#/author');
  await page.reload();
  await page.locator('#author-heading').waitFor();
  await read();
  // Reading a body's workbook also loads that body's data (to show what
  // would change); the worker caches it as it passes, a moment later.
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) {
      if (await (await caches.open(k)).match('data/bodies/hamamatsu.json')) return true;
    }
    return false;
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('#author-heading').waitFor();
    await read();
    assert.match(await page.locator('.read-ok h3').textContent(), /浜松市/);
  } finally {
    await context.setOffline(false);
  }
});

test('the one-file build opens from file://, completes an assessment, and keeps it across a reload', async () => {
  const out = path.join(root, 'dist-onefile');
  execFileSync('node', [path.join(root, 'scripts/onefile.mjs'), path.join(root, 'dist'), out]);
  const file = path.join(out, 'michishirube.html');
  assert.ok(fs.existsSync(file));
  const page = await browser.context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + file);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await rateAll(page);
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  await page.reload();
  await page.locator('.gap-table').waitFor();
  assert.equal(await page.locator('.gap-table tbody tr').count(), 7);
  await page.goto('file://' + file + '#/assess/rate');
  await page.reload();
  await page.locator('.rate-items').waitFor();
  assert.equal(await page.locator('input[type=radio]:checked').count(), names.length);
  assert.deepEqual(errors, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
