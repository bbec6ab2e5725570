// Self-assessment end to end, in the release build: a grade pair per body,
// reload, snapshots and comparison, delete-all, and corrupt storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot, saved, fresh as freshAt, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch({ allowErrors: /SecurityError/ }); });
after(async () => { await browser?.close(); await server?.close(); });

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

async function startAt(page, bodyName, current) {
  await page.getByRole('link', { name: new RegExp(bodyName) }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', current);
}

/** Rates every radio group: the n-th group gets choice (n % 4) + 1. */
const pairs = [
  { body: '青森市', current: 'shuji', next: 'shukan-shusa', newly: ['management-noryoku', 'leadership-ryoku'] },
  { body: '郡山市', current: 'kakaricho', next: 'kacho', newly: ['gyomu-unei-handan'] },
  { body: '浜松市', current: '2kyu', next: 'shunin', newly: null },
];

for (const p of pairs) {
  test(`${p.body}: rate ${p.current} → ${p.next}, see gaps, newly required items, chart and summary`, async () => {
    const { page } = browser;
    await fresh(page);
    await startAt(page, p.body, p.current);
    assert.equal(await page.locator('#setup-next').inputValue(), p.next, 'next grade proposed from the ladder');
    await page.getByRole('link', { name: '自己評価へ進む' }).click();
    const names = await rateAll(page);
    assert.ok(names.length >= 3);
    assert.match(await page.locator('.progress').textContent(), new RegExp(`評価済み ${names.length} / ${names.length}`));
    await page.getByRole('link', { name: '結果を見る' }).click();
    await page.locator('.gap-table').waitFor();
    const rows = await page.locator('.gap-table tbody tr').count();
    assert.ok(rows >= 3);
    if (p.newly) {
      const flagged = await page.locator('.gap-table tbody tr.row-new').evaluateAll((trs) => trs.map((tr) => tr.dataset.item));
      assert.deepEqual(flagged, p.newly);
      const badge = await page.locator(`tr[data-item="${p.newly[0]}"] .badge`).first().textContent();
      assert.match(badge, /次の職位/, 'marked in words, not colour alone');
    }
    const summary = await page.locator('.summary li').allTextContents();
    assert.ok(summary.some((s) => s.startsWith('優先して伸ばす')), summary.join('\n'));
    // The chart is drawn into a HiDPI backing store inside a fixed box.
    const canvas = await page.locator('.radar canvas').evaluate((c) => {
      const ctx = c.getContext('2d');
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200) ink++;
      const r = c.getBoundingClientRect();
      return { w: c.width, cssW: r.width, ink };
    });
    assert.ok(canvas.ink > 500, 'the radar chart has been drawn');
    assert.equal(canvas.w, Math.round(canvas.cssW * 1), 'backing store sized by devicePixelRatio (1 here)');
    await screenshot(page, `results-${p.current}-${p.next}`);
  });
}

test('青森県: no ability marks, so the app says so and shows the roles of both grades', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森県', 'shuji');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.nothing-to-rate').waitFor();
  assert.match(await page.locator('.nothing-to-rate .plain').textContent(), /印.*ありません/);
  assert.equal(await page.locator('.grade-roles').count(), 2);
});

test('会津若松市: no grades, so there is no self-assessment; the plan and supports are shown', async () => {
  const { page } = browser;
  await fresh(page);
  await page.getByRole('link', { name: /会津若松市/ }).click();
  await page.locator('.start').waitFor();
  assert.match(await page.locator('.start').textContent(), /自己診断はできません/);
  assert.ok(await page.locator('.plan-table').count() >= 4);
});

test('a reload restores every rating, every note and the page', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await rateAll(page);
  const first = page.locator('.rate-item').first();
  await first.locator('summary').first().click();
  await first.locator('textarea').first().fill('係の会議で方針を説明した <script>alert(1)</script>');
  const before = await page.locator('input[type=radio]:checked').evaluateAll((els) => els.map((e) => e.id));
  await page.reload();
  await page.locator('.rate-items').waitFor();
  const after = await page.locator('input[type=radio]:checked').evaluateAll((els) => els.map((e) => e.id));
  assert.equal(after.length, names.length);
  assert.deepEqual(after, before);
  assert.equal(await page.locator('.rate-item textarea').first().inputValue(), '係の会議で方針を説明した <script>alert(1)</script>');
  assert.match(page.url(), /#\/assess\/rate$/);
});

test('ratings can be given with the keyboard alone: arrow keys move within a group', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森市', 'shuji');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const radio = page.locator('.rate-items input[type=radio]').first();
  await radio.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const checked = await page.locator(`input[name="${await radio.getAttribute('name')}"]:checked`).getAttribute('value');
  assert.equal(checked, '3');
});

test('save a snapshot, change a rating, compare the two', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page);
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  await page.getByRole('button', { name: /スナップショットとして保存/ }).click();
  await page.locator('.notice').first().waitFor();
  // Change one rating.
  await page.getByRole('link', { name: '自己評価', exact: true }).click();
  const name = await page.locator('.rate-items input[type=radio]').first().getAttribute('name');
  await page.locator(`input[name="${name}"][value="4"]`).check();
  await page.getByRole('link', { name: '結果', exact: true }).click();
  await page.locator('#compare-select').waitFor();
  const options = await page.locator('#compare-select option').count();
  assert.equal(options, 2);
  await page.selectOption('#compare-select', { index: 1 });
  await page.locator('.gap-table thead th', { hasText: '比べる時点' }).waitFor();
  assert.equal(await page.locator('.radar-legend li').count(), 4, 'current, next, snapshot, target');
  await screenshot(page, 'results-compare');
  // The snapshot is listed in the history and opens on its own page.
  await page.getByRole('link', { name: '履歴・データ' }).click();
  await page.locator('.snapshot').first().waitFor();
  assert.equal(await page.locator('.snapshot').count(), 1);
  await page.getByRole('link', { name: '開く' }).click();
  await page.locator('.snapshot-view .gap-table').waitFor();
  await page.getByRole('link', { name: '履歴・データ' }).click();
  await page.locator('.progress-table').waitFor();
  assert.ok(await page.locator('.progress-table tbody tr').count() >= 2, 'progress over time shown');
  // A deletion changes the app's state and the page is drawn again in
  // place, not from nothing (no loading flash, no jump).
  await page.evaluate(() => { document.querySelector('#main section.history').dataset.kept = 'yes'; });
  await page.getByRole('button', { name: '削除', exact: true }).click();
  await page.getByRole('button', { name: '削除する' }).click();
  await page.locator('.snapshot').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.snapshot').count(), 0);
  assert.equal(await page.locator('#main section.history[data-kept="yes"]').count(), 1, 'the page took the new document in place');
});

test('delete all my data leaves nothing in storage', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '浜松市', '1kyu');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page);
  await page.evaluate(() => localStorage.setItem('michishirube.recovered.1', 'old'));
  await saved(page);
  assert.ok(await page.evaluate(() => localStorage.length) >= 2);
  await page.getByRole('link', { name: '履歴・データ' }).click();
  await page.getByRole('button', { name: '自分のデータをすべて削除' }).click();
  await page.getByRole('button', { name: 'すべて削除する' }).click();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is written back on reload');
});

for (const [label, raw, expect] of [
  ['corrupt JSON', '{"version": 1, "assessment": ', /壊れていて/],
  ['a newer version', '{"version": 42}', /新しい版/],
]) {
  test(`stored ${label}: a clear message, the raw text kept aside, and the app still works`, async () => {
    const { page } = browser;
    await fresh(page);
    await page.evaluate((r) => localStorage.setItem('michishirube.v1', r), raw);
    await page.reload();
    await page.locator('.notice').first().waitFor();
    assert.match(await page.locator('.notice').first().textContent(), expect);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('michishirube.recovered.'))
      .map((k) => localStorage.getItem(k)));
    assert.deepEqual(kept, [raw]);
    await startAt(page, '郡山市', 'kakaricho');
    await page.getByRole('link', { name: '自己評価へ進む' }).click();
    await rateAll(page);
    await saved(page);
    assert.ok((await page.evaluate(() => localStorage.getItem('michishirube.v1'))).includes('kakaricho'));
  });
}

test('stored ids that left the data are reported, a copy is kept, and the rest is usable', async () => {
  const { page } = browser;
  await fresh(page);
  const doc = { version: 1, assessment: { selection: { body: 'koriyama', track: 'jimu-gijutsu', current: { grade: 'kakaricho' }, next: 'gone-grade' },
    current: { rinri: { rating: { level: 3 } }, 'gone-ability': { rating: { level: 2 } } }, next: {} }, snapshots: [] };
  // Written from a page of the same origin that runs no app, so that no
  // running app can save its own document over it before the reload.
  await page.goto(server.url + 'data/index.json');
  await page.evaluate((d) => localStorage.setItem('michishirube.v1', JSON.stringify(d)), doc);
  await page.goto(server.url + '#/assess/rate');
  await page.locator('.notice').first().waitFor();
  const notices = (await page.locator('.notice').allTextContents()).join('\n');
  assert.match(notices, /gone-grade/);
  assert.match(notices, /gone-ability/);
  assert.match(notices, /残してあります/);
  await page.locator('.rate-items').waitFor();
  assert.equal(await page.locator('input[name="r-current-rinri"][value="3"]').isChecked(), true);
});

test('localStorage disabled: a message, and the app still works in memory', async () => {
  const { context } = browser;
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(server.url + '#/');
  await page.locator('.notice').first().waitFor();
  assert.match(await page.locator('.notice').first().textContent(), /保存が使えない/);
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page);
  await page.close();
});

test('localStorage full: saving fails with a message, and the ratings stay on screen', async () => {
  const { context } = browser;
  const page = await context.newPage();
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === 'michishirube.v1') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await page.goto(server.url + '#/');
  await page.evaluate(() => localStorage.clear());
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await rateAll(page);
  await page.locator('.notice', { hasText: '保存できませんでした' }).first().waitFor();
  assert.equal(await page.locator('input[type=radio]:checked').count(), names.length);
  await page.close();
});

test('two tabs editing at once stay in step through the storage event', async () => {
  const { page, context } = browser;
  await fresh(page);
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
  const other = await context.newPage();
  await other.goto(server.url + '#/assess/rate');
  await other.locator('.rate-items').waitFor();
  await page.locator('input[name="r-current-rinri"][value="4"]').check();
  await other.locator('input[name="r-current-rinri"][value="4"]:checked').waitFor();
  await other.locator('.notice', { hasText: '別のタブ' }).waitFor();
  // And back the other way, so neither tab's later save loses the other's work.
  // (郡山市 asks each ability once for both grades: one answer is written
  // against both.)
  await other.locator('input[name="r-current-setsumei-chosei"][value="2"]').check();
  await page.locator('input[name="r-current-setsumei-chosei"][value="2"]:checked').waitFor();
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')).assessment);
  assert.equal(stored.current.rinri.rating.level, 4);
  assert.equal(stored.next.rinri.rating.level, 4);
  assert.equal(stored.current['setsumei-chosei'].rating.level, 2);
  assert.equal(stored.next['setsumei-chosei'].rating.level, 2);
  await other.close();
});
