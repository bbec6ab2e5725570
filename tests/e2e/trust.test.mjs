// Trust in every line, end to end: sources a person can read (never a text
// extraction's file name), the body page's structure, a compact header on
// a phone, a projector deep link that shows its table at once, the
// documents' Japanese marked as Japanese in the English interface, the
// audited data on screen, storage persistence, and import with many bodies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, saved, fresh, root, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every view, with an element that says it has drawn. */
const VIEWS = [
  ['#/', '.body-name'],
  ['#/body/koriyama', 'table.ability-matrix'],
  ['#/body/aizuwakamatsu', '.plan-table-block'],
  ['#/body/hamamatsu', '#grades'],
  ['#/body/aomori-pref', '#grades'],
  ['#/body/aomori-city', 'table.ability-matrix'],
  ['#/assess/setup', '#setup-current'],
  ['#/assess/rate', '.rate-items'],
  ['#/assess/results', '.gap-table'],
  ['#/suggest/koriyama', '.suggestion'],
  ['#/suggest/hamamatsu', '.suggestion'],
  ['#/career/aomori-pref', '.stage-table'],
  ['#/career/koriyama', '.career-path'],
  ['#/plan', '#plan-heading'],
  ['#/print', '.print-sheet'],
  ['#/history', '#history-heading'],
  ['#/explore/koriyama/kakaricho/kacho', '.compare-table'],
  ['#/explore/aomori-city', 'table.ability-matrix'],
  ['#/demo/hamamatsu', '.demo'],
  ['#/pre-entry/aomori-pref', '#pre-first'],
  ['#/pre-entry/koriyama', '#pre-first'],
  ['#/survey/aomori-city', '.survey-table'],
  ['#/survey/koriyama', '.survey-table'],
  ['#/workshop', 'svg.qr'],
];

/** A person with a 郡山市 係長 → 課長 assessment, every item rated. */
async function seed(page, lang = 'ja') {
  await fresh(page, server.url);
  await page.evaluate((l) => localStorage.setItem('michishirube.lang', l), lang);
  await page.goto(server.url + '#/body/koriyama');
  await page.reload();
  await page.locator('.start a.primary').first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  await page.goto(server.url + '#/assess/rate');
  await rateAll(page);
  await saved(page);
}

async function open(page, hash, sel) {
  await page.goto(server.url + hash);
  await page.reload();
  await page.locator(sel).first().waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

test('no view shows the file name of a text extraction, in Japanese or in English', async () => {
  const { page } = browser;
  for (const lang of ['ja', 'en']) {
    await seed(page, lang);
    for (const [hash, sel] of VIEWS) {
      await open(page, hash, sel);
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, FILE_NAME, `${lang} ${hash}`);
    }
  }
});

test('a source is cited by the document\'s title and section', async () => {
  const { page } = browser;
  await seed(page);
  await open(page, '#/suggest/koriyama', '.suggestion');
  const sources = await page.locator('.suggestion .source').allTextContents();
  assert.ok(sources.length > 0);
  for (const s of sources) assert.match(s, /^出典: 郡山市職員人材育成・確保基本方針 \d/, s);
  await open(page, '#/pre-entry/aomori-pref', '#pre-first');
  for (const s of await page.locator('.source').allTextContents()) assert.match(s, /^出典: 青森県職員育成・確保方針 /, s);
});

test('the body page opens short, lists its sections, and keeps what the document lacks for last, folded', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page);
  await page.goto(server.url + '#/body/koriyama');
  await page.reload();
  await page.locator('table.ability-matrix').waitFor();
  // Order: the start box, the contents, the table ... and the gaps last.
  const order = await page.evaluate(() => ['.start', 'nav.toc', '#matrix', '#grades', '#kpi', '#offerings', '#missing']
    .map((s) => document.querySelector(s)?.getBoundingClientRect().top + window.scrollY));
  assert.deepEqual([...order].sort((a, b) => a - b), order, `sections in order: ${order}`);
  assert.equal(await page.locator('#missing details').count(), 1);
  assert.equal(await page.locator('#missing details[open]').count(), 0, 'folded until opened');
  assert.ok(await page.locator('details.grade').count() >= 6, 'grades folded');
  assert.ok(await page.locator('details.offering-kind').count() >= 1, 'long lists folded');
  // A contents link moves within the page: the route stays, focus follows.
  const hash = await page.evaluate(() => location.hash);
  await page.locator('nav.toc').getByRole('link', { name: '研修・支援制度', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'offerings');
  assert.equal(await page.evaluate(() => location.hash), hash);
  // The same section by address (a link someone shared) lands there too.
  await page.goto(server.url + '#/body/koriyama?to=kpi');
  await page.reload();
  await page.waitForFunction(() => document.activeElement?.id === 'kpi');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`body page (郡山市) at 1280 px: ${height} px`);
  assert.ok(height < 8000, `the page was about 8,000 px before: ${height}`);
});

test('on a 390 px phone the header and menu are compact, and the opened menu shows every link, reached by Tab', async () => {
  const { page } = browser;
  await seed(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url + '#/assess/results');
  await page.reload();
  await page.locator('.gap-table').waitFor();
  const bottom = await page.evaluate(() => document.querySelector('.site-nav').getBoundingClientRect().bottom);
  console.log(`header and menu at 390 px: ${Math.round(bottom)} px`);
  assert.ok(bottom <= 130, `header and menu take ${bottom} px of 844`);
  const links = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.textContent));
  assert.ok(links.length >= 9, links.join(','));
  // The menu folds behind its button; from the top of the page, Tab reaches
  // the button, Enter opens it, and Tab visits every link in order, each in view.
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '≡メニュー', 'Tab reaches the menu button');
  await page.keyboard.press('Enter');
  const reached = [];
  for (let i = 0; i < 30 && reached.length < links.length; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a?.closest('.site-nav')) return null;
      const box = a.getBoundingClientRect();
      return { text: a.textContent, visible: box.left >= 0 && box.right <= window.innerWidth };
    });
    if (r) { reached.push(r.text); assert.ok(r.visible, `${r.text} is in view`); }
  }
  assert.deepEqual(reached, links);
  // And the menu is one list a screen reader announces whole.
  assert.equal(await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').count(), links.length);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a projector deep link to a comparison shows the whole table in the first screen at 1280×720', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url + '#/explore/koriyama/kakaricho/kacho?projector');
  await page.reload();
  const table = page.locator('.compare-table');
  await table.waitFor();
  const box = await table.evaluate((t) => { const r = t.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  assert.ok(box.top > 0 && box.bottom <= 720, `the comparison spans ${box.top}–${box.bottom} px of 720`);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.ok(parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('.compare-table td')).fontSize)) >= 24);
  // Projector mode is the device's setting until turned off.
  await page.evaluate(() => { sessionStorage.clear(); localStorage.removeItem('michishirube.projector'); });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('in English, every run of the documents\' Japanese is marked lang="ja"', async () => {
  const { page } = browser;
  await seed(page, 'en');
  const unmarked = [];
  for (const [hash, sel] of VIEWS) {
    await open(page, hash, sel);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const bad = await page.evaluate(() => {
      const jp = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2460-\u24ff]/;
      const out = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (!jp.test(n.textContent)) continue;
        const el = n.parentElement;
        if (el.closest('script, style, noscript')) continue;
        if (el.closest('[lang]')?.getAttribute('lang') !== 'ja') out.push(n.textContent.trim().slice(0, 40));
      }
      return out;
    });
    for (const b of bad) unmarked.push(`${hash}: ${b}`);
  }
  assert.deepEqual(unmarked, []);
});

test('郡山市\'s indicators are the city\'s targets, not conditions, and its table is as printed', async () => {
  const { page } = browser;
  await seed(page);
  await open(page, '#/body/koriyama', '#kpi');
  assert.equal(await page.locator('#kpi table.kpi-table tbody tr').count(), 14);
  const row = page.locator('tr[data-kpi=shikaku-josei-taisho]');
  assert.match(await row.textContent(), /資格取得助成対象資格数の拡充.*50資格.*55資格/);
  const card = page.locator('li[data-offering=shikaku-shutoku-josei]');
  assert.match(await card.locator('.kpi-target').textContent(), /^郡山市の目標（活動・成果指標）：資格取得助成対象資格数の拡充.*50資格.*55資格/);
  assert.doesNotMatch(await page.locator('#offerings').innerText(), /条件：[^\n]*現状/);
});

test('a role the app attached, and its caveat, are shown with the role', async () => {
  const { page } = browser;
  await seed(page);
  await open(page, '#/body/hamamatsu', '#grades');
  const two = page.locator('details.grade[data-grade="2kyu"]');
  // The note waits behind its mark: it is in the page, not on view.
  assert.match(await two.textContent(), /OJT[\s\S]*アプリの読み：[^）]*1級と2級/);
  await open(page, '#/body/aomori-pref', '#grades');
  assert.match(await page.locator('details.grade[data-grade=kacho]').innerText(), /所属長：[\s\S]*キャリア形成を支援します[\s\S]*アプリの読み/);
});

test('the data page says whether the browser keeps the data, and how much it holds', async () => {
  const { page } = browser;
  await seed(page);
  await open(page, '#/history', '#history-heading');
  const status = page.locator('.storage-status');
  await status.waitFor();
  const persisted = await status.locator('[data-persisted]').getAttribute('data-persisted');
  assert.ok(['true', 'false', 'unknown'].includes(persisted), persisted);
  if (persisted === 'false') assert.match(await status.textContent(), /書き出/);
  assert.match(await status.textContent(), /使用量：[\d.]+ (バイト|KB|MB|GB)/);
});

test('with 1,800 bodies (no body listed up front), an import naming a body not yet loaded works', async () => {
  // The index of a large deployment lists prefectures only; the five real
  // bodies' files stay where every body's file is.
  const real = JSON.parse(fs.readFileSync(path.join(root, 'dist/data/index.json'), 'utf8'));
  const big = { ...real, bodies: [], prefectures: real.prefectures.map((p) => ({ ...p, count: p.count + 38 })) };
  const many = await serve({ overrides: { '/data/index.json': JSON.stringify(big) } });
  const b = await launch({ allowErrors: /status of 404/ });
  try {
    const { page } = b;
    await page.goto(many.url + '#/history');
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
    await page.reload();
    await page.locator('#history-heading').waitFor();
    const doc = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/stored/v3.json'), 'utf8'));
    const file = { kind: 'michishirube-export', exported: '2026-12-01', data: doc };
    await page.setInputFiles('#import-file', { name: 'koriyama.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('.import-preview').waitFor();
    // And one naming a body no file exists for is refused by name.
    file.data.assessment.selection.body = 'nowhere-shi';
    await page.setInputFiles('#import-file', { name: 'nowhere.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('.transfer .error').waitFor();
    assert.match(await page.locator('.transfer .error').textContent(), /nowhere-shi/);
    assert.equal(await page.locator('.import-preview').count(), 0);
  } finally {
    await b.close();
    await many.close();
  }
});
