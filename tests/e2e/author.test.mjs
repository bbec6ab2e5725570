// 団体の枠組みを作る, end to end: an HR clerk's whole day with a fictional
// body (テスト市) — the template downloaded, filled by this test as a clerk
// would, imported with two mistakes and again corrected, tried with a
// self-assessment, exported as TOML the build accepts, and handed on as a
// one-file app that opens from file://; a revised version that carries the
// ratings over; and two real bodies' example workbooks read back as the
// data they came from. Nothing is sent anywhere, and the policy is the
// build's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { serve, launch, screenshot, fresh as freshAt, saved, root, dist } from './harness.mjs';
import AxeBuilder from '@axe-core/playwright';
import { fillTestshi } from './testshi.mjs';

let server, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-author-'));
before(async () => { server = await serve(); browser = await launch(); });
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fresh = (page) => freshAt(page, server.url);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const builtPolicy = () => fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];

/** Saves what a click downloads; resolves to { name, bytes }. */
async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file, bytes: fs.readFileSync(file) };
}

/** Chooses a file on the authoring page, as the file input would. */
async function choose(page, name, buffer) {
  await page.locator('#author-file').setInputFiles({ name, mimeType: XLSX, buffer });
  await page.locator('.read-ok, .read-problems, .author .error').first().waitFor();
}

/** Starts an assessment of a body at a grade and rates every item: the
 *  n-th item gets choice (n % 4) + 1, or what `pick` says for its name. */
async function assess(page, bodyLink, current, pick = () => null) {
  await bodyLink.click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', current);
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  // evaluateAll does not wait: the rating page must be drawn first, or a
  // busy machine reads an empty list.
  await page.locator('.rate-items input[type=radio]').first().waitFor();
  const names = await page.locator('.rate-items input[type=radio]').evaluateAll(
    (els) => [...new Set(els.map((e) => e.name))]);
  for (const [i, name] of names.entries()) {
    await page.locator(`input[name="${name}"][value="${pick(name) ?? (i % 4) + 1}"]`).check();
  }
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  return names;
}

/** The items a set of radio names rates (`r-current-<id>`, `r-next-<id>`). */
const items = (names) => [...new Set(names.map((n) => n.replace(/^r-(current|next)-/, '')))];

/** What axe finds against WCAG 2.2 AA on the page as it stands. */
async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/** Opens the authoring page from the footer, as a clerk finds it. */
async function openAuthor(page) {
  await page.getByRole('link', { name: /団体の枠組みを作る/ }).click();
  await page.locator('#author-heading').waitFor();
}

test("a clerk's day: template, two mistakes, corrected, tried, exported as TOML the build accepts", async () => {
  const { page, requests } = browser;
  await fresh(page);
  assert.ok(!requests.some((u) => /michishirube-author/.test(u)), 'the first view never loads the authoring module');
  await openAuthor(page);
  assert.ok(!requests.some((u) => /michishirube-author/.test(u)), 'the page alone does not load the reader');

  // 1. The template.
  const template = await download(page, () => page.getByRole('link', { name: /テンプレート（Excel）をダウンロード/ }).click());
  assert.equal(template.name, '道しるべ_枠組みテンプレート.xlsx');
  assert.equal(template.bytes.subarray(0, 2).toString(), 'PK');

  // 2–3. Filled with two mistakes: both reported by sheet, row and column; nothing kept.
  const seen = requests.length;
  await choose(page, 'テスト市_人材育成.xlsx', await fillTestshi(template.bytes, { mistakes: true }));
  const heading = await page.locator('.read-problems h3').textContent();
  assert.match(heading, /2 件の問題があります.*何も保存していません/);
  const rows = await page.locator('.problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, 2, JSON.stringify(rows));
  assert.match(rows[0][0], /「職位×能力」シート \d+行目 [A-Z]+列/);
  assert.match(rows[0][1], /凡例にない記号「△」/);
  assert.match(rows[0][2], /凡例/);
  assert.match(rows[1][0], /「研修・支援」シート \d+行目 [A-Z]+列/);
  assert.match(rows[1][1], /kakarichou/);
  assert.ok(rows.every((r) => r[2].length > 0), 'every problem has a hint');
  assert.equal(await page.evaluate(() => localStorage.getItem('michishirube.frameworks')), null, 'nothing is half-stored');
  assert.deepEqual(await axe(page), [], 'the problem list meets WCAG 2.2 AA');
  await screenshot(page, 'author-problems');

  //    Corrected and imported again.
  await choose(page, 'テスト市_人材育成.xlsx', await fillTestshi(template.bytes));
  assert.match(await page.locator('.read-ok h3').textContent(), /読み込めました：テスト市/);
  assert.match(await page.locator('.read-summary').textContent(), /職位 4・能力 6・記号 24.*研修・支援 5/);
  await page.locator('.read-notices summary').click();
  assert.match(await page.locator('.read-notices').textContent(), /「◯」を「○」として読みました/);
  // The reader came from this origin, once, and nothing else was asked for.
  const during = requests.slice(seen);
  assert.ok(during.length > 0 && during.every((u) => u.startsWith(server.url) && /michishirube-author-[0-9a-f]+(_bg\.wasm|\.js)$/.test(u)), during.join('\n'));
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator('.stored-item[data-body="testshi"]').waitFor();
  assert.match(await page.locator('.stored-item').textContent(), /「テスト市_人材育成\.xlsx」から/);
  assert.ok(await page.evaluate(() => localStorage.getItem('michishirube.frameworks')));
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), builtPolicy(), 'the policy is the build\'s');

  // 4. Listed under its prefecture, labelled, and tried with a whole assessment.
  await page.goto(server.url + '#/');
  await page.reload();
  const choice = page.locator('.body-choice[data-body="testshi"]');
  await choice.waitFor();
  assert.match(await choice.textContent(), /取り込んだ枠組み（この端末だけ）.*テスト市/);
  assert.equal(await choice.evaluate((a) => a.closest('section.pref').querySelector('h2').textContent), '福島県');
  await choice.click();
  await page.locator('.imported-banner').waitFor();
  assert.match(await page.locator('.imported-banner').textContent(), /取り込んだ枠組み（この端末だけ）.*「テスト市_人材育成\.xlsx」から.*公表されたデータではありません/);
  await page.goto(server.url + '#/');
  const names = await assess(page, page.locator('.body-choice[data-body="testshi"]'), 'shuji');
  assert.deepEqual(items(names), ['kikaku', 'setsumei', 'chishiki', 'kyocho', 'shido', 'handan'], 'the six abilities are rated');
  assert.ok(await page.locator('.imported-banner').isVisible(), 'the results say the framework is imported');
  assert.equal(await page.locator('.gap-table tbody tr').count(), 6);
  await page.goto(server.url + '#/suggest/testshi');
  await page.locator('.suggestion').first().waitFor();
  const suggested = await page.locator('.suggestion .card-name').allTextContents();
  assert.ok(suggested.some((s) => /政策形成研修|新規採用職員研修|eラーニング|通信教育/.test(s)), suggested.join('\n'));
  await saved(page);
  await screenshot(page, 'author-testshi-suggestions');

  // 5. The TOML, which the build's validator accepts unchanged.
  await page.goto(server.url + '#/author');
  await page.locator('.stored-item[data-body="testshi"]').waitFor();
  const toml = await download(page, () => page.getByRole('button', { name: 'データファイル（TOML）を書き出す' }).click());
  assert.equal(toml.name, 'testshi.toml');
  const built = path.join(tmp, 'built');
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'validate-data', '--', toml.file, '--out', built],
    { cwd: root, encoding: 'utf8' });
  assert.match(out, /testshi\s+4\s+6\s+24\s+0\s+(0\s+)?5\b/); // (with or without the worded column)
  assert.match(out, /問題はありません/);
  // What the build makes of the file is exactly what the browser kept.
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.frameworks')).bodies[0].data);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(built, 'bodies/testshi.json'), 'utf8')), kept);
});

test('the one-file app for テスト市 opens from file://, shows it first, and runs an assessment', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/author');
  await page.locator('.stored-item[data-body="testshi"]').waitFor();
  const made = await download(page, () => page.getByRole('button', { name: '1ファイル版のアプリを書き出す' }).click());
  assert.equal(made.name, 'michishirube-testshi.html');
  const html = made.bytes.toString('utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);

  // A staff member's PC: another browser profile, nothing stored, the file from disk.
  const staff = await launch();
  try {
    const p = staff.page;
    await p.goto('file://' + made.file);
    await p.locator('.featured .body-choice[data-body="testshi"]').waitFor();
    const first = await p.locator('.body-choice').first().getAttribute('data-body');
    assert.equal(first, 'testshi', 'the body the app was made for comes first');
    // Labelled as the office's own framework, wherever it is listed, and
    // counted apart from the published bodies.
    for (const where of ['.featured', 'section.pref']) {
      assert.match(await p.locator(`${where} .body-choice[data-body="testshi"]`).textContent(),
        /取り込んだ枠組み.*公表されたデータではありません.*テスト市/, where);
    }
    assert.equal(await p.locator('.body-choice[data-body="koriyama"] .imported-tag').count(), 0, 'a published body carries no label');
    assert.match(await p.locator('#bodies-heading + section.featured + p').textContent(),
      /公表された 5 団体の人材育成方針と、取り込んだ枠組み 1 件を収録しています/);
    await p.locator('.featured .body-choice').click();
    await p.locator('.imported-banner').waitFor();
    assert.match(await p.locator('.imported-banner').textContent(), /取り込んだ枠組み.*テスト市.*公表されたデータではありません/);
    await p.goto('file://' + made.file + '#/');
    await assess(p, p.locator('.featured .body-choice'), 'kakaricho');
    assert.equal(await p.locator('.gap-table tbody tr').count(), 6);
    assert.ok(staff.requests.every((u) => u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')), staff.requests.join('\n'));
    await screenshot(p, 'author-onefile-results');
  } finally {
    await staff.close();
  }
});

test('a revised テスト市 carries the ratings over through replaces and names the removed ability', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  const template = fs.readFileSync(path.join(dist, 'data/workbooks/template.xlsx'));
  await choose(page, 'テスト市_令和8年4月.xlsx', await fillTestshi(template));
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator('.stored-item[data-body="testshi"]').waitFor();
  await page.goto(server.url + '#/');
  // 企画力 rated 4, 説明力 rated 3, the rest 2.
  const pick = (name) => (/kikaku/.test(name) ? 4 : /setsumei/.test(name) ? 3 : 2);
  await assess(page, page.locator('.body-choice[data-body="testshi"]'), 'shuji', pick);
  await saved(page);

  await page.goto(server.url + '#/author');
  await page.locator('#author-heading').waitFor();
  await choose(page, 'テスト市_令和8年10月.xlsx', await fillTestshi(template, { revised: true }));
  const changes = await page.locator('.revision').textContent();
  assert.match(changes, /企画・改善力/);
  assert.match(changes, /説明力/);
  const carry = await page.locator('.carry').textContent();
  assert.match(carry, /説明力/, 'the removed ability is named');
  assert.deepEqual(await axe(page), [], 'the revision and carry-over meet WCAG 2.2 AA');
  await screenshot(page, 'author-revision');
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  await page.locator('.stored-item[data-body="testshi"]').waitFor();

  await page.goto(server.url + '#/assess/rate');
  await page.locator('.rate-items').waitFor();
  const checked = await page.locator('.rate-items input[type=radio]:checked').evaluateAll(
    (els) => Object.fromEntries(els.map((e) => [e.name, e.value])));
  assert.equal(checked['r-current-kikaku-kaizen'], '4', `企画力's rating is carried to 企画・改善力: ${JSON.stringify(checked)}`);
  // Both grades ask 企画・改善力 alike, so it is asked once; the stored
  // assessment still carries the rating to the next grade too.
  assert.equal(checked['r-next-kikaku-kaizen'], undefined, 'asked once for both grades');
  // The carried rating is written with the next change: it then stands
  // under the new id for both grades.
  await page.locator('.rate-items input[name="r-current-chishiki"][value="3"]').check();
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')).assessment);
  assert.deepEqual(stored.current['kikaku-kaizen']?.rating, { level: 4 }, JSON.stringify(stored));
  assert.deepEqual(stored.next['kikaku-kaizen']?.rating, { level: 4 }, JSON.stringify(stored));
  assert.deepEqual(items(Object.keys(checked)), ['kikaku-kaizen', 'chishiki', 'kyocho', 'shido', 'handan'], 'the removed ability is not rated');
});

for (const id of ['koriyama', 'aomori-pref']) {
  test(`${id}: its example workbook, imported in the browser, is the data the app ships`, async () => {
    const { page } = browser;
    await fresh(page);
    await openAuthor(page);
    const shipped = JSON.parse(fs.readFileSync(path.join(dist, `data/bodies/${id}.json`), 'utf8'));
    const link = page.locator(`.examples a[href="data/workbooks/${id}.xlsx"]`);
    const book = await download(page, () => link.click());
    await choose(page, book.name, book.bytes);
    assert.match(await page.locator('.read-ok h3').textContent(), new RegExp(shipped.body.name.ja));
    const marks = (shipped.matrix?.rows ?? []).reduce((n, r) => n + Object.keys(r.marks).length, 0);
    const summary = await page.locator('.read-summary').textContent();
    assert.match(summary, new RegExp(`職位 ${shipped.grades.length}・能力 ${shipped.abilities.length}・記号 ${marks}・`));
    assert.match(summary, new RegExp(`研修・支援 ${shipped.offerings.length}・キャリアパス ${shipped.career_paths.length}`));
    // Against the app's own data for the body: nothing changes.
    assert.match(await page.locator('.revision').textContent(), /変わりはありません/);
  });
}

/** A zip of deflated entries, written by hand: what a zip bomb is. */
function zipOf(entries) {
  const locals = [], centrals = [];
  let at = 0;
  for (const [name, data] of entries) {
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28); central.writeUInt32LE(at, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    at += local.length + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(at, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A workbook (the template, unless given), changed by `edit` (an
 *  ExcelJS workbook), as bytes. */
async function templateWith(edit, base = fs.readFileSync(path.join(dist, 'data/workbooks/template.xlsx'))) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('every bad file gets a message of its own, nothing is stored, and nothing crashes', async () => {
  const { page } = browser;
  await fresh(page);
  await openAuthor(page);
  const cfb = Buffer.from('d0cf11e0a1b11ae1', 'hex');
  const filled = await fillTestshi(fs.readFileSync(path.join(dist, 'data/workbooks/template.xlsx')));
  const cases = [
    ['a 30 MB file', '人材育成_30MB.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(30 * 1024 * 1024 - 4)]), /ファイルが大きすぎます（30\.0 MB。10 MB まで）/],
    ['a PDF renamed .xlsx', '人材育成基本方針.xlsx', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /PDF です/],
    ['a zip bomb', 'bomb.xlsx', zipOf([['xl/workbook.xml', Buffer.from('<workbook/>')], ['xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024)]]), /展開すると大きすぎます/],
    ['cells with formulas', '数式.xlsx', await templateWith((wb) => {
      wb.getWorksheet('団体・文書').getCell('D4').value = { formula: '"テスト"&"市"', result: 'テスト市' };
    }, filled), /数式が入っています/],
    ['20,000 rows', '二万行.xlsx', await templateWith((wb) => {
      const ws = wb.getWorksheet('研修・支援');
      for (let r = 9; r < 20_009; r++) ws.getCell(r, 5).value = `研修${r}`;
    }, filled), /行が多すぎます（20008 行。5000 行まで）/],
    ['a sheet missing', 'シート不足.xlsx', await templateWith((wb) => wb.removeWorksheet(wb.getWorksheet('団体・文書').id), filled),
      /「団体・文書」シートがありません/],
    ['a password-protected workbook', 'パスワード付き.xlsx', Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')]), /パスワード/],
    ['an .xls (old format)', '旧形式.xls', Buffer.concat([cfb, Buffer.from('Workbook', 'utf16le')]), /\.xls/],
    ['a CSV', '枠組み.csv', Buffer.from('\ufeff種類,ID,名称\n団体,testshi,テスト市\n'), /CSV/],
  ];
  const seen = [];
  for (const [what, name, bytes, expected] of cases) {
    await choose(page, name, bytes);
    const heading = await page.locator('.read-problems h3').textContent();
    const rows = await page.locator('.problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent).filter(Boolean).join(' — ')));
    seen.push({ case: what, file: name, heading, problems: rows });
    assert.match(heading, /何も保存していません/, what);
    assert.ok(rows.some((r) => expected.test(r)), `${what}: ${rows.join('\n')}`);
    assert.equal(await page.evaluate(() => localStorage.getItem('michishirube.frameworks')), null, `${what}: nothing stored`);
  }
  fs.mkdirSync(path.join(root, 'tests/e2e/artifacts'), { recursive: true });
  fs.writeFileSync(path.join(root, 'tests/e2e/artifacts/author-bad-files.json'), JSON.stringify(seen, null, 2));
});
