// Nothing lost (issue 23, section 1): a guest on the owner's laptop never
// writes the owner's data, projector mode outlives the browser, unreadable
// data is kept once and can be saved or deleted from the data page, a
// supervisor's draft leaves the tab once handed back, two tabs saving at
// once keep both changes, an empty share says so, and a broken share is
// described in words, not in the parser's English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { serve, launch, saved, fresh as freshAt, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (page) => freshAt(page, server.url);

/** Everything in localStorage, as one text: compared byte for byte. */
const localText = (page) => page.evaluate(() => JSON.stringify(
  Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

async function startAt(page, bodyName, current) {
  await page.goto(server.url + '#/');
  await page.getByRole('link', { name: new RegExp(bodyName) }).first().click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', current);
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
}

/** Writes a note on the n-th item of the rating page. */
async function note(page, n, text) {
  const item = page.locator('.rate-item').nth(n);
  await item.locator('details.note').first().evaluate((d) => { d.open = true; });
  await item.locator('textarea').first().fill(text);
}

async function toWorkshop(page) {
  await page.goto(server.url + '#/workshop');
  await page.locator('#workshop-heading').waitFor();
}

test('three guests with resets in between leave the owner\'s stored data byte for byte as it was', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森市', 'shuji');
  await rateAll(page);
  await saved(page);
  const owners = await localText(page);
  assert.match(owners, /aomori-city/);

  await toWorkshop(page);
  await page.getByRole('button', { name: 'ゲストとして使い始める' }).click();
  await page.locator('.mode-banner').filter({ hasText: 'ゲスト' }).waitFor();
  assert.match(await page.locator('.privacy-note').textContent(), /このタブの中だけ/, 'the header agrees with the banner');
  assert.doesNotMatch(await page.locator('.privacy-note').textContent(), /この端末の中だけに保存/);

  for (const [i, body] of ['郡山市', '浜松市', '郡山市'].entries()) {
    await startAt(page, body, body === '浜松市' ? '2kyu' : 'kakaricho');
    await page.locator('.rate-items input[type=radio]').first().check();
    await note(page, 0, `参加者${i + 1}のメモ`);
    await saved(page);
    assert.equal(await localText(page), owners, `participant ${i + 1} wrote nothing of the owner's`);
    await toWorkshop(page);
    await page.getByRole('button', { name: '次の参加者のためにリセット' }).click();
    await page.getByRole('button', { name: 'リセットする' }).click();
    await page.locator('.body-name').first().waitFor();
    // A reset starts a new guest session: still a guest, nothing of the last one.
    await page.locator('.mode-banner').filter({ hasText: 'ゲスト' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('michishirube.guest')), null);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('michishirube.session')), 'guest');
    assert.equal(await localText(page), owners);
  }

  // Leaving guest mode is its own act, which says what happens.
  await toWorkshop(page);
  await page.getByRole('button', { name: 'ゲストとしての利用を終える…' }).click();
  assert.match(await page.locator('.confirm').textContent(), /この端末に保存されます/);
  await page.getByRole('button', { name: 'ゲストの利用を終える', exact: true }).click();
  await page.locator('.notice').filter({ hasText: 'ゲストとしての利用を終えました' }).waitFor();
  assert.equal(await page.locator('.mode-banner').filter({ hasText: 'ゲスト' }).count(), 0);
  assert.equal(await localText(page), owners, 'leaving writes nothing either');
  await page.goto(server.url + '#/assess/results');
  await page.locator('.gap-table').waitFor();
  assert.match(await page.locator('main').textContent(), /青森市/, 'the owner\'s own assessment is back');
  await page.reload();
  await page.locator('.gap-table').waitFor();
  assert.equal(await localText(page), owners);
});

test('projector mode is a setting of the device: it outlives the tab and the browser until turned off', async () => {
  const { page, context } = browser;
  await fresh(page);
  await toWorkshop(page);
  await page.getByRole('button', { name: 'プロジェクター表示にする' }).click();
  await page.locator('html.projector').waitFor();
  // A new tab has a sessionStorage of its own, as after a restart.
  const other = await context.newPage();
  await other.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.__appFirst = document.documentElement.classList.contains('app-first');
  }));
  await other.goto(server.url + '#/');
  await other.locator('html.projector').waitFor();
  assert.equal(await other.evaluate(() => window.__appFirst), true, 'boot.js knows before the first paint');
  await other.locator('html.projector').waitFor();
  await other.getByRole('button', { name: '通常の表示に戻す' }).click();
  await other.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  assert.equal(await other.evaluate(() => localStorage.getItem('michishirube.projector')), null);
  await other.close();
  await page.reload();
  await page.locator('#workshop-heading').waitFor();
  assert.equal(await page.locator('html.projector').count(), 0, 'off everywhere once turned off');
});

test('unreadable stored data is kept once however often the app opens, and the data page saves or deletes it', async () => {
  const { page } = browser;
  await fresh(page);
  const raw = '{"version": 5, "assessment": ' + 'x'.repeat(50_000);
  await page.evaluate((r) => localStorage.setItem('michishirube.v1', r), raw);
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await page.locator('.notice').first().waitFor();
  }
  const said = await page.locator('.notice').first().textContent();
  assert.match(said, /控えとして残してあります/);
  assert.match(said, /「履歴・データ」/);
  assert.doesNotMatch(said, /michishirube\./, 'no storage key a person cannot reach');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('michishirube.recovered.')));
  assert.equal(kept.length, 1, 'one copy per distinct content');

  await page.goto(server.url + '#/history');
  const section = page.locator('.recovered-copies');
  await section.waitFor();
  const item = section.locator('.recovered-copy');
  assert.equal(await item.count(), 1);
  assert.match(await item.textContent(), /\d{4}年\d+月\d+日.*\d\d:\d\d/);
  assert.match(await item.textContent(), /49 KB/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'ファイルとして保存' }).click(),
  ]);
  assert.equal(await download.createReadStream().then((s) => new Promise((ok) => {
    let t = ''; s.on('data', (c) => { t += c; }); s.on('end', () => ok(t));
  })), raw, 'the file is the text as it was');
  await item.getByRole('button', { name: '削除', exact: true }).click();
  await item.getByRole('button', { name: '削除する' }).click();
  await page.waitForFunction(() => !document.querySelector('.recovered-copies'));
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('michishirube.recovered.')).length), 0);
  // Storage use in units a person reads.
  const use = await page.locator('.storage-status').textContent();
  assert.doesNotMatch(use, /\d{5,} KB/, use);
});

test('the supervisor\'s draft leaves the tab once the review is handed back or discarded', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '郡山市', 'kakaricho');
  await rateAll(page);
  await saved(page);
  const drafts = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('michishirube.review-draft')).length);
  await page.goto(server.url + '#/meeting/handover');
  await page.locator('#review-heading').waitFor();
  await page.fill('#reviewer-role', '係長');
  assert.equal(await drafts(), 1, 'a draft survives a reload while the review is made');
  await page.getByRole('button', { name: 'この評価を破棄する…' }).click();
  await page.getByRole('button', { name: '破棄する', exact: true }).click();
  assert.equal(await drafts(), 0, 'discarded');
  assert.equal(await page.locator('#reviewer-role').inputValue(), '');
  await page.fill('#reviewer-role', '課長');
  await rateAll(page, { scope: '.review-items', value: () => 3 });
  await page.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await page.locator('#compare-heading').waitFor();
  assert.equal(await drafts(), 0, 'handed back');
});

/** Reads `get` until `done` holds of what it read, or 10 s have passed;
 *  returns the last reading, for the test's own assertion. */
async function until(get, done, ms = 10000) {
  const end = Date.now() + ms;
  let value = await get();
  while (!done(value) && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 50));
    value = await get();
  }
  return value;
}

test('two tabs typing within the save delay keep both notes, and a clash on one note is said', async () => {
  const { page: a, context } = browser;
  await fresh(a);
  await startAt(a, '郡山市', 'kakaricho');
  await a.locator('.rate-items input[type=radio]').first().check();
  await saved(a);
  const b = await context.newPage();
  await b.goto(server.url + '#/assess/rate');
  await b.locator('.rate-items').waitFor();
  // Within 200 ms of each other, on different items.
  await Promise.all([note(a, 0, 'Aで書いたメモ'), note(b, 1, 'Bで書いたメモ')]);
  await saved(a);
  await saved(b);
  // The later tab merges when the other's save reaches it: wait for that,
  // not for a fixed time (a loaded machine can take longer).
  const stored = await until(() => a.evaluate(() => localStorage.getItem('michishirube.v1')),
    (t) => /Aで書いたメモ/.test(t) && /Bで書いたメモ/.test(t));
  assert.match(stored, /Aで書いたメモ/);
  assert.match(stored, /Bで書いたメモ/);
  await a.reload();
  await a.locator('.rate-items').waitFor();
  assert.equal(await a.locator('.rate-item').nth(1).locator('textarea').first().inputValue(), 'Bで書いたメモ');
  // The same note in both: one is kept, and the other is named, not lost unseen.
  await b.reload();
  await b.locator('.rate-items').waitFor();
  await Promise.all([note(a, 2, 'Aの文'), note(b, 2, 'Bの文')]);
  await saved(a);
  await saved(b);
  const notices = await until(
    async () => (await a.locator('.notice').allTextContents()).concat(await b.locator('.notice').allTextContents()),
    (ns) => ns.some((n) => /同時に変更されました/.test(n) && /(Aの文|Bの文)/.test(n)));
  assert.ok(notices.some((n) => /同時に変更されました/.test(n) && /(Aの文|Bの文)/.test(n)), notices.join('\n'));
  await b.close();
});

test('an empty share says it is empty', async () => {
  const { page } = browser;
  await fresh(page);
  await page.goto(server.url + '#/review/');
  await page.getByRole('alert').filter({ hasText: '共有が空です' }).waitFor();
});

test('a share with a wrong value is described in words, never in the parser\'s English', async () => {
  const { page } = browser;
  await fresh(page);
  const json = '{"k":"a","d":"2026-12-01","b":"koriyama","t":"gyosei","c":"kakaricho","r":{"handan":"3"}}';
  const text = '1.' + zlib.deflateSync(Buffer.from(json)).toString('base64url');
  await page.goto(server.url + '#/review/' + text);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: '共有の中身' });
  await alert.waitFor();
  const said = await alert.textContent();
  assert.match(said, /「現在の職位に対する評価」の「handan」/);
  assert.doesNotMatch(said, /invalid type|expected|line \d|column/);
  // A list instead of a share: not "expected a string".
  const list = '1.' + zlib.deflateSync(Buffer.from('["a",1]')).toString('base64url');
  await page.goto(server.url + '#/review/' + list);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: '一覧（配列）' }).waitFor();
});
