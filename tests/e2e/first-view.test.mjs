// The static first view (index.html, written at build time by prerender/
// from the app's own components) and its hand-over to the app
// (assets/boot.js, ui/src/lib.rs). These tests check that the list and its
// links are there with no script at all, that the first view loads no wasm,
// that choosing a body opens its static page (bodies/<id>/, with no wasm
// either; static-pages.test.mjs tests those pages), that leaving the list
// for a page of the app brings the app with one header, that the language
// switch and a returning person's visit reach the app with no flash of the
// list, that the app opens offline after a visit that saw only the list,
// and that a failed load says so.
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

/** Records, once the document is parsed and again at load, whether the
 *  static first view is shown; a returning person must never see it. */
async function watchFirstView(page) {
  await page.addInitScript(() => {
    // What each frame is about to paint: a requestAnimationFrame callback
    // runs just before every rendering update, and none runs while the
    // stylesheet in <head> still blocks rendering. (Looking at
    // DOMContentLoaded instead would see the static view before the
    // stylesheet that hides it has arrived, which no one ever sees: boot.js
    // runs before the stylesheet, so the parser no longer waits for it.)
    // Sampled until a few frames after load.
    window.__firstView = [];
    let after = -1;
    const look = () => {
      const v = document.getElementById('first-view');
      window.__firstView.push(v ? getComputedStyle(v).display : 'gone');
      if (after < 0 && document.readyState === 'complete') after = 3;
      if (after !== 0) {
        if (after > 0) after -= 1;
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  });
}

test('with scripts off, the first view still lists every body with working links', async () => {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(server.url);
    const links = await page.locator('#first-view .body-choice').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.sort(), ['bodies/aizuwakamatsu/', 'bodies/aomori-city/', 'bodies/aomori-pref/', 'bodies/hamamatsu/', 'bodies/koriyama/']);
    assert.equal(await page.locator('h1').textContent(), '団体を選んでください');
    assert.equal(await page.locator('header.site-header').count(), 1);
    assert.equal(await page.locator('nav.site-nav a[aria-current="page"]').count(), 1);
    assert.match(await page.locator('footer').textContent(), /アクセシビリティ方針/);
  } finally {
    await page.close();
  }
});

test('the first view loads no wasm, nor does a body page; leaving the list for the app loads it, and it takes the page over', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  const log = pageRequests(page);
  await page.reload();
  await page.locator('.body-choice').first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('#first-view').count(), 1, 'the static view is shown');

  // A body is a static page of its own.
  await page.locator('.body-choice[data-body="koriyama"]').click();
  await page.waitForURL(/\/bodies\/koriyama\/$/);
  await page.locator('table.ability-matrix').waitFor();
  await page.waitForLoadState('networkidle');
  const wasm = log.seen.filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, [], `no wasm for the first view or the body page, saw ${wasm.join(', ')}`);

  // A page of the app: the app is loaded and takes over.
  await page.goto(server.url);
  await page.locator('#first-view a[href="#/workshop"]').click();
  await page.locator('#workshop-heading').waitFor();
  log.stop();
  assert.ok(log.seen.some((p) => /michishirube-app-[0-9a-f]+_bg\.wasm$/.test(p)), 'the app module was loaded');
  assert.equal(await page.locator('#first-view').count(), 0, 'the static view is gone');
  assert.equal(await page.locator('header.site-header').count(), 1, 'one header, not two');
  assert.equal(await page.locator('main').count(), 1, 'one main region');
  assert.match(page.url(), /#\/workshop$/);
});

test('the app draws the same header, menu and list as the static view', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  await page.reload();
  await page.locator('.body-choice').first().waitFor();
  const shape = () => page.evaluate(() => [...document.querySelectorAll('.site-header, .site-nav, main h1, .body-choice, .site-footer')]
    .map((e) => { const r = e.getBoundingClientRect(); return [e.className, e.textContent.trim(), Math.round(r.x), Math.round(r.y + window.scrollY), Math.round(r.width), Math.round(r.height)]; }));
  const before = await shape();
  // Take the app over on the list itself: leave and come back.
  await page.locator('a[href="#/workshop"]').first().click();
  await page.locator('#first-view').waitFor({ state: 'detached' });
  await page.goto(server.url + '#/');
  await page.locator('.body-choice').first().waitFor();
  assert.deepEqual(await shape(), before, 'the same boxes, so the hand-over moves nothing');
});

test('the language switch on the first view opens the app in English', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  await page.locator('.lang-switch').click();
  await page.locator('h1', { hasText: 'Choose your city or prefecture' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('#first-view').count(), 0);
  assert.match(await page.title(), /^Michishirube/);
  // A later visit in English gets the app at once.
  await page.reload();
  await page.locator('h1', { hasText: 'Choose your city or prefecture' }).waitFor();
  // Switching back in the app restores the page's own Japanese title.
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.match(await page.title(), /^道しるべ/);
});

test('a returning person, a deep link or projector mode gets the app at once, with no flash of the list', async () => {
  await fresh(browser.page, server.url);
  const page = await browser.context.newPage();
  try {
    await watchFirstView(page);
    await page.goto(server.url);
    await page.locator('.body-choice').first().waitFor();
    // A deep link.
    await page.goto(server.url + '#/accessibility');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.locator('#first-view').count(), 0);
    const frames = await page.evaluate(() => window.__firstView);
    assert.ok(frames.length > 0, 'frames were sampled');
    assert.ok(frames.every((d) => d === 'none' || d === 'gone'), `the list was never painted: ${frames.join(' ')}`);
    // A stored assessment: the menu must list the person's pages on the home page.
    await page.goto(server.url + '#/body/hamamatsu');
    await page.getByRole('link', { name: /で始める/ }).first().click();
    await page.locator('#setup-current').waitFor();
    await saved(page);
    const log = pageRequests(page);
    await page.goto(server.url + '#/');
    await page.reload();
    await page.locator('.body-choice').first().waitFor();
    assert.deepEqual(await page.evaluate(() => window.__firstView[0]), 'none', 'hidden before the first paint');
    assert.equal(await page.locator('#first-view').count(), 0, 'the app, not the static view');
    assert.equal(await page.locator('.site-nav a[href="#/assess/rate"]').count(), 1, "the person's pages are in the menu");
    // One app: coming back to the rating path loads no module but the
    // app's (the authoring module waits for the authoring page).
    await page.locator('.site-nav a[href="#/assess/rate"]').click();
    await page.locator('main h1').first().waitFor();
    log.stop();
    const wasm = log.seen.filter((p) => /\.wasm$/.test(p));
    assert.ok(wasm.every((p) => /michishirube-app-/.test(p)), `only the app's module was loaded: ${wasm.join(' ')}`);
    // Projector mode, on a device with nothing stored.
    await page.evaluate(() => localStorage.clear());
    await page.goto(server.url + '#/?projector');
    await page.reload();
    await page.locator('.body-choice').first().waitFor();
    assert.equal(await page.evaluate(() => window.__firstView[0]), 'none');
    assert.equal(await page.locator('.site-nav a[href="#/history"]').count(), 0, 'no personal page on the projector');
  } finally {
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
    await page.close();
  }
});

test('after seeing only the first view, the app still opens with the network off', async () => {
  const { page, context } = browser;
  await fresh(page, server.url);
  // The worker precaches the whole app in the background, once the first
  // view is shown.
  await workerReady(page);
  await context.setOffline(true);
  try {
    await page.goto(server.url + '#/accessibility');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.locator('#first-view').count(), 0);
    assert.match(await page.locator('main h1').first().textContent(), /アクセシビリティ/);
    // A trainer's page too: a trainer's room may have no network.
    await page.goto(server.url + '#/workshop');
    await page.locator('#workshop-heading').waitFor();
    assert.equal(await page.locator('#workshop-heading').count(), 1);
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
    // A page of the app (a body's page is static and needs no app).
    await page.locator('#first-view a[href="#/workshop"]').click();
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /アプリ本体を読み込めませんでした/);
    // Once the network is back, the offered reload brings the app.
    await context.unroute(/michishirube-app-[0-9a-f]+/);
    await page.getByRole('button', { name: '再読み込みする' }).click();
    // The static view's own h1 is there before the app starts: wait for the
    // static view to go, which is the app taking over.
    await page.locator('#first-view').waitFor({ state: 'detached', timeout: 15000 });
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.locator('#first-view').count(), 0, 'the app took over after the reload');
  } finally {
    await context.unroute(/michishirube-app-[0-9a-f]+/);
  }
});
