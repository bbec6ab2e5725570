// 例規集の別表を貼り付ける, end to end: a clerk pastes a real 別表 (the
// clipboard's text/html and text/plain, as the browser hands them on), checks
// the table read, names the body and the regulation, makes the framework and
// keeps it; its body page shows the table as published; a staff member rates
// two adjacent grades, reads what the next grade asks, has the 面談, prints
// the sheet and saves the CSV; the clerk hands it on as a one-file app that
// labels it and counts it apart. Bad pastes each get a message of their own
// and change nothing, and markup in a cell is never run.
//
// The real tables are tests/fixtures/reiki/ (their addresses and dates in its
// README.md): nogata.html, the one whose excerpt holds two adjacent 職, for
// the whole path; bando.html for a grouped table with several sentences per
// cell.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, screenshot, fresh as freshAt, saved, root, rateAll } from './harness.mjs';
import { fixture, plain, paste, name, NOGATA } from './pasting.mjs';

let server, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-paste-'));
before(async () => { server = await serve(); browser = await launch(); });
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fresh = (page) => freshAt(page, server.url);
async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

async function openAuthor(page) {
  await page.getByRole('link', { name: /団体の枠組みを作る/ }).click();
  await page.locator('#paste-heading').waitFor();
}

/** The confirm table as read: grade headers, and per ability row its cells'
 *  sentences (grade → sentences). */
async function confirmed(page) {
  return page.locator('table.paste-confirm').evaluate((t) => {
    const grades = [...t.tHead.rows[0].cells].slice(1).map((c) => c.textContent.trim());
    const groups = [...t.querySelectorAll('tr.paste-group th')].map((th) => th.textContent.trim());
    const rows = [];
    for (const tb of t.tBodies) {
      for (const tr of tb.rows) {
        if (tr.classList.contains('paste-group')) continue;
        const cells = [...tr.cells].slice(1).map((c) => [...c.querySelectorAll('li')].map((li) => li.textContent.trim()));
        rows.push({ ability: tr.cells[0].textContent.trim(), cells: Object.fromEntries(grades.map((g, i) => [g, cells[i]])) });
      }
    }
    return { grades, groups, rows };
  });
}

const stored = (page) => page.evaluate(() => localStorage.getItem('michishirube.frameworks'));

test('a pasted 別表 becomes a framework that is previewed, rated, reviewed, printed and saved as CSV', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  assert.equal(await page.getByRole('textbox', { name: '別表の貼り付け先' }).count(), 1, 'the paste target is labelled');

  // 1. The paste, read as a table to confirm.
  await paste(page, fixture('nogata.html'));
  await page.locator('.paste-read').waitFor();
  const read = await confirmed(page);
  assert.deepEqual(read.grades, ['理事', '参事'], JSON.stringify(read));
  const abilities = read.rows.map((r) => r.ability);
  assert.deepEqual(abilities, ['保有すべき能力', '遂行すべき職務水準', '習得すべき知識・技能']);
  assert.ok(read.rows.every((r) => r.cells['理事'].length > 0 && r.cells['参事'].length > 0), 'every cell has its sentences');
  assert.match(await page.locator('.paste-read').textContent(), /表（HTML）として読み取りました/);
  assert.match(await page.locator('.paste-read').textContent(), /読み取れなかった行/);
  // The grade order, turned around and back.
  const order = () => page.locator('.paste-order').textContent();
  const was = await order();
  assert.match(was, /理事 → 参事/, 'the higher 職 read as the top');
  await page.getByRole('button', { name: '職位の順を逆にする' }).click();
  assert.match(await order(), /参事 → 理事/);
  await page.getByRole('button', { name: '職位の順を逆にする' }).click();
  assert.equal(await order(), was);
  assert.deepEqual(await axe(page), [], 'the confirm view meets WCAG 2.2 AA');
  await screenshot(page, 'paste-confirm');

  // 2. The form: nothing filled is refused field by field, nothing kept.
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();
  assert.match(await page.locator('.paste-form [role=alert]').first().textContent(), /か所を直してください/);
  assert.equal(await page.locator('#paste-id[aria-invalid="true"]').count(), 1);
  await name(page, { ...NOGATA, id: '直方' });
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();
  assert.match(await page.locator('#paste-id-help').textContent(), /ID に使えない文字「直」/);
  assert.equal(await stored(page), null, 'nothing is kept while the form is wrong');
  await page.fill('#paste-id', NOGATA.id);
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();

  // 3. Made and kept as a workbook's reading is.
  await page.locator('.paste .read-ok').waitFor();
  assert.match(await page.locator('.paste .read-ok h3').textContent(), /「直方市教育委員会職員の職の設置に関する規則」を読み込めました：直方市/);
  assert.match(await page.locator('.paste .read-summary').textContent(), /職位 2・能力 3/);
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator(`.stored-item[data-body="${NOGATA.id}"]`).waitFor();
  assert.match(await page.locator(`.stored-item[data-body="${NOGATA.id}"]`).textContent(), /「直方市教育委員会職員の職の設置に関する規則」から/);

  // 4. Its body page shows the table as published: both 職, the three
  //    abilities, and their sentences.
  await page.locator(`.stored-item[data-body="${NOGATA.id}"]`).getByRole('link', { name: '開く' }).click();
  await page.locator('.imported-banner').waitFor();
  await page.getByRole('link', { name: /で始める/ }).first().waitFor();
  const bodyPage = await page.locator('main').textContent();
  for (const want of ['理事', '参事', ...abilities, read.rows[0].cells['理事'][0], read.rows[0].cells['参事'][0]]) {
    assert.ok(bodyPage.includes(want), `the body page shows 「${want}」`);
  }
  await screenshot(page, 'paste-body');

  // 5. A self-assessment for 参事 → 理事, every item rated.
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', { label: '参事' });
  assert.match(await page.locator('#setup-next option:checked').textContent(), /^理事/, 'the next grade is the one above');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items input[type=radio]').first().waitFor();
  const rateText = await page.locator('.rate-items').textContent();
  for (const a of abilities) assert.ok(rateText.includes(a), `${a} is rated`);
  const names = await rateAll(page);
  assert.ok(names.length >= abilities.length, names.join(' '));
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.waitForURL(/#\/assess\/results$/);
  await page.locator('.results, .gap-table').first().waitFor();
  await saved(page);

  // 6. The results say, for each ability, which case it is, with both
  //    wordings where both grades word it (the display branch's words).
  const results = await page.locator('main').textContent();
  // The case of each row is a badge (the help paragraph names all three).
  const badges = (await page.locator('main .badge-case').allTextContents()).join('\n');
  const lower = '参事', upper = '理事';
  const both = read.rows.filter((r) => r.cells[lower].length && r.cells[upper].length && r.cells[lower].join() !== r.cells[upper].join());
  const onlyNext = read.rows.filter((r) => !r.cells[lower].length && r.cells[upper].length);
  const onlyNow = read.rows.filter((r) => r.cells[lower].length && !r.cells[upper].length);
  assert.equal(badges.includes('次の職位でより多く求められる'), both.length > 0, `asked more: ${badges}`);
  assert.equal(badges.includes('次の職位で新たに求められる'), onlyNext.length > 0, `new at the next grade: ${badges}`);
  assert.equal(badges.includes('次の職位では求められない'), onlyNow.length > 0, `not asked at the next grade: ${badges}`);
  for (const r of both) {
    assert.ok(results.includes(r.cells[lower][0]), `参事's wording of ${r.ability}`);
    assert.ok(results.includes(r.cells[upper][0]), `理事's wording of ${r.ability}`);
  }
  assert.deepEqual(await axe(page), [], 'the results meet WCAG 2.2 AA');
  await screenshot(page, 'paste-results');

  // 7. The 面談, on this device: the supervisor rates, and the comparison shows.
  await page.goto(server.url + '#/meeting/handover');
  await page.locator('#review-heading').waitFor();
  await rateAll(page, { scope: '.review-items', value: () => 3 });
  await page.fill('#reviewer-role', '教育部長');
  await page.getByRole('button', { name: '評価を終えて本人に戻す' }).click();
  await page.locator('#compare-heading').waitFor();
  await page.locator('.compare-ratings').waitFor();
  const compare = await page.locator('.compare-ratings').textContent();
  for (const a of abilities) assert.ok(compare.includes(a), `${a} is compared`);
  await saved(page);

  // 8. The print sheet, on A4.
  await page.goto(server.url + '#/print');
  await page.locator('.print-sheet').waitFor();
  await page.locator('.sheet-review').waitFor();
  const sheet = await page.locator('.print-sheet').textContent();
  assert.match(sheet, /直方市/);
  for (const a of abilities) assert.ok(sheet.includes(a), `${a} is on the sheet`);
  const pdf = path.join(tmp, 'paste.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  assert.ok(text.includes('直方市'), 'the PDF names the body');
  assert.ok(text.includes('教育部長'), 'the PDF carries the review');

  // 9. The CSV, its Japanese intact.
  await page.goto(server.url + '#/meeting/compare');
  await page.locator('.compare-ratings').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV を保存/ }).click()]);
  const csvFile = path.join(tmp, 'paste.csv');
  await download.saveAs(csvFile);
  const bytes = fs.readFileSync(csvFile);
  const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  assert.match(download.suggestedFilename(), new RegExp(`^michishirube-${NOGATA.id}-`));
  for (const a of abilities) assert.ok(csv.includes(a), `the CSV names ${a}`);
  assert.match(csv, /直方市/);
});

test('the one-file app made from the pasted body labels it and counts it apart', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/author');
  const item = page.locator(`.stored-item[data-body="${NOGATA.id}"]`);
  await item.waitFor();
  const [d] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: '1ファイル版のアプリを書き出す' }).click()]);
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  assert.equal(d.suggestedFilename(), `michishirube-${NOGATA.id}.html`);

  const staff = await launch();
  try {
    const p = staff.page;
    await p.goto('file://' + file);
    const choice = p.locator(`.featured .body-choice[data-body="${NOGATA.id}"]`);
    await choice.waitFor();
    assert.match(await choice.textContent(), /取り込んだ枠組み.*公表されたデータではありません.*直方市/);
    assert.match(await p.locator('main').textContent(), /公表された 5 団体の人材育成方針と、取り込んだ枠組み 1 件を収録しています/);
    assert.equal(await p.locator('.body-choice[data-body="koriyama"] .imported-tag').count(), 0, 'a published body carries no label');
    await choice.click();
    await p.locator('.imported-banner').waitFor();
    assert.match(await p.locator('.imported-banner').textContent(), /取り込んだ枠組み.*直方市.*公表されたデータではありません/);
    assert.ok(staff.requests.every((u) => /^(file|data|blob):/.test(u)), staff.requests.join('\n'));
    await screenshot(p, 'paste-onefile');
  } finally {
    await staff.close();
  }
});

/** A table made up for the test (not a body's; the same as tests/paste.rs
 *  MADE_UP_COLUMNS): grades across from the lowest, one ability worded by
 *  both grades differently, one by the lower only, one by the upper only,
 *  one alike in both. */
const MADE_UP = `<table>
<tr><th>区分</th><th>能力</th><th>係長</th><th>課長</th></tr>
<tr><td colspan=4>能力</td></tr>
<tr><td colspan=2>倫理</td><td>・服務規律を遵守する。<br>・公正に職務を遂行する。</td><td>服務規律の確保を徹底する。</td></tr>
<tr><td colspan=2>業務遂行</td><td>効率的に業務を進める。</td><td></td></tr>
<tr><td colspan=4>態度</td></tr>
<tr><td colspan=2>組織統率</td><td></td><td>組織を統率する。</td></tr>
<tr><td colspan=2>責任感</td><td colspan=2>最後までやり遂げる。</td></tr>
</table>`;

test('the results name each case: asked more (both wordings), new, and not asked at the next grade', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  await paste(page, MADE_UP);
  const read = await confirmed(page);
  assert.deepEqual(read.grades, ['係長', '課長']);
  assert.match(await page.locator('.paste-order').textContent(), /課長 → 係長/, 'read lowest first, so the ladder is turned');
  await name(page, { name: 'テスト町', kind: '町', prefecture: '福島県', id: 'test-machi', title: 'テスト町標準職務遂行能力を定める規程', table: '別表' });
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator('.stored-item[data-body="test-machi"]').getByRole('link', { name: '開く' }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', { label: '係長' });
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items input[type=radio]').first().waitFor();
  await rateAll(page);
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.waitForURL(/#\/assess\/results$/);
  await page.locator('.results').waitFor();
  const results = await page.locator('main').textContent();
  const badges = (await page.locator('main .badge-case').allTextContents()).join('\n');
  for (const want of ['次の職位でより多く求められる', '次の職位で新たに求められる', '次の職位では求められない']) {
    assert.ok(badges.includes(want), `a row says 「${want}」: ${badges}`);
  }
  for (const want of ['服務規律を遵守する。', '服務規律の確保を徹底する。', '組織統率', '業務遂行']) {
    assert.ok(results.includes(want), `the results show 「${want}」`);
  }
  await screenshot(page, 'paste-three-cases');
});

test('a grouped table with several sentences per cell is confirmed as printed', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  await paste(page, fixture('bando.html'));
  const read = await confirmed(page);
  assert.deepEqual(read.grades, ['部長']);
  assert.deepEqual(read.groups, ['能力', '態度']);
  const rinri = read.rows.find((r) => r.ability === '倫理観');
  assert.equal(rinri?.cells['部長'].length, 3, JSON.stringify(read));
  // The page's own <script> and <style> are never text of the table.
  assert.doesNotMatch(await page.locator('.paste-read').textContent(), /SCRIPT-LEAK|STYLE-LEAK/);
});

test('bad pastes each get a clear message and change nothing; markup in a cell is never run', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  // A framework kept already: it must stay as it is.
  await paste(page, fixture('nogata.html'));
  await name(page, NOGATA);
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator(`.stored-item[data-body="${NOGATA.id}"]`).waitFor();
  await saved(page);
  const kept = await stored(page);
  assert.ok(kept);

  const big = 'あ'.repeat(2 * 1024 * 1024); // 6 MB of UTF-8
  const cases = [
    ['an empty paste', null, '', /貼り付けられた内容が空です/],
    ['a page with no table', '<h1>お知らせ</h1><p>庁舎の開庁時間は午前8時30分から午後5時15分までです。</p>', undefined, /表が見つかりませんでした|職と能力の表として読めませんでした/],
    ['a salary table', fixture('salary.html'), undefined, /職と能力の表として読めませんでした/],
    ['5 MB of text', null, big, /大きすぎます/],
  ];
  const seen = [];
  for (const [what, html, text, expected] of cases) {
    await paste(page, html, text);
    const msg = await page.locator('.paste .error[role=alert]').textContent();
    seen.push({ case: what, message: msg });
    assert.match(msg, expected, what);
    assert.equal(await page.locator('.paste-read').count(), 0, `${what}: no table to confirm`);
    assert.equal(await stored(page), kept, `${what}: the frameworks are unchanged`);
    assert.equal(await page.locator('.stored-item').count(), 1, `${what}: the list is unchanged`);
  }
  // Typed text, read with the button.
  await page.fill('#paste-target', '');
  await page.getByRole('button', { name: '読み取る' }).click();
  await page.locator('.paste .error[role=alert]').waitFor();
  assert.match(await page.locator('.paste .error[role=alert]').textContent(), /空です/);

  // Script and style inside the cells: read as text with the markup dropped,
  // and nothing runs.
  const hostile = fixture('bando.html')
    .replace('<td>危機管理力</td>', '<td>危機管理力<script>window.__pwned = 1</script><style>body { display: none }</style></td>')
    .replace('<p>市に重大な', '<img src="x" onerror="window.__pwned = 2"><script>window.__pwned = 3</script><p>市に重大な');
  await paste(page, hostile, plain(hostile));
  await page.locator('.paste-read').waitFor();
  const read = await confirmed(page);
  assert.ok(read.rows.some((r) => r.ability === '危機管理力'), JSON.stringify(read.rows.map((r) => r.ability)));
  const shown = await page.locator('.paste-read').textContent();
  assert.doesNotMatch(shown, /__pwned|display: none/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing in the paste ran');
  assert.ok(await page.locator('.paste-read').isVisible(), 'no style from the paste applies');
  assert.equal(await stored(page), kept, 'reading alone keeps nothing');
  fs.mkdirSync(path.join(root, 'tests/e2e/artifacts'), { recursive: true });
  fs.writeFileSync(path.join(root, 'tests/e2e/artifacts/paste-bad.json'), JSON.stringify(seen, null, 2));
});
