// The two-module start-up (ui/src/start.rs): the first view comes from a
// small module, and the whole app is loaded only when the person goes
// further. These tests check that the split is real, that the hand-over
// keeps the language and lands on the page asked for, that a returning
// person gets the app at once, and that a failed hand-over says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, fresh, saved, workerReady } from './harness.mjs';

let server, browser;
// The last test blocks the app module on purpose; the page reports that load.
before(async () => { server = await serve(); browser = await launch({ allowErrors: /michishirube-app-|Failed to fetch dynamically imported module|ERR_FAILED/ }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records the page's own requests (not the service worker's precaching). */
function pageRequests(page) {
  const seen = [];
  const on = (r) => seen.push(new URL(r.url()).pathname);
  page.on('request', on);
  return { seen, stop: () => page.off('request', on) };
}

test('the first view loads only the start-up module; choosing a body loads the app', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  const log = pageRequests(page);
  await page.reload();
  await page.locator('.body-choice').first().waitFor();
  // Nothing more is fetched for the first view: wait until the network is idle.
  await page.waitForLoadState('networkidle');
  const wasm = log.seen.filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm module on the first view, saw ${wasm.join(', ')}`);
  assert.ok(!wasm[0].includes('michishirube-app-'), `the start-up module, not the app: ${wasm[0]}`);
  assert.equal(await page.locator('#start-root').count(), 1, 'the start-up shell draws the first view');

  await page.locator('.body-choice[data-body="koriyama"]').click();
  await page.locator('table.ability-matrix').waitFor();
  log.stop();
  assert.ok(log.seen.some((p) => /michishirube-app-[0-9a-f]+_bg\.wasm$/.test(p)), 'the app module was loaded');
  assert.equal(await page.locator('#start-root').count(), 0, 'the shell is gone');
  assert.equal(await page.locator('header.site-header').count(), 1, 'one header, not two');
  assert.match(page.url(), /#\/body\/koriyama$/);
});

test('the language chosen on the first view carries over to the app', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  await page.locator('.lang-switch').click();
  await page.locator('h1', { hasText: 'Choose a body' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator('a[href="#/workshop"]').click();
  await page.locator('#start-root').waitFor({ state: 'detached' });
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.title(), /^Michishirube/);
  // Switching back in the app restores the page's own Japanese title.
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.match(await page.title(), /^道しるべ/);
});

test('a person with a stored assessment, or a deep link, gets the app at once', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  // A deep link: the shell hands over without drawing a list.
  await page.goto(server.url + '#/accessibility');
  await page.reload();
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('#start-root').count(), 0);
  // A stored assessment: the menu must list the person's pages on the home page.
  await page.goto(server.url + '#/body/hamamatsu');
  await page.getByRole('button', { name: /始める/ }).click();
  await page.locator('#setup-current').waitFor();
  await saved(page);
  await page.goto(server.url + '#/');
  await page.reload();
  await page.locator('.body-choice').first().waitFor();
  assert.equal(await page.locator('#start-root').count(), 0, 'the app, not the shell');
  assert.equal(await page.locator('.site-nav a[href="#/assess/rate"]').count(), 1, "the person's pages are in the menu");
});

test('after seeing only the first view, the app still opens with the network off', async () => {
  const { page, context } = browser;
  await fresh(page, server.url);
  // The worker precaches the whole app while the first view is shown.
  await workerReady(page);
  await context.setOffline(true);
  try {
    await page.goto(server.url + '#/accessibility');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.locator('#start-root').count(), 0);
    assert.match(await page.locator('main h1').first().textContent(), /アクセシビリティ/);
  } finally {
    await context.setOffline(false);
  }
});

test('if the app cannot be loaded, the first view says so instead of hanging', async () => {
  const { page, context } = browser;
  await fresh(page, server.url);
  // Bypass the service worker so the blocked request is really blocked.
  await context.route(/michishirube-app-[0-9a-f]+/, (r) => r.abort());
  try {
    await page.evaluate(async () => {
      const regs = await navigator.serviceWorker.getRegistrations();
      await Promise.all(regs.map((r) => r.unregister()));
      for (const k of await caches.keys()) await caches.delete(k);
    });
    await page.reload();
    await page.locator('.body-choice').first().waitFor();
    await page.locator('.body-choice').first().click();
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /アプリ本体を読み込めませんでした/);
    // Once the network is back, the offered reload brings the app.
    await context.unroute(/michishirube-app-[0-9a-f]+/);
    await page.getByRole('button', { name: '再読み込みする' }).click();
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.locator('#start-root').count(), 0, 'the app took over after the reload');
  } finally {
    await context.unroute(/michishirube-app-[0-9a-f]+/);
  }
});
