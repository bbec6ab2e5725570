// 人事課への提出用ファイル, end to end: a person rates 郡山市 係長 → 課長
// with one note, and on the results page makes the file with each choice
// (ratings only, with notes, with the supervisor's review). Each download
// is read back: its kind and version, the body, track and grade pair, the
// date and fiscal year, the data version the app recorded, the ratings
// exactly as given, notes only when chosen, the review only when chosen,
// and the 職員番号 only when typed, never kept in the browser's storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, screenshot, fresh, saved, rateAll } from './harness.mjs';

let server, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-hand-in-'));
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

const NOTE = '窓口の繁忙期に、係内の分担を組み直して説明した。';
const STAFF_ID = 'S000123';

/** Rates 郡山市 係長 → 課長 (the n-th group gets (n % 4) + 1), writes one
 *  note on the first item, and opens the results. Returns what the file
 *  must then hold: the ratings and the note, side by side, by item id. */
async function rateKoriyama(page) {
  await fresh(page, server.url);
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  assert.equal(await page.locator('#setup-next').inputValue(), 'kacho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  const names = await rateAll(page);
  // Each group is named <prefix>-<its first side>-<item>; a group asked
  // once for both grades (class "both") answers on both sides.
  const groups = await page.locator('.rate-items fieldset.rating-group').evaluateAll((fs) => fs.map((f) => ({
    name: f.querySelector('input[type=radio]').name,
    both: f.classList.contains('both'),
  })));
  const ratings = { current: {}, next: {} };
  for (const [i, name] of names.entries()) {
    const [, side, ...rest] = name.split('-');
    const item = rest.join('-');
    const level = { level: (i % 4) + 1 };
    const g = groups.find((x) => x.name === name);
    if (g.both) { ratings.current[item] = level; ratings.next[item] = level; } else ratings[side][item] = level;
  }
  const first = page.locator('.rate-item').first();
  await first.locator('summary').first().click();
  const textarea = first.locator('textarea').first();
  await textarea.fill(NOTE);
  const noteId = await textarea.getAttribute('id');
  const [, noteSide, ...noteRest] = noteId.replace(/-note$/, '').split('-');
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  await saved(page);
  return { ratings, note: { side: noteSide, item: noteRest.join('-') } };
}

/** Clicks save in the hand-in section; resolves to the file's name and its parsed JSON. */
async function handIn(page, n) {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '提出用ファイルを保存' }).click(),
  ]);
  const file = path.join(tmp, `${n}.json`);
  await d.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  return { name: d.suggestedFilename(), json: JSON.parse(text), text };
}

/** The browser's storage, every key and value, as one text. */
async function everythingStored(page) {
  return page.evaluate(() => [localStorage, sessionStorage]
    .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n'));
}

function today() {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, fiscalYear: d.getMonth() + 1 >= 4 ? d.getFullYear() : d.getFullYear() - 1 };
}

test('the file for the HR office, with each choice, holds what was chosen and no more', async () => {
  const { page } = browser;
  const { ratings, note } = await rateKoriyama(page);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('michishirube.v1')));
  const sel = stored.assessment.selection;
  assert.ok(sel.data_version, 'the app recorded the data version');
  const day = today();

  const section = page.locator('section.hand-in');
  await section.getByRole('heading', { name: '人事課への提出用ファイル' }).waitFor();
  // No review yet: that choice is offered but cannot be taken, and says why.
  const onlyRatings = section.getByRole('radio', { name: '評価だけ' });
  const withNotes = section.getByRole('radio', { name: '評価とメモ（具体的な場面・根拠）' });
  const withReview = section.getByRole('radio', { name: '評価と上司の評価' });
  assert.ok(await onlyRatings.isChecked(), 'ratings only by default');
  assert.ok(await withReview.isDisabled());
  assert.match(await section.locator('#hand-in-review-why').textContent(), /上司の評価がないため/);
  assert.equal(await withReview.getAttribute('aria-describedby'), 'hand-in-review-why');
  // The label says the number is never stored.
  const staffId = section.getByLabel(/職員番号/);
  assert.match(await section.locator('#hand-in-staff-id-help').textContent(), /保存されません/);
  // Before saving, the file's contents in plain words.
  const preview = await section.locator('.hand-in-preview').textContent();
  assert.match(preview, /郡山市/);
  assert.deepEqual(await axe(page), [], 'the results page with the hand-in section meets WCAG 2.2 AA');
  await screenshot(page, 'hand-in-results');

  const common = (json, name) => {
    assert.equal(json.kind, 'michishirube-submission');
    assert.equal(json.version, 1);
    assert.equal(json.body, 'koriyama');
    assert.match(json.body_name, /郡山市/);
    assert.equal(json.track, sel.track);
    assert.deepEqual(json.current, { grade: 'kakaricho' });
    assert.equal(json.next, 'kacho');
    assert.equal(json.made, day.iso);
    assert.equal(json.fiscal_year, day.fiscalYear);
    assert.equal(json.data_version, sel.data_version);
    assert.deepEqual(json.ratings, ratings, 'every rating as given, on each side it is rated on');
    assert.equal(name, `michishirube-submission-koriyama-${day.iso}.json`);
  };

  // 1. Ratings only.
  const a = await handIn(page, 1);
  common(a.json, a.name);
  assert.deepEqual(a.json.contents, { notes: false, review: false });
  assert.ok(!('notes' in a.json), 'no notes unless chosen');
  assert.ok(!a.text.includes(NOTE));
  assert.ok(!('review' in a.json));
  assert.ok(!('staff_id' in a.json), 'no 職員番号 unless typed');
  assert.match(await section.locator('[role=status]').textContent(), /michishirube-submission-koriyama-.*を保存しました/);

  // 2. With notes, and the 職員番号 the office asked for (trimmed).
  await withNotes.check();
  await staffId.fill(`  ${STAFF_ID} `);
  assert.match(await section.locator('.hand-in-preview').textContent(), new RegExp(STAFF_ID));
  const b = await handIn(page, 2);
  common(b.json, b.name);
  assert.deepEqual(b.json.contents, { notes: true, review: false });
  assert.equal(b.json.notes[note.side][note.item], NOTE);
  assert.ok(Object.values({ ...b.json.notes.current, ...b.json.notes.next }).every((t) => t === NOTE), 'only the note written');
  assert.ok(!('review' in b.json));
  assert.equal(b.json.staff_id, STAFF_ID);
  assert.ok(!b.name.includes(STAFF_ID), 'the file name carries no identifier');
  await saved(page);
  assert.ok(!(await everythingStored(page)).includes(STAFF_ID), 'the 職員番号 is never stored');

  // A number too long is refused in Japanese, and no file is offered.
  await staffId.fill('1'.repeat(41));
  await section.locator('#hand-in-error').waitFor();
  assert.ok((await section.locator('#hand-in-error').textContent()).length > 0);
  assert.equal(await section.locator('#hand-in-error').getAttribute('role'), 'alert');
  assert.equal(await staffId.getAttribute('aria-invalid'), 'true');
  assert.equal(await section.getByRole('button', { name: '提出用ファイルを保存' }).count(), 0);
  assert.deepEqual(await axe(page), [], 'the refused number meets WCAG 2.2 AA too');
  await staffId.fill('');
  assert.equal(await section.locator('#hand-in-error').count(), 0);

  // 3. With the supervisor's review, given on this device.
  await page.goto(server.url + '#/meeting/handover');
  await page.locator('#review-heading').waitFor();
  await rateAll(page, { scope: '.review-items', value: () => 3 });
  await page.fill('#reviewer-role', '係長');
  await page.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await page.locator('#compare-heading').waitFor();
  await page.goto(server.url + '#/assess/results');
  await section.waitFor();
  assert.ok(!(await withReview.isDisabled()), 'a review exists now');
  assert.equal(await section.locator('#hand-in-review-why').count(), 0);
  assert.equal(await staffId.inputValue(), '', 'the number was forgotten with the page');
  await withReview.check();
  const c = await handIn(page, 3);
  common(c.json, c.name);
  assert.deepEqual(c.json.contents, { notes: false, review: true });
  assert.ok(!('notes' in c.json), 'the review brings no notes in');
  assert.ok(!('staff_id' in c.json));
  assert.equal(c.json.review.role, '係長');
  assert.equal(c.json.review.made, day.iso);
  for (const side of ['current', 'next']) {
    assert.deepEqual(Object.keys(c.json.review.ratings[side]).sort(), Object.keys(ratings[side]).sort(), `the review rates the same items (${side})`);
    assert.ok(Object.values(c.json.review.ratings[side]).every((r) => r.level === 3));
  }
  assert.deepEqual(await axe(page), [], 'with a review, the section meets WCAG 2.2 AA');
  assert.ok(!(await everythingStored(page)).includes(STAFF_ID), 'still never stored');
});
