// 組織の傾向, the HR office's page, end to end: staff files made by the
// project's generator (`staff-files`, deterministic from a seed) for 郡山市
// and for a body brought in by pasting its 例規集 別表, chosen together in the
// page; the office picks a body, the other body's files are refused, and
// the gap map's numbers match a count made here from the files themselves.
// A group of four is never shown; the CSV keeps its Japanese and carries
// no identifier; the A4 report prints landscape; hostile files are each
// refused with a reason while the rest are counted.
//
// The independent count: a person is counted in a cell (their grade on that
// side, an ability) when their file rates the ability on that side at a
// level; below target when the level is under できる (3), the one target
// the app sets for every rated side (src/core/target.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, screenshot, fresh as freshAt, root, dist } from './harness.mjs';
import { fixture, paste, name, NOGATA } from './pasting.mjs';

let server, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-office-'));
before(async () => { server = await serve(); browser = await launch(); });
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const THRESHOLD = 5;
const TODAY = '2026-12-07';

async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

/** Staff files from the project's generator, into a folder of their own. */
function generate(body, count, seed, { hostile = false } = {}) {
  const out = fs.mkdtempSync(path.join(tmp, 'files-'));
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'staff-files', '--', '--body', body,
    '--count', String(count), '--seed', String(seed), '--today', TODAY, '--out', out, ...(hostile ? ['--hostile'] : [])],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return fs.readdirSync(out).sort().map((f) => path.join(out, f));
}
const read = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));

/** The count made here: side → "grade ability" → { n, below, median }. */
function count(files, abilities) {
  const cells = { current: new Map(), next: new Map() };
  for (const f of files) {
    const s = read(f);
    const grades = { current: s.current?.grade ?? null, next: s.next ?? null };
    for (const side of ['current', 'next']) {
      if (!grades[side]) continue;
      for (const [item, rating] of Object.entries(s.ratings[side] ?? {})) {
        if (!abilities.has(item) || typeof rating !== 'object' || !('level' in rating)) continue;
        const key = `${grades[side]} ${item}`;
        if (!cells[side].has(key)) cells[side].set(key, []);
        cells[side].get(key).push(rating.level);
      }
    }
  }
  const out = {};
  for (const side of ['current', 'next']) {
    out[side] = new Map([...cells[side]].map(([k, levels]) => {
      const s = [...levels].sort((a, b) => a - b);
      const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
      const below = levels.filter((l) => l < 3).length;
      return [k, { n: levels.length, below: Math.round((below * 100) / levels.length), median: m.toFixed(1) }];
    }));
  }
  return out;
}

/** The gap map as the page shows it: side → "grade ability" → the cell. */
async function shownMap(page) {
  const out = {};
  for (const side of ['current', 'next']) {
    out[side] = new Map(await page.locator(`#gap-map-${side}`).evaluate((t) => [...t.querySelectorAll('tr[data-grade] td[data-ability]')].map((td) => [
      `${td.closest('tr').dataset.grade} ${td.dataset.ability}`,
      { n: td.dataset.n, below: td.dataset.below, median: td.dataset.median, suppressed: td.dataset.suppressed === 'true', text: td.textContent },
    ])));
  }
  return out;
}

/** Checks every cell of the page's gap map against the count made here. */
function agree(shown, counted, label, least = 8) {
  let checked = 0, hidden = 0;
  for (const side of ['current', 'next']) {
    for (const [key, c] of counted[side]) {
      const cell = shown[side].get(key);
      assert.ok(cell, `${label}: the ${side} map has a cell for ${key}`);
      if (c.n < THRESHOLD) {
        assert.ok(cell.suppressed, `${label}: ${key} (${c.n} people) is not shown`);
        assert.equal(cell.n, undefined, `${label}: no count of ${key} in the page`);
        assert.doesNotMatch(cell.text, /\d+\s*人|%/, `${label}: no numbers written in ${key}`);
        hidden++;
      } else {
        assert.deepEqual({ n: cell.n, below: cell.below, median: cell.median }, { n: String(c.n), below: String(c.below), median: c.median }, `${label}: ${side} ${key}`);
        assert.ok(cell.text.includes(`${c.n}人`) && cell.text.includes(`${c.below}%`) && cell.text.includes(c.median), `${label}: ${key} writes its numbers: ${cell.text}`);
        checked++;
      }
    }
    for (const [key, cell] of shown[side]) {
      if (cell.n !== undefined) assert.ok(counted[side].has(key), `${label}: ${key} is shown with people the files do not have`);
    }
  }
  assert.ok(checked >= least, `${label}: ${checked} cells checked, ${hidden} hidden`);
  return { checked, hidden };
}

async function choose(page, files) {
  await page.locator('#office-files').setInputFiles(files);
  await page.locator(`#office-status[data-read="${files.length}"]`).waitFor();
}

/** Goes on to a body's summary: at once when the files name one body, else
 *  through the page's choice of body. */
async function pick(page, bodyName, id) {
  const choice = page.locator('main').getByRole('link', { name: new RegExp(bodyName) })
    .or(page.locator('main').getByRole('button', { name: new RegExp(bodyName) })).first();
  await page.locator('#gap-map-current').or(choice).first().waitFor();
  if (!(await page.locator('#gap-map-current').count())) await choice.click();
  await page.waitForURL(new RegExp(`#/office/${id}$`));
  await page.locator('#gap-map-current').waitFor();
}

async function openOffice(page) {
  await freshAt(page, server.url);
  await page.goto(server.url + '#/office');
  await page.locator('#office-files').waitFor();
}

const koriyamaJson = JSON.parse(fs.readFileSync(path.join(dist, 'data/bodies/koriyama.json'), 'utf8'));
const koriyamaAbilities = new Set(koriyamaJson.abilities.map((a) => a.id));
let koriyamaFiles, nogataFiles, nogataToml;

test('a body brought in by paste is exported as TOML, and staff files are made for it and for 郡山市', async () => {
  const { page } = browser;
  await freshAt(page, server.url);
  await page.goto(server.url + '#/author');
  await page.locator('#paste-heading').waitFor();
  await paste(page, fixture('nogata.html'));
  await page.locator('.paste-read').waitFor();
  await name(page, NOGATA);
  await page.getByRole('button', { name: 'この内容で枠組みを作る' }).click();
  await page.locator('.paste .read-ok').waitFor();
  await page.getByRole('button', { name: 'この端末に取り込む' }).click();
  const item = page.locator(`.stored-item[data-body="${NOGATA.id}"]`);
  await item.waitFor();
  const [d] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'データファイル（TOML）を書き出す' }).click()]);
  nogataToml = path.join(tmp, d.suggestedFilename());
  await d.saveAs(nogataToml);
  koriyamaFiles = generate(path.join(root, 'data/bodies/koriyama.toml'), 40, 1);
  nogataFiles = generate(nogataToml, 40, 2);
  assert.equal(koriyamaFiles.length, 40);
  assert.equal(nogataFiles.length, 40);
  assert.ok(koriyamaFiles.every((f) => read(f).body === 'koriyama'));
  assert.ok(nogataFiles.every((f) => read(f).body === NOGATA.id));
});

test('eighty files of two bodies: the office chooses 郡山市, the other body is refused, and the gap map matches the count', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/office');
  await page.locator('#office-files').waitFor();
  assert.equal(await page.locator('h1').first().textContent(), '組織の傾向');
  assert.deepEqual(await axe(page), [], 'the empty page meets WCAG 2.2 AA');
  await choose(page, [...koriyamaFiles, ...nogataFiles]);
  // Two bodies: the page asks which one.
  const main = page.locator('main');
  assert.match(await main.textContent(), /郡山市/);
  assert.match(await main.textContent(), /直方市教育委員会/);
  assert.deepEqual(await axe(page), [], 'the choice of body meets WCAG 2.2 AA');
  await pick(page, '郡山市', 'koriyama');
  const refused = page.locator('#office-refused li[data-reason="other-body"]');
  assert.equal(await refused.count(), 40, 'every file of the other body is refused as such');
  const coverage = await page.locator('#office-coverage').textContent();
  assert.match(coverage, /40/, 'forty files are covered');
  agree(await shownMap(page), count(koriyamaFiles, koriyamaAbilities), '郡山市');
  assert.deepEqual(await axe(page), [], 'the summary meets WCAG 2.2 AA');
  await screenshot(page, 'office-koriyama');

  // The training that would close the most gaps, and the app's reading marked.
  assert.ok(await page.locator('#office-training tr').count() > 1, 'the training table has rows');
  // Self against supervisor: some files carry a review.
  assert.ok(koriyamaFiles.some((f) => read(f).review), 'the generator made reviews');
  assert.ok(await page.locator('#office-versus').count() === 1, 'self against supervisor is shown');

  // The CSV: a BOM, its Japanese intact, no identifier and no file name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存' }).click()]);
  const csvFile = path.join(tmp, 'office.csv');
  await download.saveAs(csvFile);
  const bytes = fs.readFileSync(csvFile);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM, for Excel');
  const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  assert.match(csv, /郡山市/);
  for (const a of koriyamaJson.abilities.slice(0, 3)) assert.ok(csv.includes(a.name.ja ?? a.name), `the CSV names ${a.name.ja ?? a.name}`);
  for (const f of koriyamaFiles) {
    const s = read(f);
    if (s.staff_id) assert.ok(!csv.includes(s.staff_id), 'no identifier in the CSV');
    assert.ok(!csv.includes(path.basename(f)), 'no file name in the CSV');
  }

  // The A4 report, landscape.
  const pdf = path.join(tmp, 'office.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/);
  assert.ok(Math.abs(Number(w) - 841.89) < 2 && Math.abs(Number(h) - 595.28) < 2, `A4 landscape: ${w} × ${h}`);
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages >= 1 && pages <= 6, `${pages} pages`);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /組織の傾向/);
  assert.match(text, /郡山市/);
  for (const f of koriyamaFiles.slice(0, 5)) assert.ok(!text.includes(path.basename(f)), 'no file name on the report');

  // Kept on the device: the summary only, with no identifier.
  const before = await page.evaluate(() => Object.keys(localStorage));
  await page.getByRole('button', { name: '要約をこの端末に保存' }).click();
  const added = await page.evaluate((b) => Object.keys(localStorage).filter((k) => !b.includes(k)).map((k) => [k, localStorage.getItem(k)]), before);
  assert.equal(added.length, 1, 'one key is added');
  for (const f of koriyamaFiles) {
    const s = read(f);
    if (s.staff_id) assert.ok(!added[0][1].includes(s.staff_id), 'no identifier is kept');
  }
  await page.getByRole('button', { name: '保存した要約を削除' }).click();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)).then((k) => k.filter((x) => !before.includes(x))), [], 'deleted');
});

test("forty files of the pasted body: its gap map matches the count, worded abilities as columns", async () => {
  const { page } = browser;
  await page.goto(server.url + '#/office');
  await page.reload();
  await page.locator('#office-files').waitFor();
  await choose(page, nogataFiles);
  await page.waitForURL(new RegExp(`#/office/${NOGATA.id}$`));
  await page.locator('#gap-map-current').waitFor();
  const ids = new Set([...fs.readFileSync(nogataToml, 'utf8').matchAll(/^\[\[abilities\]\]\s*\nid\s*=\s*"([^"]+)"/gm)].map((m) => m[1]));
  assert.equal(ids.size, 3, `three abilities in the TOML: ${[...ids]}`);
  // Two grades, three abilities: six cells against the current grade and
  // three against the next, a few of them too small to show.
  agree(await shownMap(page), count(nogataFiles, ids), NOGATA.name, 4);
  assert.match(await page.locator('main').textContent(), /直方市教育委員会/, 'the page names the body');
  assert.equal(await page.locator('#office-refused li').count(), 0, 'nothing refused');
  assert.deepEqual(await axe(page), [], 'the summary meets WCAG 2.2 AA');
  await screenshot(page, 'office-nogata');
});

test('a group of four is never shown, and the threshold is never below three', async () => {
  const { page } = browser;
  const byGrade = new Map();
  for (const f of koriyamaFiles) {
    const g = read(f).current?.grade;
    if (g) byGrade.set(g, [...(byGrade.get(g) ?? []), f]);
  }
  const grades = [...byGrade].filter(([, fs]) => fs.length >= 4);
  assert.ok(grades.length >= 2, 'two grades with four files or more');
  const [[four, fourFiles], [two, twoFiles]] = grades;
  await page.goto(server.url + '#/office');
  await page.reload();
  await page.locator('#office-files').waitFor();
  await choose(page, [...fourFiles.slice(0, 4), ...twoFiles.slice(0, 2)]);
  await page.locator('#gap-map-current').waitFor();
  const row = (g) => page.locator(`#gap-map-current tr[data-grade="${g}"]`);
  for (const g of [four, two]) {
    assert.ok(await row(g).locator('td[data-ability]').count() > 0, `${g} has a row`);
    assert.equal(await row(g).locator('td[data-n]').count(), 0, `no cell of ${g}'s small group has a count`);
    assert.equal(await row(g).locator('td[data-suppressed="true"]').count(), await row(g).locator('td[data-ability]').count(), `every cell of ${g} is suppressed`);
  }
  assert.equal(await page.locator('#gap-map-current [data-n]').count(), 0, 'no count in the current grades\' map');
  const cells = await page.locator('#gap-map-current td').allTextContents();
  assert.ok(cells.every((t) => !/\d/.test(t)), `no number in its cells: ${cells.join(' | ')}`);
  assert.deepEqual(await axe(page), [], 'meets WCAG 2.2 AA');
  // The threshold: 2 is never used (it reads 3 at least), so the group of
  // four shows and the group of two stays hidden.
  const threshold = page.locator('#office-threshold');
  assert.equal(await threshold.inputValue(), String(THRESHOLD));
  await threshold.fill('2');
  await threshold.press('Enter');
  await threshold.blur();
  await row(four).locator('td[data-n="4"]').first().waitFor();
  assert.ok(Number(await threshold.inputValue()) >= 3, 'the threshold reads 3 or more');
  assert.equal(await row(two).locator('td[data-n]').count(), 0, 'a group of two is never shown');
});

test('hostile files are each refused with a reason, and the rest are counted', async () => {
  const { page } = browser;
  const all = generate(path.join(root, 'data/bodies/koriyama.toml'), 12, 3, { hostile: true });
  const good = all.filter((f) => /^\d+-michishirube-submission-/.test(path.basename(f)));
  const bad = all.filter((f) => !good.includes(f));
  assert.equal(good.length, 12);
  assert.ok(bad.length >= 8, `${bad.length} hostile files`);
  assert.ok(bad.some((f) => fs.statSync(f).size >= 50 * 1024 * 1024), 'one is 50 MB');
  await openOffice(page);
  await choose(page, all);
  // The file of another body makes two bodies to choose from.
  await pick(page, '郡山市', 'koriyama');
  const reasons = await page.locator('#office-refused li').evaluateAll((lis) => lis.map((li) => [li.textContent, li.dataset.reason]));
  assert.equal(reasons.length, bad.length, `each hostile file is refused: ${JSON.stringify(reasons)}`);
  for (const f of bad) {
    const r = reasons.find(([t]) => t.includes(path.basename(f)));
    assert.ok(r && r[1], `${path.basename(f)} is refused with a reason`);
  }
  assert.ok(new Set(reasons.map(([, r]) => r)).size >= 6, `the reasons differ: ${[...new Set(reasons.map(([, r]) => r))]}`);
  assert.match(await page.locator('#office-status').textContent(), new RegExp(String(good.length)));
  // Markup in a file never runs: no dialog, no script error (the harness checks both).
  assert.equal(browser.dialogs.length, 0);
  // The projector shows no file name.
  await page.getByRole('button', { name: '投影モード' }).first().click();
  const shown = await page.locator('main').textContent();
  for (const f of bad) assert.ok(!shown.includes(path.basename(f)), `${path.basename(f)} is not on the projector`);
});
