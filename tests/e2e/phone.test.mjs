// On a phone (390 × 844): the menu shows every item it offers and offers
// only what exists; the results, the rating scale, the body's table, the
// plan and the print preview are laid out for the width; and the printed
// A4 sheet holds the person's notes, lines to fill in by hand, a radar
// whose labels are not cut off, and uses its page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, screenshot, artifacts, saved, fresh as freshAt, rateAll } from './harness.mjs';

const { PNG } = createRequire(import.meta.url)('pngjs');

const PHONE = { width: 390, height: 844 };
const NOTE = '窓口で苦情を受けた際、前例を調べて30分で回答案をまとめた';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
  await browser.page.setViewportSize(PHONE);
});
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (page) => freshAt(page, server.url);

/** The menu's items, in order, with whether each lies wholly on screen. */
async function menu(page) {
  return page.locator('.site-nav a').evaluateAll((as) => as.map((a) => {
    const r = a.getBoundingClientRect();
    return { text: a.textContent.trim(), shown: r.left >= 0 && r.right <= innerWidth && r.width > 0 };
  }));
}

/** Opens the menu (folded behind its button on a phone) and follows a link. */
async function go(page, name) {
  const toggle = page.getByRole('button', { name: 'メニュー' });
  if (await toggle.isVisible() && await toggle.getAttribute('aria-expanded') === 'false') await toggle.click();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name, exact: true }).click();
}

/** How far the page runs wider than the screen, and the elements that do. */
async function overflow(page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      // Inside a box that scrolls sideways on purpose, width is that box's business.
      if (el.closest('.table-scroll') && !el.classList.contains('table-scroll')) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > w + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}`);
    }
    return { over: document.documentElement.scrollWidth - w, wide: wide.slice(0, 5) };
  });
}

/** 青森市 主事級 → 主幹級, every item rated, one note written. */
async function assess(page) {
  await fresh(page);
  assert.deepEqual((await menu(page)).map((m) => m.text), ['団体を選ぶ', '履歴・データ', '研修・説明会'],
    'before anything exists the menu holds only the ways in');
  await page.getByRole('link', { name: /青森市/ }).first().click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'shuji');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
  const before = (await menu(page)).map((m) => m.text);
  for (const later of ['結果', 'おすすめ', '計画', '面談', '印刷']) {
    assert.ok(!before.includes(later), `${later} is offered before anything is rated: ${before}`);
  }
  const first = page.locator('.rate-item').first();
  await first.locator('details.note summary').first().click();
  await first.locator('textarea').first().fill(NOTE);
  await rateAll(page);
  await saved(page);
}

test('phone: the menu offers every page once rated, behind a メニュー button that shows them all', async () => {
  const { page } = browser;
  await assess(page);
  const toggle = page.getByRole('button', { name: 'メニュー' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const top = await page.evaluate(() => document.querySelector('.site-nav').getBoundingClientRect().bottom);
  assert.ok(top <= 130, `header and folded menu take ${top} px`);
  await screenshot(page, 'phone-menu-folded', { fullPage: false });
  // Opened by keyboard: every item in view, in order, reached by Tab.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const items = await menu(page);
  assert.deepEqual(items.map((m) => m.text),
    ['団体を選ぶ', '職位を選ぶ', '自己評価', '結果', 'おすすめ', 'キャリアパス', '計画', '面談', '印刷', '履歴・データ', '研修・説明会']);
  assert.deepEqual(items.filter((m) => !m.shown).map((m) => m.text), [], 'menu items off screen');
  for (const want of items) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), want.text);
  }
  await screenshot(page, 'phone-menu-open', { fullPage: false });
  // Escape folds it and gives focus back to the button.
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'menu-toggle');
  // Choosing a page folds it too.
  await go(page, 'キャリアパス');
  await page.locator('.career-ladder').first().waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
});

test('phone: the rating scale reads 1–4 as one column, its meanings full width', async () => {
  const { page } = browser;
  await go(page, '自己評価');
  await page.locator('.rate-items').waitFor();
  const dd = await page.locator('.scale-list dd').evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect().width));
  assert.ok(Math.min(...dd) >= 250, `the scale's meanings sit in a column ${Math.min(...dd)} px wide`);
  const boxes = await page.locator('.rating-group').first().locator('.choice').evaluateAll((ls) => ls.map((l) => {
    const r = l.getBoundingClientRect();
    return { left: Math.round(r.left), top: Math.round(r.top), bottom: Math.round(r.bottom) };
  }));
  assert.equal(boxes.length, 5);
  const four = boxes.slice(0, 4);
  assert.ok(four.every((b) => b.left === four[0].left), `1–4 share one column: ${JSON.stringify(four)}`);
  assert.ok(four.every((b, i) => i === 0 || b.top >= four[i - 1].bottom), 'and run 1, 2, 3, 4 down the page');
  assert.deepEqual((await overflow(page)).wide, []);
  await screenshot(page, 'phone-rate', { fullPage: false });
});

test('phone: the results are a card per item, both grades side by side, nothing wider than the screen', async (t) => {
  const { page } = browser;
  await go(page, '結果');
  await page.locator('.gap-table').waitFor();
  const o = await overflow(page);
  assert.equal(o.over, 0, `the page is wider than the screen: ${o.wide}`);
  assert.deepEqual(o.wide, []);
  const cells = await page.locator('.gap-table tbody tr').first().evaluate((tr) =>
    [...tr.children].map((c) => ({ cls: c.className, w: Math.round(c.getBoundingClientRect().width) })));
  assert.ok(cells[0].w >= 300, `the item's name has the card's width: ${JSON.stringify(cells)}`);
  for (const c of cells.slice(1)) assert.ok(c.w >= 130, `a cell ${c.w} px wide: ${JSON.stringify(cells)}`);
  // Every cell is inside the screen (the next grade's included), and says which grade it is about.
  const outside = await page.locator('.gap-table td').evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().right > innerWidth).length);
  assert.equal(outside, 0);
  assert.match(await page.locator('.gap-table tbody tr').first().locator('.side-next .cell-label').first().textContent(), /主幹・主査級の求め|の求め/);
  // Badges lie flat: wider than tall.
  const badges = await page.locator('.gap-table .badge').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).map((r) => r.width / r.height));
  assert.ok(badges.length && badges.every((ratio) => ratio > 1.5), `badges stand upright: ${badges}`);
  const size = await page.evaluate(() => {
    let widest = 0;
    for (const el of document.querySelectorAll('body *')) widest = Math.max(widest, el.getBoundingClientRect().width, el.scrollWidth);
    return { height: document.documentElement.scrollHeight, widest: Math.round(widest) };
  });
  t.diagnostic(`results at 390 px: page ${size.height} px tall, widest element ${size.widest} px`);
  await screenshot(page, 'phone-results');
});

test('phone: the body page keeps its headings readable and the grade names in view', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/body/koriyama');
  await page.locator('table.ability-matrix').waitFor();
  const heights = await page.locator('.ability-matrix thead th[scope="col"]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
  assert.ok(Math.max(...heights) <= 130, `column headings (about 300 px tall before) up to ${Math.max(...heights)} px tall`);
  const scroller = page.locator('.matrix .table-scroll');
  await scroller.evaluate((s) => { s.scrollLeft = s.scrollWidth; });
  const pos = await page.evaluate(() => {
    const box = document.querySelector('.matrix .table-scroll').getBoundingClientRect();
    const th = document.querySelector('.ability-matrix tbody th[scope="row"]').getBoundingClientRect();
    const s = document.querySelector('.matrix .table-scroll');
    return { scrolled: s.scrollLeft, boxLeft: box.left, thLeft: th.left, thRight: th.right };
  });
  assert.ok(pos.scrolled > 50, 'the table is wider than the screen and scrolls sideways');
  assert.ok(Math.abs(pos.thLeft - pos.boxLeft) <= 2 && pos.thRight > pos.thLeft + 60, `the grade names stay in view: ${JSON.stringify(pos)}`);
  assert.deepEqual((await overflow(page)).wide, []);
  await screenshot(page, 'phone-body', { fullPage: false });
});

test('phone: the plan lists its years one under another', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/suggest/aomori-city');
  await page.locator('.suggestion').first().getByRole('button', { name: '計画に追加' }).click();
  await go(page, '計画');
  await page.locator('.timeline').waitFor();
  const tds = await page.locator('.timeline tbody td').evaluateAll((ds) => ds.map((d) => {
    const r = d.getBoundingClientRect();
    return { w: Math.round(r.width), top: Math.round(r.top) };
  }));
  assert.equal(tds.length, 5);
  assert.ok(tds.every((d) => d.w >= 300), `years ${tds.map((d) => d.w)} px wide`);
  assert.ok(tds.every((d, i) => i === 0 || d.top > tds[i - 1].top), 'one under another');
  assert.match(await page.locator('.timeline tbody td').first().textContent(), /令和\d+年度/, 'each led by its year');
  assert.deepEqual((await overflow(page)).wide, []);
  await screenshot(page, 'phone-plan');
});

test('phone: the print preview puts the chart under a full-width table, words unbroken', async () => {
  const { page } = browser;
  await go(page, '印刷');
  await page.locator('.print-sheet .radar canvas[data-drawn]').waitFor();
  const r = await page.evaluate(() => {
    const box = (s) => document.querySelector(s).getBoundingClientRect();
    const cap = document.querySelector('.sheet-table caption');
    return { table: box('.sheet-table').width, tableBottom: box('.sheet-table').bottom, chartTop: box('.sheet-chart').top,
      capClipped: cap.scrollWidth > cap.clientWidth + 1 };
  });
  assert.ok(r.table >= 330, `the table is ${r.table} px wide`);
  assert.ok(r.chartTop >= r.tableBottom, 'the chart comes after the table');
  assert.equal(r.capClipped, false);
  // 「一部できる」 and the other ratings stay on one line.
  const split = await page.locator('.sheet-table td').evaluateAll((tds) => tds.filter((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return new Set([...range.getClientRects()].map((q) => Math.round(q.top))).size > 1;
  }).map((td) => td.textContent));
  assert.deepEqual(split, []);
  assert.ok(await page.getByText('氏名').count() >= 1);
  assert.deepEqual((await overflow(page)).wide, []);
  await screenshot(page, 'phone-print');
});

/** Whether any dark pixel (a label's ink) touches the canvas's edge. */
async function inkAtEdge(page) {
  return page.locator('.print-sheet .radar canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const dark = (x, y) => d[(y * c.width + x) * 4] < 128;
    for (let y = 0; y < c.height; y++) for (const x of [0, 1, c.width - 2, c.width - 1]) if (dark(x, y)) return `x=${x}, y=${y}`;
    for (let x = 0; x < c.width; x++) for (const y of [0, c.height - 1]) if (dark(x, y)) return `x=${x}, y=${y}`;
    return null;
  });
}

test('print: one A4 page with the person’s notes, lines for 氏名・所属・面談日, whole radar labels, the page used', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.print-sheet .radar canvas[data-drawn]').waitFor();
  const drawn = Number(await page.locator('.print-sheet .radar canvas').getAttribute('data-drawn'));
  await page.emulateMedia({ media: 'print' });
  // The chart redraws at its printed size (72 mm).
  await page.waitForFunction((n) => {
    const c = document.querySelector('.print-sheet .radar canvas');
    return Number(c.dataset.drawn) > n && Math.abs(c.getBoundingClientRect().width - 72 * 96 / 25.4) < 3;
  }, drawn);
  assert.equal(await inkAtEdge(page), null, 'a radar label runs off the canvas');
  const axes = await page.locator('.print-sheet .radar').getAttribute('data-series');
  assert.ok(axes);
  await page.emulateMedia({ media: null });
  const pdf = path.join(artifacts, 'print-phone-suite.pdf');
  fs.mkdirSync(artifacts, { recursive: true });
  await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  assert.match(info, /Pages:\s+1\n/, info);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
  for (const want of ['氏名', '所属', '面談日', '本人のメモ', NOTE, '上司のコメント']) {
    assert.ok(text.includes(want), `the PDF lacks ${want}`);
  }
  // The page is used to its foot: the supervisor's box ends within 7% of
  // the A4 page's foot, its 10 mm margin (3.4%) included; it left about a
  // fifth of the page empty before.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(artifacts, 'print-phone-suite')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(artifacts, 'print-phone-suite.png')));
  let last = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) if (png.data[(y * png.width + x) * 4] < 128) { last = y; break; }
  }
  assert.ok(last / png.height > 0.93, `the printed sheet ends ${Math.round((1 - last / png.height) * 100)}% above the page's foot`);
  await page.setViewportSize(PHONE);
});
