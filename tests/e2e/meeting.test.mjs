// The 1on1 面談, end to end, with two browsers that share no storage: the
// employee (A) rates 郡山市 係長 → 課長 and makes a share link; the
// supervisor (B) opens it, rates three items differently with comments,
// and hands a share back; A takes it in, and the comparison shows exactly
// those three as differing, in the table and in the chart's data; A prints
// one page with both ratings and saves a CSV whose Japanese is intact. The
// share never reaches the server, and the hand-over on one device hides
// the employee's ratings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, screenshot, fresh, saved, artifacts, rateAll } from './harness.mjs';

let server, employee, supervisor;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-meeting-'));
before(async () => {
  server = await serve();
  employee = await launch();
  supervisor = await launch();
});
after(async () => {
  await employee?.close();
  await supervisor?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/** Rates 郡山市 係長 → 課長: the n-th radio group gets choice (n % 4) + 1. */
async function rateKoriyama(page) {
  await fresh(page, server.url);
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  assert.equal(await page.locator('#setup-next').inputValue(), 'kacho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await rateAll(page);
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  await saved(page);
  return names;
}

/** The share link a page made. */
async function madeLink(page) {
  await page.locator('#share-link').waitFor();
  return page.locator('#share-link').inputValue();
}

test('a real 面談: share, review on another device, take it back, compare, print and CSV', async () => {
  const a = employee.page;
  const names = await rateKoriyama(a);

  // A: the share.
  await a.getByRole('link', { name: /上司と共有する/ }).click();
  await a.locator('#share-heading').waitFor();
  const preview = await a.locator('.share-preview').textContent();
  assert.match(preview, /郡山市.*係長.*課長/);
  assert.match(preview, /評価 \d+ 件/);
  assert.match(preview, /メモ（具体的な場面・根拠）は含みません/);
  assert.deepEqual(await axe(a), [], 'the share page meets WCAG 2.2 AA');
  await a.getByRole('button', { name: '共有を作る' }).click();
  const link = await madeLink(a);
  assert.ok(link.startsWith(server.url + '#/review/1.'), link);
  assert.equal(await a.locator('.share-qr svg.qr').count(), 1, 'a ratings-only share fits a QR code');

  // B: the supervisor opens it on another device.
  const b = supervisor.page;
  await b.goto(link);
  await b.locator('#open-heading').waitFor();
  assert.match(await b.locator('.share-preview').textContent(), /郡山市/);
  assert.equal(await b.evaluate(() => localStorage.getItem('michishirube.v1')), null, 'opening saves nothing');
  // The app draws the 面談 pages itself, in its own <main>: no other
  // module is fetched for them.
  assert.equal(await b.locator('#main #open-heading').count(), 1, 'in the app\'s main');
  assert.deepEqual(supervisor.pageRequests.filter((u) => /\.wasm$/.test(u) && !/michishirube-app-/.test(u)), [], 'only the app module');
  await b.getByRole('button', { name: '上司として評価する' }).click();
  await b.locator('#review-heading').waitFor();
  await b.fill('#reviewer-role', '課長（一次評価者）');
  await b.getByRole('button', { name: '本人の評価を写して始める' }).click();
  // Three items, rated differently on the current grade, with comments.
  const items = await b.locator('.review-items .rate-item').evaluateAll((lis) => lis.map((li) => li.dataset.item));
  const changed = [];
  for (const item of items) {
    if (changed.length === 3) break;
    const group = b.locator(`input[name="rv-current-${item}"]`);
    if (await group.count() === 0) continue;
    const own = await b.locator(`input[name="rv-current-${item}"]:checked`).getAttribute('value');
    const other = own === '4' ? '1' : String(Number(own) + 1);
    await b.locator(`input[name="rv-current-${item}"][value="${other}"]`).check();
    await b.fill(`#rv-comment-${item}`, `${item} は、場面を具体的に話し合いましょう。`);
    changed.push(item);
  }
  assert.equal(changed.length, 3);
  await b.fill('#review-overall', '来年度は企画に関わる機会を増やしましょう。');
  await b.fill('#step-text', '政策形成研修を受講する');
  await b.getByRole('button', { name: '追加' }).last().click();
  assert.match(await b.locator('.step-list').textContent(), /政策形成研修を受講する/);
  assert.deepEqual(await axe(b), [], 'the supervisor form meets WCAG 2.2 AA');
  await b.getByRole('button', { name: /評価を終えて、本人に返す共有を作る/ }).click();
  const back = await madeLink(b);
  assert.ok(back.startsWith(server.url + '#/review/1.'));
  assert.equal(await b.evaluate(() => localStorage.getItem('michishirube.v1')), null, 'nothing of the review stays on the supervisor\'s device');

  // A: takes it in.
  await a.goto(back);
  await a.locator('#open-heading').waitFor();
  assert.match(await a.locator('.share-preview').textContent(), /課長（一次評価者）/);
  await a.getByRole('button', { name: '自己評価に取り込む' }).click();
  await a.locator('#compare-heading').waitFor();
  await a.locator('.compare-ratings').waitFor();
  const differing = await a.locator('.compare-ratings tr.row-differs').evaluateAll((trs) => [...new Set(trs.map((t) => t.dataset.item))]);
  assert.deepEqual(differing.sort(), [...changed].sort(), 'exactly the three items differ');
  const verdicts = await a.locator('.compare-ratings tr.row-differs .verdict').allTextContents();
  assert.ok(verdicts.every((v) => /自己評価が(高い|低い)/.test(v)), verdicts.join(' / '));
  assert.ok((await a.locator('.compare-ratings tr[data-verdict="agree"] .verdict').allTextContents()).every((v) => v.includes('一致')));
  // The chart's data: the supervisor's series differs from the self-rating on those three axes only.
  const chart = JSON.parse(await a.locator('.compare-chart.current figure.radar').getAttribute('data-series'));
  const [own, theirs] = chart;
  assert.match(theirs.name, /上司の評価/);
  const axes = await a.evaluate(() => null);
  const differAt = own.values.map((v, i) => (v !== theirs.values[i] ? i : -1)).filter((i) => i >= 0);
  assert.equal(differAt.length, 3, JSON.stringify(chart));
  assert.match(await a.locator('.summary').first().textContent(), /自己評価が高い|自己評価が低い/);
  assert.match(await a.locator('.talk-points').textContent(), /本人は上司より(高く|低く)/);
  assert.deepEqual(await axe(a), [], 'the comparison meets WCAG 2.2 AA');
  await screenshot(a, 'meeting-comparison');
  void axes;

  // History lists it; the print sheet carries both ratings on one page.
  await a.goto(server.url + '#/history');
  assert.match(await a.locator('.review-list').textContent(), /課長（一次評価者）/);
  await a.goto(server.url + '#/print');
  await a.locator('.print-sheet').waitFor();
  await a.locator('.sheet-review').waitFor();
  const head = await a.locator('.sheet-table thead').textContent();
  assert.match(head, /現在・自己/);
  assert.match(head, /現在・上司/);
  assert.match(await a.locator('.sheet-review').textContent(), /場面を具体的に話し合いましょう/);
  const pdf = path.join(tmp, 'meeting.pdf');
  await a.emulateMedia({ media: 'print' });
  await a.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await a.emulateMedia({ media: null });
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  assert.equal(pages, '1', 'one A4 page');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /課長（一次評価者）/);

  // The CSV for Excel: UTF-8 with a BOM, the Japanese intact.
  await a.goto(server.url + '#/meeting/compare');
  await a.locator('.compare-ratings').waitFor();
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: /CSV を保存/ }).click()]);
  assert.match(download.suggestedFilename(), /^michishirube-koriyama-\d{4}-\d{2}-\d{2}\.csv$/, 'named with the ISO date');
  const csvFile = path.join(tmp, 'meeting.csv');
  await download.saveAs(csvFile);
  const bytes = fs.readFileSync(csvFile);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM first');
  const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  assert.match(csv, /郡山市/);
  assert.match(csv, /課長（一次評価者）/);
  assert.match(csv, /自己評価が(高い|低い)/);
  assert.match(csv, /政策形成研修を受講する/);

  // The shares never reached the server: fragments are not sent.
  const payloads = [link, back].map((l) => l.split('#/review/')[1]);
  for (const p of payloads) {
    assert.ok(!server.log.some((u) => u.includes(p.slice(2, 40))), 'a share in the server log');
  }
  assert.ok(!server.log.some((u) => u.includes('review/1.')));
  assert.equal(names.length > 0, true);
});

test('a damaged share says so, and nothing is stored', async () => {
  const b = supervisor.page;
  await b.goto(server.url + '#/review/1.eNqrVkrOzy0oSi0uTlWyUlAqS8wpTVWqBQ');
  await b.locator('#open-heading').waitFor();
  assert.match(await b.locator('.error').textContent(), /途中で切れているか、壊れています/);
  assert.equal(await b.evaluate(() => localStorage.getItem('michishirube.v1')), null);
  await b.goto(server.url + '#/review/2.abc');
  await b.reload();
  await b.locator('#open-heading').waitFor();
  assert.match(await b.locator('.error').textContent(), /別の版のアプリ/);
});

test('hand-over on one device: the employee\'s ratings stay hidden unless shown, and the review is kept', async () => {
  const a = employee.page;
  await rateKoriyama(a);
  await a.goto(server.url + '#/meeting/handover');
  await a.locator('#review-heading').waitFor();
  assert.equal(await a.locator('.own-rating').count(), 0, 'hidden');
  assert.equal(await a.locator('input[name^="rv-"]:checked').count(), 0, 'the supervisor starts blank');
  await a.getByRole('button', { name: /本人の評価を表示する/ }).click();
  assert.ok(await a.locator('.own-rating').count() > 0, 'shown when the employee chooses');
  await a.getByRole('button', { name: /本人の評価を隠す/ }).click();
  await rateAll(a, { scope: '.review-items', value: () => 3 });
  await a.fill('#reviewer-role', '係長');
  await a.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await a.locator('#compare-heading').waitFor();
  await saved(a);
  const stored = JSON.parse(await a.evaluate(() => localStorage.getItem('michishirube.v1')));
  assert.equal(stored.reviews.length, 1);
  assert.equal(stored.reviews[0].on_this_device, true);
  assert.equal(stored.reviews[0].given.role, '係長');
});

test('青森市 (14 abilities, both grades) with a review and comments still prints on one A4 page', async () => {
  const a = employee.page;
  await fresh(a, server.url);
  await a.getByRole('link', { name: /青森市/ }).click();
  await a.getByRole('link', { name: /で始める/ }).first().click();
  await a.selectOption('#setup-current', 'shuji');
  await a.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(a);
  await a.getByRole('link', { name: '結果を見る' }).click();
  await a.locator('.gap-table').waitFor();
  await a.goto(server.url + '#/meeting/handover');
  await a.locator('#review-heading').waitFor();
  await rateAll(a, { scope: '.review-items', value: (i) => (i % 3) + 2 });
  const items = await a.locator('.review-items .rate-item').evaluateAll((lis) => lis.map((li) => li.dataset.item));
  for (const item of items.slice(0, 3)) {
    await a.fill(`#rv-comment-${item}`, '窓口での説明は安定しています。次は係内の後輩への指導を任せたいと考えています。');
  }
  await a.fill('#review-overall', '来年度は、企画立案に関わる業務を一つ担当してもらいます。');
  await a.fill('#reviewer-role', '課長');
  await a.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await a.locator('#compare-heading').waitFor();
  await a.goto(server.url + '#/print');
  await a.locator('.sheet-review').waitFor();
  await a.locator('.print-sheet .radar canvas[data-drawn]').waitFor();
  assert.equal(await a.locator('.sheet-table tbody tr').count(), 14);
  const pdf = path.join(tmp, 'aomori-city.pdf');
  await a.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
  fs.mkdirSync(artifacts, { recursive: true });
  fs.copyFileSync(pdf, path.join(artifacts, 'meeting-print-aomori-city.pdf'));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Pages:\s+1\n/, info);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const want of ['青森市', '上司の評価', '窓口での説明は安定しています', '企画立案に関わる業務']) {
    assert.ok(text.includes(want), `PDF lacks ${want}`);
  }
});

test('keeping a received copy asks before replacing one\'s own, a review can be removed, and projector mode hides the 面談 pages', async () => {
  const a = employee.page;
  const names = await rateKoriyama(a);
  await a.goto(server.url + '#/meeting');
  await a.getByRole('button', { name: '共有を作る' }).click();
  const link = await madeLink(a);
  // The device's own assessment then changes: the received copy differs.
  await a.goto(server.url + '#/assess/rate');
  await a.locator(`input[name="${names[0]}"][value="4"]`).check();
  await saved(a);
  const before = JSON.parse(await a.evaluate(() => localStorage.getItem('michishirube.v1')));
  await a.goto(link);
  await a.locator('#open-heading').waitFor();
  await a.getByRole('button', { name: '写しとして保存' }).click();
  await a.locator('#confirm-copy-heading').waitFor();
  await a.getByRole('button', { name: 'やめる' }).click();
  assert.equal(await a.locator('#confirm-copy-heading').count(), 0, 'cancelled');
  await a.getByRole('button', { name: '写しとして保存' }).click();
  await a.getByRole('button', { name: '置き換えて保存する' }).click();
  await a.locator('.gap-table').waitFor();
  assert.match(a.url(), /#\/assess\/results$/);
  await saved(a);
  const after = JSON.parse(await a.evaluate(() => localStorage.getItem('michishirube.v1')));
  assert.equal(after.snapshots.length, before.snapshots.length + 1, 'the one replaced is kept as a snapshot');
  assert.notDeepEqual(after.assessment, before.assessment, 'replaced by the copy');

  // A review given on this device, then removed from the comparison.
  await a.goto(server.url + '#/meeting/handover');
  await a.locator('#review-heading').waitFor();
  await rateAll(a, { scope: '.review-items', value: () => 2 });
  await a.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await a.locator('#compare-heading').waitFor();
  await a.getByRole('button', { name: 'この評価を削除' }).click();
  await a.getByRole('button', { name: '削除する' }).click();
  await a.waitForURL(/#\/history$/);
  await saved(a);
  assert.equal(JSON.parse(await a.evaluate(() => localStorage.getItem('michishirube.v1'))).reviews.length, 0, 'removed');

  // Projector mode: none of the 面談 pages shows personal data.
  for (const hash of ['#/meeting', '#/meeting/handover', '#/meeting/compare', '#/print', '#/review']) {
    await a.goto(server.url + hash + '?projector');
    await a.reload();
    await a.getByRole('heading', { name: 'プロジェクター表示中' }).waitFor();
    assert.equal(await a.locator('#share-heading, #review-heading, #compare-heading, .print-sheet, #open-heading').count(), 0, hash);
  }
  await a.getByRole('button', { name: '通常の表示に戻す' }).click();
  await a.locator('#open-heading').waitFor();
});
