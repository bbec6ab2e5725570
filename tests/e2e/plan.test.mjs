// From gaps to action, end to end: suggestions with reasons, the career
// path, the plan, the printed A4 sheet (as PDF), export and import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, screenshot, artifacts, saved, fresh as freshAt, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The fiscal year (April–March) of today. */
function fiscalYear(d = new Date()) { return d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1; }

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

async function assess(page, bodyName, current, entryYear) {
  await page.getByRole('link', { name: new RegExp(bodyName) }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', current);
  if (entryYear) await page.fill('#setup-entry', String(entryYear)), await page.press('#setup-entry', 'Tab');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page, { value: (i) => (i % 2) + 1 });
}

test('浜松市: a 5th-year 2級 gets the 5年目 course and 新任主任研修, each with reasons and a source', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '浜松市', '2kyu', fiscalYear() - 4);
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  await page.locator('.suggestion').first().waitFor();
  assert.match(await page.locator('.suggest .pair').textContent(), /自己評価の差、2級 → .*採用5年目をもとに並べています/);
  // The page leads with what answers each priority gap (both answer one of
  // the low-rated can-dos here), then what is aimed at the grade and time.
  const names = await page.locator('section.for-gaps .suggestion .card-name').allTextContents();
  assert.ok(names.some((n) => /新任主任研修/.test(n)), names.join('\n'));
  assert.ok(names.some((n) => /（5年目）/.test(n)), names.join('\n'));
  const fifth = page.locator('.suggestion', { hasText: '（5年目）' });
  assert.match(await fifth.locator('.reasons').textContent(), /採用5年目向け/);
  const shunin = page.locator('.suggestion', { hasText: '新任主任研修' });
  assert.match(await shunin.locator('.reasons').textContent(), /次の職位「主任」向け/);
  // A source a person can read: the document's title and section, not the extraction's file name.
  const source = await fifth.locator('.source').last().textContent();
  assert.match(source, /^出典: 浜松市 人材育成基本方針.*人材育成マップ/);
  assert.doesNotMatch(source, /\.txt/);
  await screenshot(page, 'suggestions-hamamatsu');
});

test('the kind filter shows only that kind, and only kinds the body offers', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '浜松市', '2kyu', fiscalYear() - 4);
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  await page.locator('.kind-filter label').first().waitFor();
  const labels = await page.locator('.kind-filter label').allTextContents();
  assert.ok(!labels.includes('庁内副業'), '浜松市 names no 庁内副業');
  await page.getByLabel('難関資格合格者等支援').check();
  await page.waitForFunction(() => [...document.querySelectorAll('.suggestion .card-name .tag:not(.tag-general)')].every((t) => t.textContent === '難関資格合格者等支援'));
  const tags = await page.locator('.suggestion .card-name .tag:not(.tag-general)').allTextContents();
  assert.ok(tags.length >= 1 && tags.every((t) => t === '難関資格合格者等支援'), tags.join(','));
});

test('郡山市: the reason says when a course–ability link is the app’s own reading', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  const first = page.locator('.suggestion').first();
  await first.waitFor();
  assert.match(await first.locator('.card-name').textContent(), /管理職のマネジメント力強化/);
  assert.match((await first.locator('.reasons').textContent()), /アプリによる解釈/);
});

test('the career path marks "you are here" and shows the DX tiers', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: 'キャリアパス', exact: true }).click();
  await page.locator('.career-ladder').first().waitFor();
  const here = await page.locator('.career-ladder li.here').first().textContent();
  assert.match(here, /係長.*現在地/);
  assert.ok(await page.locator('.career-path', { hasText: 'DX' }).count() >= 1);
});

test('add two suggestions to the plan; they show on the plan and its timeline, and survive a reload', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '浜松市', '2kyu', fiscalYear() - 4);
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  const cards = page.locator('.suggestion:not(.variants .suggestion)');
  await cards.nth(0).getByRole('button', { name: '計画に追加' }).click();
  await cards.nth(1).locator('select').selectOption(String(fiscalYear() + 1));
  await cards.nth(1).getByRole('button', { name: '計画に追加' }).click();
  await page.getByRole('link', { name: '計画', exact: true }).click();
  await page.locator('.plan-item').nth(1).waitFor();
  assert.equal(await page.locator('.plan-item').count(), 2);
  await page.fill('#goal-text', '法制執務の基礎を復習する');
  await page.getByRole('button', { name: '目標を追加' }).click();
  await page.locator('.plan-item').nth(2).waitFor();
  assert.equal(await page.locator('.plan-item').count(), 3);
  await page.locator('.plan-item').nth(0).locator('select[id$="-status"]').selectOption('in_progress');
  const cols = await page.locator('.timeline thead th').allTextContents();
  assert.match(cols[0], /令和\d+年度（\d{4}年度）/);
  const first = await page.locator('.plan-item h3').first().textContent();
  const cells = await page.locator('.timeline tbody td').allTextContents();
  assert.match(cells[0], /受講中/);
  assert.ok(cells[0].includes(first.replace(/研修・支援|目標$/, '').trim().slice(0, 6)), cells[0]);
  assert.match(cells[1], /予定/, 'the second suggestion was planned for next fiscal year');
  await page.reload();
  await page.locator('.plan-item').first().waitFor();
  assert.equal(await page.locator('.plan-item').count(), 3);
  await screenshot(page, 'plan');
});

for (const [body, current] of [['青森市', 'shuji'], ['浜松市', '2kyu']]) {
  test(`${body}: the print sheet is one A4 page as PDF and holds the text`, async () => {
    const { page } = browser;
    await fresh(page);
    await assess(page, body, current, fiscalYear() - 4);
    await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
    await page.locator('.suggestion').first().getByRole('button', { name: '計画に追加' }).click();
    await page.getByRole('link', { name: '印刷', exact: true }).click();
    // The chart marks its canvas once drawn.
    await page.locator('.print-sheet .radar canvas[data-drawn]').waitFor();
    const pdf = path.join(artifacts, `print-${current}.pdf`);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf]).toString();
    assert.match(info, /Pages:\s+1\n/, info);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const want of [body, 'キャリア自己評価シート', '上司のコメント', 'おすすめの研修・支援', '計画', '令和']) {
      assert.ok(text.includes(want), `PDF lacks ${want}`);
    }
    const nav = await page.locator('.site-nav').evaluate((n) => getComputedStyle(n).display);
    assert.notEqual(nav, 'none', 'navigation is only hidden in print');
  });
}

test('export, delete all, import: everything is back', async () => {
  const { page } = browser;
  await fresh(page);
  await assess(page, '郡山市', 'kakaricho');
  await page.locator('.rate-item textarea').first().evaluate((t) => t.closest('details').open = true);
  await page.locator('.rate-item textarea').first().fill('窓口対応の振り返り');
  await page.getByRole('link', { name: '結果', exact: true }).click();
  await page.getByRole('button', { name: /スナップショットとして保存/ }).click();
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  await page.locator('.suggestion').first().getByRole('button', { name: '計画に追加' }).click();
  await saved(page);
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')));

  await page.getByRole('link', { name: '履歴・データ' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'すべて書き出す' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^michishirube-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(os.tmpdir(), download.suggestedFilename());
  await download.saveAs(file);

  await page.getByRole('button', { name: '自分のデータをすべて削除' }).click();
  await page.getByRole('button', { name: 'すべて削除する' }).click();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  await page.goto(server.url + '#/history');
  await page.setInputFiles('#import-file', file);
  await page.locator('.import-preview').waitFor();
  assert.match(await page.locator('.import-preview').textContent(), /スナップショット：追加 1 件/);
  await page.getByRole('button', { name: '置き換える' }).click();
  await page.getByRole('button', { name: '実行する' }).click();
  await page.locator('.notice', { hasText: '読み込みました' }).waitFor();
  await saved(page);
  const afterImport = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')));
  // `revision` counts this device's saves (for two tabs), and how many
  // saves the debounce makes depends on timing: it is no part of the data.
  const data = ({ revision, ...rest }) => rest;
  assert.deepEqual(data(afterImport), data(before));
  assert.ok(afterImport.revision >= 1, 'the imported document was saved');
  fs.rmSync(file, { force: true });
});

for (const [label, content, words] of [
  ['not JSON', 'これはJSONではありません', /JSON 形式ではない/],
  ['another app', '{"kind":"other","data":{}}', /道しるべから書き出した/],
  ['a newer version', '{"kind":"michishirube-export","exported":"2026-01-01","data":{"version":99}}', /新しい版/],
  ['an unknown body', '{"kind":"michishirube-export","exported":"2026-01-01","data":{"version":2,"plan":[{"id":1,"body":"atlantis","title":"x","when":{"fiscal_year":2026},"status":"planned"}]}}', /atlantis/],
  ['unknown ids', '{"kind":"michishirube-export","exported":"2026-01-01","data":{"version":2,"assessment":{"selection":{"body":"koriyama","track":"jimu-gijutsu","current":{"grade":"nope"},"next":null}}}}', /nope/],
]) {
  test(`importing ${label} is refused with a message and stored data is untouched`, async () => {
    const { page } = browser;
    await fresh(page);
    await assess(page, '郡山市', 'kakaricho');
    await saved(page);
    const before = await page.evaluate(() => localStorage.getItem('michishirube.v1'));
    await page.getByRole('link', { name: '履歴・データ' }).click();
    await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const err = page.locator('.transfer .error');
    await err.waitFor();
    assert.match(await err.textContent(), words);
    assert.match(await err.textContent(), /変わっていません/);
    assert.equal(await page.evaluate(() => localStorage.getItem('michishirube.v1')), before);
    assert.equal(await page.locator('.import-preview').count(), 0);
  });
}

test('a huge import file is refused before it is read', async () => {
  const { page } = browser;
  await fresh(page);
  await page.goto(server.url + '#/history');
  await page.setInputFiles('#import-file', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 0x20) });
  await page.locator('.transfer .error').waitFor();
  assert.match(await page.locator('.transfer .error').textContent(), /大きすぎます/);
});
