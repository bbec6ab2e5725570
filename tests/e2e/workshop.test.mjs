// Workshops and orientation, end to end: projector mode, the explorer's
// published matrices cell by cell, guest sessions, deep links, the QR code,
// the pre-entry baseline, the demo persona and the engagement self-check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, screenshot, saved, fresh as freshAt, rateAll } from './harness.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

async function openAt(page, hash) {
  await page.goto(server.url + hash);
  await page.reload();
}

// The published matrices, transcribed from the documents (shared/seeds).
const AOMORI_CITY = {
  bucho: '○○○○○○○○○○○○○○', jicho: '○○○○○○○○○○○○○○', kacho: '○○○○○○○○○○○○○○',
  'shukan-shusa': '○○○○○○○○○○○○○○', shuji: '○○○○○--○○○○○○○', 'ginou-romu': '○○○-○--○○○○○○○',
  saininyo: '○○○○○○○○○○○○○○', 'kaikei-nendo': '○○○-○--○○○○○○○',
};
const KORIYAMA = {
  'bucho-jicho': '◎◎◎◎○○○', kacho: '◎◎◎◎◎○○', kakaricho: '◎◎-◎◎◎◎',
  'shusa-shuji': '◎---◎◎◎', hoikushi: '◎---◎◎◎', 'ginou-romu': '◎---◎◎◎',
};

for (const [body, name, rows] of [['aomori-city', '青森市', AOMORI_CITY], ['koriyama', '郡山市', KORIYAMA]]) {
  test(`the explorer shows every cell of ${name}'s published matrix as in the document`, async () => {
    const { page } = browser;
    await fresh(page);
    await openAt(page, `#/explore/${body}`);
    await page.locator('table.ability-matrix').waitFor();
    const shown = await page.locator('table.ability-matrix tbody tr').evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.dataset.grade, [...tr.querySelectorAll('td.mark-cell')].map((td) => td.dataset.mark).join('')])));
    assert.deepEqual(shown, rows);
    // Each mark is also spelled out for screen readers, and the legend and source are on screen.
    const spoken = await page.locator('table.ability-matrix td.mark-cell .sr-only').first().textContent();
    assert.match(spoken, /：/);
    assert.ok(await page.locator('.legend dt').count() >= 2);
    assert.match(await page.locator('.matrix .source').textContent(), /出典/);
  });
}

test('two grades side by side: 郡山市 係長 next to 課長 marks ③ as different', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/explore/koriyama/kakaricho/kacho');
  await page.locator('.compare-table').waitFor();
  const differs = await page.locator('.compare-table tr.differs').evaluateAll((trs) => trs.map((tr) => tr.dataset.ability));
  assert.deepEqual(differs, ['gyomu-unei-handan', 'chishiki-gijutsu', 'communication']);
  assert.match(await page.locator('.compare-table tr.differs td').last().textContent(), /違いあり/);
  await page.selectOption('#cmp-b', 'bucho-jicho');
  await page.waitForURL(/#\/explore\/koriyama\/kakaricho\/bucho-jicho$/);
  await screenshot(page, 'explorer-koriyama');
});

test('projector mode: large type, and no personal data on screen', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 720 });
  await fresh(page);
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const first = page.locator('.rate-item').first();
  await first.locator('input[type=radio][value="4"]').first().check();
  await first.locator('summary').first().click();
  await first.locator('textarea').first().fill('個人メモ-ZQX');

  await page.getByRole('link', { name: '研修・説明会' }).click();
  await page.getByRole('button', { name: 'プロジェクター表示にする' }).click();
  await page.locator('.mode-banner').waitFor();
  for (const hash of ['#/assess/rate', '#/assess/results', '#/history', '#/plan', '#/print', '#/explore/koriyama', '#/suggest/koriyama', '#/career/koriyama']) {
    await openAt(page, hash);
    await page.locator('main h1').first().waitFor();
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes('個人メモ-ZQX'), `${hash} shows the personal note`);
    assert.ok(!text.includes('指導できる」と評価'), `${hash} shows personal ratings`);
    assert.ok(!text.includes('現在地'), `${hash} shows the person's position`);
    // The suggestions are not ranked by the person's own gaps on the projector.
    assert.ok(!text.includes('自己評価の差'), `${hash} ranks by the person's self-rating`);
    const fields = await page.evaluate(() => ({
      checked: document.querySelectorAll('main input[type=radio]:checked').length,
      notes: [...document.querySelectorAll('main textarea')].map((t) => t.value).join(''),
    }));
    assert.deepEqual(fields, { checked: 0, notes: '' }, `${hash} shows personal ratings or notes`);
    const smallest = await page.evaluate(() => {
      const els = [...document.querySelectorAll('main p, main li, main td, main th, main dd, main dt, main label, main a, main button, main legend, main caption')]
        .filter((e) => e.offsetParent !== null && e.textContent.trim() && !e.closest('.sr-only, sup'));
      return Math.min(...els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    });
    assert.ok(smallest >= 24, `${hash}: smallest text ${smallest}px`);
  }
  await openAt(page, '#/explore/koriyama/kakaricho/kacho');
  await page.locator('.compare-table').waitFor();
  await page.locator('table.ability-matrix').scrollIntoViewIfNeeded();
  await screenshot(page, 'projector-explorer-table', { fullPage: false });
  await page.locator('.compare-table').scrollIntoViewIfNeeded();
  await screenshot(page, 'projector-explorer-compare', { fullPage: false });
  await openAt(page, '#/workshop');
  await page.locator('svg.qr').waitFor();
  await screenshot(page, 'projector-workshop', { fullPage: false });
  await page.getByRole('button', { name: '通常の表示に戻す' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a guest session writes nothing to localStorage, a reset starts a new guest session, and leaving empties the tab', async () => {
  const { page } = browser;
  await fresh(page);
  await page.getByRole('link', { name: '研修・説明会' }).click();
  await page.getByRole('button', { name: 'ゲストとして使い始める' }).click();
  await page.locator('.mode-banner').waitFor();
  await page.getByRole('link', { name: /団体を選ぶ/ }).click();
  await page.getByRole('link', { name: /浜松市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items input[type=radio]').first().check();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
  await saved(page);
  assert.ok(await page.evaluate(() => sessionStorage.getItem('michishirube.guest')), 'kept in this tab');
  await page.reload();
  await page.locator('.rate-items').waitFor();
  assert.equal(await page.locator('.rate-items input[type=radio]:checked').count(), 1, 'a reload keeps the guest work in the tab');
  await page.getByRole('link', { name: 'リセット・ゲストの終了はこちら' }).click();
  await page.getByRole('button', { name: '次の参加者のためにリセット' }).click();
  await page.getByRole('button', { name: 'リセットする' }).click();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ['michishirube.session'], 'only the mark of a guest tab');
  await page.reload();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.locator('.mode-banner').count(), 1, 'the next participant is a guest too');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('michishirube.guest')), null, 'and starts afresh');
  await page.getByRole('link', { name: 'リセット・ゲストの終了はこちら' }).click();
  await page.getByRole('button', { name: 'ゲストとしての利用を終える…' }).click();
  await page.getByRole('button', { name: 'ゲストの利用を終える', exact: true }).click();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.locator('.mode-banner').count(), 0);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
});

const links = [
  ['#/', 'h1', /団体を選んでください/],
  ['#/body/koriyama', '#body-heading', /郡山市/],
  ['#/explore/koriyama/kakaricho/kacho', '#compare-heading', /2つの職位/],
  ['#/explore/aomori-city', '#explore-heading', /青森市の人材育成の枠組み/],
  ['#/career/aomori-pref', '#career-heading', /キャリアパス（青森県）/],
  ['#/suggest/aizuwakamatsu', '#suggest-heading', /会津若松市/],
  ['#/demo/hamamatsu', '#demo-heading', /架空の職員/],
  ['#/pre-entry/hamamatsu', '#pre-heading', /浜松市で働く前に/],
  ['#/survey/aomori-city', '#survey-heading', /青森市/],
  ['#/workshop', '#workshop-heading', /研修・説明会で使う/],
  ['#/history', '#history-heading', /履歴とデータ/],
  ['#/plan', '#plan-heading', /わたしの計画/],
];
for (const [hash, sel, want] of links) {
  test(`deep link ${hash} opens its view after a reload`, async () => {
    const { page } = browser;
    await openAt(page, hash);
    await page.locator(sel).waitFor();
    assert.match(await page.locator(sel).textContent(), want);
  });
}

test('the QR code decodes to the page URL', async () => {
  const { page } = browser;
  await openAt(page, '#/workshop');
  const svg = page.locator('svg.qr');
  await svg.waitFor();
  const png = PNG.sync.read(await svg.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'a QR code was found');
  assert.equal(code.data, server.url);
  assert.equal(await page.locator('.qr-url').textContent(), server.url);
});

test('pre-entry: the first years and a baseline self-rating saved as a dated snapshot', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/pre-entry/hamamatsu');
  await page.locator('#pre-first').waitFor();
  assert.match(await page.locator('article.pre-entry').textContent(), /集中育成期間/);
  assert.match(await page.locator('article.pre-entry').textContent(), /変化を先取りし/);
  await page.getByRole('link', { name: '入庁前の自己評価を始める' }).click();
  await page.locator('.rate-items').waitFor();
  assert.match(await page.locator('.pair').textContent(), /入庁前 → 入庁後の最初の職位（1級）/);
  await rateAll(page, { value: () => 2 });
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.getByRole('button', { name: '入庁前の基準として保存' }).click();
  await page.getByRole('link', { name: '履歴・データ' }).click();
  await page.locator('.snapshot').first().waitFor();
  assert.match(await page.locator('.snapshot').first().textContent(), /入庁前の基準/);
  assert.match(await page.locator('.snapshot').first().textContent(), /令和\d+年/);
});

test('青森県 pre-entry shows 基礎習得段階 with its placement rules; 青森市 its job rotation', async () => {
  const { page } = browser;
  await openAt(page, '#/pre-entry/aomori-pref');
  await page.locator('#pre-first').waitFor();
  const pref = await page.locator('article.pre-entry').textContent();
  assert.match(pref, /基礎習得段階/);
  assert.match(pref, /原則３年目は出先機関に配置/);
  await openAt(page, '#/pre-entry/aomori-city');
  await page.locator('#pre-first').waitFor();
  assert.match(await page.locator('article.pre-entry').textContent(), /3~4年ごと|3～4年ごと|３～４年/);
});

test('the demo persona shows results, suggestions and a plan, clearly fictional', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/demo/koriyama');
  await page.locator('.demo .gap-table').waitFor();
  assert.match(await page.locator('.demo-banner').textContent(), /架空/);
  assert.ok(await page.locator('.demo .suggestion').count() >= 1);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored');
});

test('the engagement self-check shows the published averages beside my answers', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/survey/aomori-city');
  await page.locator('.survey-table').waitFor();
  const averages = await page.locator('.survey-table .average').allTextContents();
  assert.deepEqual(averages, ['3.59', '2.99', '3.00', '2.72', '3.82', '3.41', '3.52', '2.92', '3.54', '3.40', '2.77', '3.42', '3.14']);
  assert.match(await page.locator('.survey-block').first().textContent(), /令和6年度/);
  const source = await page.locator('.survey-block .source').first().textContent();
  assert.match(source, /^出典: 青森市人材確保・育成基本方針【本編】/);
  assert.doesNotMatch(source, /\.txt/);
  // The 1–5 scale is not printed, and Q10's group is the app's reading: both are said.
  assert.match(await page.locator('.survey-scale').first().textContent(), /印字されていません.*アプリの読み/);
  assert.equal(await page.locator('.survey-table tr[data-item=q10] .app-reading').count(), 1);
  await page.locator('input[name$="-q01"][value="4"]').check();
  const row = page.locator('.survey-table tr[data-item="q01"] td');
  await page.waitForFunction(() => document.querySelector('.survey-table tr[data-item="q01"] td')?.textContent === '4');
  assert.equal(await row.nth(2).textContent(), '+0.41');
  // The answer changes the app's state and the page is drawn again in
  // place, so the radio button keeps the focus (a keyboard user goes on from it).
  assert.ok(await page.evaluate(() => document.activeElement?.matches('input[name$="-q01"][value="4"]')), 'focus stays on the answer');
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')).engagement);
  assert.equal(stored[0].answers.q01, 4);
  await openAt(page, '#/survey/koriyama');
  await page.locator('.survey-table').waitFor();
  assert.equal(await page.locator('.survey-table tbody tr').count(), 45);
  assert.match(await page.locator('.survey-block').first().textContent(), /1〜6 点/);
});
