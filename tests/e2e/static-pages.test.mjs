// A body's published pages are static HTML (prerender/): bodies/<id>/,
// bodies/<id>/career/, bodies/<id>/pre-entry/ and accessibility/. These
// tests check that with JavaScript off the first view leads to them, that
// they show the body's tables and every link on them resolves, that their
// sections are plain in-page anchors; that, with scripts on, their start
// link reaches the app's setup with the body chosen; that an old
// #/body/<id> address is still drawn by the app; that a visited body page
// opens offline; that they read at 320 px and with the keyboard; and that
// the one-file build still draws a body's page in the app from its list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launch, fresh, workerReady, dist } from './harness.mjs';

let server, browser, noScript;
before(async () => {
  server = await serve();
  // The app, offline, cannot fetch a body never opened (the offline test).
  browser = await launch({ allowErrors: /aomori-city\.json/ });
  noScript = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => { await noScript?.close(); await browser?.close(); await server?.close(); });

const PAGES = ['bodies/koriyama/', 'bodies/koriyama/career/', 'bodies/koriyama/pre-entry/', 'accessibility/'];

/** A page in a context with JavaScript disabled, which may only ask the
 *  local server. */
async function scriptless() {
  const context = await noScript.newContext({ javaScriptEnabled: false, locale: 'ja-JP', viewport: { width: 1280, height: 800 } });
  const outside = [];
  context.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
  const page = await context.newPage();
  return { context, page, outside };
}

/** Every link and stylesheet of the page, resolved, without fragments. */
async function targets(page) {
  const urls = await page.locator('a[href], link[href]').evaluateAll((els) => els.map((e) => e.href));
  return [...new Set(urls.map((u) => u.split('#')[0]))];
}

test('with scripts off, the first view leads to a body page that shows its tables and whose links all resolve', async () => {
  const { context, page, outside } = await scriptless();
  try {
    await page.goto(server.url);
    const link = page.locator('#first-view .body-choice[data-body="koriyama"]');
    assert.equal(await link.getAttribute('href'), 'bodies/koriyama/');
    await link.click();
    await page.waitForURL(/\/bodies\/koriyama\/$/);
    assert.match(await page.title(), /郡山市.*道しるべ/);
    assert.match(await page.locator('main h1').textContent(), /郡山市/);
    assert.ok(await page.locator('table.ability-matrix').isVisible(), 'the ability table');
    assert.ok(await page.locator('#kpi table').count() > 0, 'the KPI tables');
    assert.ok(await page.locator('#offerings').isVisible(), 'the offerings');
    assert.ok(await page.locator('.start a.button').count() > 1, 'a start link per track');
    assert.equal(await page.locator('script').count(), 0, 'no script on the page');
    // Every link on every static page of the body leads somewhere.
    for (const p of PAGES) {
      await page.goto(server.url + p);
      assert.ok(await page.locator('main h1').isVisible(), `${p} has its heading`);
      for (const url of await targets(page)) {
        const res = await context.request.get(url);
        assert.equal(res.status(), 200, `${url} (linked from ${p}) resolves`);
      }
    }
    // The career link on the body page goes to the static career page.
    await page.goto(server.url + 'bodies/koriyama/');
    await page.locator('nav.toc').getByRole('link', { name: /キャリアパス/ }).click();
    await page.waitForURL(/\/bodies\/koriyama\/career\/$/);
    assert.match(await page.locator('main h1').textContent(), /キャリアパス/);
    assert.deepEqual(outside, [], 'nothing but the local server was asked');
  } finally {
    await context.close();
  }
});

test('with scripts off, the contents and the skip link move within the page', async () => {
  const { context, page } = await scriptless();
  try {
    await page.goto(server.url + 'bodies/koriyama/');
    const toc = page.locator('nav.toc a[href^="#"]');
    assert.deepEqual(await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ['#matrix', '#grades', '#kpi', '#offerings', '#missing']);
    await page.locator('nav.toc a[href="#kpi"]').click();
    await page.waitForURL(/\/bodies\/koriyama\/#kpi$/);
    const top = await page.locator('#kpi').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 5, `the section is at the top of the window (${top}px)`);
    // The keyboard: the first Tab reaches the skip link, which moves to the main region.
    await page.goto(server.url + 'bodies/koriyama/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('main')), 'the next Tab is in the main region');
  } finally {
    await context.close();
  }
});

test('every static page reads at 320 px with nothing cut off', async () => {
  const { context, page } = await scriptless();
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    const wide = [];
    for (const p of PAGES) {
      await page.goto(server.url + p);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 1) wide.push(`${p}: ${over}px wider than the viewport`);
      assert.equal(await page.locator('.lang-switch').isVisible(), false, 'no language switch without the app');
    }
    assert.deepEqual(wide, []);
  } finally {
    await context.close();
  }
});

test("with scripts on, a body page's start link arrives at the app's setup with the body chosen", async () => {
  const { page } = browser;
  await fresh(page, server.url);
  await page.goto(server.url + 'bodies/koriyama/');
  await page.getByRole('link', { name: '事務・技術で始める' }).click();
  await page.locator('#setup-current').waitFor();
  assert.match(page.url(), /#\/assess\/setup$/);
  assert.match(await page.locator('main').textContent(), /郡山市/);
  assert.ok(await page.locator('#setup-current option[value="kakaricho"]').count() > 0, "郡山市's grades are offered");
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
});

test('an old #/body/<id> address still shows the body page, drawn by the app', async () => {
  const { page } = browser;
  await fresh(page, server.url);
  await page.goto(server.url + '#/body/koriyama');
  await page.reload();
  await page.locator('table.ability-matrix').waitFor();
  assert.match(await page.locator('main h1').textContent(), /郡山市/);
  assert.match(page.url(), /#\/body\/koriyama$/);
});

test('after one visit, a body page and its career path open with the network off, and a self-assessment starts from it', async () => {
  const { page, context } = browser;
  await fresh(page, server.url);
  await workerReady(page);
  await page.goto(server.url + 'bodies/koriyama/');
  await page.locator('table.ability-matrix').waitFor();
  // The worker puts the page and its siblings in its cache as it serves them.
  await page.waitForFunction(async () => {
    const keys = (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flat().map((r) => r.url);
    return ['/bodies/koriyama/', '/bodies/koriyama/career/', '/bodies/koriyama/pre-entry/', '/data/bodies/koriyama.json'].every((p) => keys.some((u) => u.endsWith(p)));
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('table.ability-matrix').waitFor();
    await page.locator('nav.toc').getByRole('link', { name: /キャリアパス/ }).click();
    await page.waitForURL(/\/career\/$/);
    assert.match(await page.locator('main h1').textContent(), /キャリアパス/);
    // Its data came with the page, so starting from it works offline too.
    await page.goBack();
    await page.locator('.start a.primary').first().click();
    await page.locator('#setup-current').waitFor();
    await page.goto(server.url + 'accessibility/');
    assert.equal(await page.locator('#a11y-heading').count(), 1, 'the statement is precached');
    // A body page never visited falls back to the app's page of that body
    // (which says the body's data could not be loaded, never having been).
    await page.goto(server.url + 'bodies/aomori-city/');
    await page.waitForURL(/#\/body\/aomori-city$/);
  } finally {
    await context.setOffline(false);
  }
});

test('the one-file build still draws a body page in the app from its list', async () => {
  const one = await launch();
  try {
    const { page } = one;
    await page.goto('file://' + path.join(dist, 'michishirube.html'));
    const link = page.locator('.body-choice[data-body="koriyama"]');
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '#/body/koriyama');
    await link.click();
    await page.locator('table.ability-matrix').waitFor();
    assert.match(page.url(), /michishirube\.html#\/body\/koriyama$/);
  } finally {
    await one.close();
  }
});
