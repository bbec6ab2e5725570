// The employee's path as the people who tried it met it (issue 23, § 3):
// a question asked once where both grades ask it alike and per grade, with
// the reason, where the document says the level differs; suggestions that
// answer every top gap or say that nothing is named; the app's readings
// behind a small mark; results that lead on; plan notices by their card;
// and years typed in 和暦.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot, saved, fresh as freshAt, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (page) => freshAt(page, server.url);

/** The fiscal year (April–March) of today. */
function fiscalYear(d = new Date()) { return d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1; }

async function startAt(page, bodyName, current) {
  await page.getByRole('link', { name: new RegExp(bodyName) }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.locator('#setup-current').waitFor();
  await page.selectOption('#setup-current', current);
}

test('郡山市 asks each ability once for both grades and compares the one answer with each target', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '郡山市', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
  const items = await page.locator('.rate-item').count();
  assert.equal(await page.locator('.rate-items fieldset').count(), items, 'one question per ability');
  const rinri = page.locator('.rate-item[data-item=rinri] legend');
  // One group for both grades (係長 保育所副所長 主任 and 課長 課長補佐 保育所長), each grade's mark in it.
  assert.match(await rinri.textContent(), /^係長[^／]*・課長[^／]*に対して/);
  assert.match(await rinri.textContent(), /求め：係長[^／]* ◎ 該当職位で身に付けるべき能力（目標「できる」）／課長[^／]* ◎ /);
  await page.locator('input[name="r-current-rinri"][value="2"]').check();
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')).assessment);
  assert.equal(stored.current.rinri.rating.level, 2);
  assert.equal(stored.next.rinri.rating.level, 2, 'the one answer is written against both grades');
  assert.match(await page.locator('.progress').textContent(), new RegExp(`評価済み 1 / ${items}`));
});

test('青森市 asks per grade, says why, and shows each grade’s role', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森市', 'shuji');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
  assert.equal(await page.locator('.rate-items fieldset').count(), 26);
  const handan = page.locator('.rate-item[data-item=handanryoku]');
  assert.match(await handan.locator('.why-twice').textContent(), /「職位によってレベルは異なります。」とあるため、職位ごとに評価します/);
  const legends = await handan.locator('legend').allTextContents();
  assert.equal(legends.length, 2);
  assert.match(legends[0], /主事級職員の役割：実務担当者/);
  assert.match(legends[1], /主幹級・主査級職員の役割：監督職員/);
  await page.locator('.grades-meaning summary').click();
  assert.match(await page.locator('.grades-meaning').textContent(), /監督職員[\s\S]*後輩職員の育成・指導・監督/);
  await screenshot(page, 'rate-aomori-city-per-grade');
});

test('suggestions answer every top gap, or say the documents name nothing; general help comes after, marked', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森市', 'shuji');
  await page.fill('#setup-entry', 'H31');
  await page.press('#setup-entry', 'Tab');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await page.locator('.rate-items').waitFor();
  // Short on 知識, 判断力, 応対力・折衝力 and 迅速性 against both grades; the rest at target.
  const low = ['chishiki-gijutsu-shikiken', 'handanryoku', 'otairyoku-sesshoryoku', 'jinsokusei'];
  const names = await page.locator('.rate-items input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => e.name))]);
  for (const name of names) {
    const low1 = low.some((id) => name.endsWith(`-${id}`));
    await page.locator(`input[name="${name}"][value="${low1 ? 1 : 3}"]`).check();
  }
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.locator('.gap-table').waitFor();
  // The results lead; the next step follows them, then keeping them.
  const order = await page.locator('.results').evaluate((s) => {
    const at = (sel) => [...s.querySelectorAll('*')].indexOf(s.querySelector(sel));
    return { table: at('.gap-table'), next: at('.next-step'), keep: at('.keep'), meeting: at('.meeting-links') };
  });
  assert.ok(order.table < order.next && order.next < order.keep && order.keep < order.meeting, JSON.stringify(order));
  await page.locator('.next-step').getByRole('link', { name: 'おすすめの研修・支援を見る' }).click();
  await page.locator('.for-gaps').waitFor();
  const gaps = await page.locator('.for-gap').evaluateAll((s) => s.map((x) => x.dataset.item));
  assert.deepEqual(gaps, low);
  for (const id of ['handanryoku', 'otairyoku-sesshoryoku', 'jinsokusei']) {
    assert.match(await page.locator(`.for-gap[data-item="${id}"] .nothing-named`).textContent(), /文書は「.+」を伸ばす研修や制度を挙げていません/);
  }
  // The DX推進研修計画's rows are one card with its variants inside.
  const chishiki = page.locator('.for-gap[data-item="chishiki-gijutsu-shikiken"]');
  const dx = chishiki.locator(':scope > ol > .suggestion', { hasText: 'DX推進' });
  assert.equal(await dx.count(), 1);
  assert.match(await dx.locator('.variants summary').textContent(), /同じ記述のほかの形（\d件）/);
  // Nothing for new recruits, who this person no longer is.
  const cardNames = await page.locator('.suggestion .card-name').allTextContents();
  assert.ok(!cardNames.some((n) => /操作研修【新採用研修】/.test(n)), cardNames.join('\n'));
  // General help: OJT and 1on1, marked as general.
  const general = page.locator('section.general');
  assert.match(await general.locator('h2').textContent(), /全般に役立つこと/);
  const generalNames = (await general.locator('.card-name').allTextContents()).join('\n');
  assert.match(generalNames, /O J T/);
  assert.match(generalNames, /1on1/);
  assert.ok(await general.locator('.tag-general').count() >= 2);
  await screenshot(page, 'suggestions-aomori-city-gaps');
});

test('the app’s reading is a small mark that opens its note, not bold text in the name', async () => {
  const { page } = browser;
  await fresh(page);
  await page.goto(server.url + '#/body/aomori-city');
  const card = page.locator('li[data-offering="dx-suishinin-elearning"]').first();
  await card.waitFor();
  const mark = card.getByRole('button', { name: 'アプリの読み' }).first();
  await mark.waitFor();
  const note = card.locator('.app-reading-note').first();
  assert.equal(await note.isVisible(), false, 'the note waits behind its mark');
  const weight = await mark.evaluate((b) => getComputedStyle(b).fontWeight);
  assert.equal(weight, '400');
  await mark.click();
  await note.waitFor({ state: 'visible' });
  assert.match(await note.textContent(), /^アプリの読み：.*研修名はありません/);
  await page.keyboard.press('Escape');
  await note.waitFor({ state: 'hidden' });
  // On paper the note is printed after the mark, as a footnote.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await note.isVisible(), true);
  assert.equal(await mark.isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
});

test('a plan notice stays by its card, one at a time, says the year, and is gone on the next page', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '浜松市', '2kyu');
  await page.fill('#setup-entry', `R${fiscalYear() - 4 - 2018}`);
  await page.press('#setup-entry', 'Tab');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page, { value: (i) => (i % 2) + 1 });
  await page.getByRole('link', { name: 'おすすめ', exact: true }).click();
  const cards = page.locator('.suggestion:not(.variants .suggestion)');
  await cards.nth(0).waitFor();
  await cards.nth(0).getByRole('button', { name: '計画に追加' }).click();
  await cards.nth(0).locator('.added', { hasText: '計画に追加しました' }).waitFor();
  await cards.nth(1).locator('select').selectOption(String(fiscalYear() + 1));
  await cards.nth(1).getByRole('button', { name: '計画に追加' }).click();
  await cards.nth(1).locator('.added', { hasText: '計画に追加しました' }).waitFor();
  assert.equal(await page.locator('.added', { hasText: '計画に追加しました' }).count(), 1, 'one at a time');
  assert.equal(await page.locator('.notice', { hasText: '計画に追加しました' }).count(), 0, 'no notice at the top');
  const y = fiscalYear() + 1;
  assert.match(await cards.nth(1).locator('.done').textContent(), new RegExp(`^✓ 令和${y - 2018}年度（${y}年度）の計画に入っています$`));
  await page.getByRole('link', { name: '計画', exact: true }).click();
  await page.locator('.plan-item').nth(1).waitFor();
  assert.equal(await page.locator('.added, .notice', { hasText: '計画に追加しました' }).count(), 0, 'cleared on navigation');
  // The plan leads on to printing.
  await page.locator('.next-step').getByRole('link', { name: '面談用シートを印刷する' }).click();
  await page.waitForURL(/#\/print$/);
});

test('setup reads 和暦 years and says what it read; a year that is none says why', async () => {
  const { page } = browser;
  await fresh(page);
  await startAt(page, '青森市', 'shuji');
  for (const [typed, read] of [['令和7', /2025年（令和7年）として読みました/], ['R7', /2025年（令和7年）/], ['H30', /2018年（平成30年）/], ['2019', /2019年（平成31年・令和元年）/]]) {
    await page.fill('#setup-entry', typed);
    await page.press('#setup-entry', 'Tab');
    await page.locator('#setup-entry-help', { hasText: read }).waitFor();
  }
  await page.fill('#setup-grade-year', 'H32');
  await page.press('#setup-grade-year', 'Tab');
  assert.match(await page.locator('#setup-grade-year-help [role=alert]').textContent(), /平成32年はありません（平成は31年までです）/);
  assert.equal(await page.locator('#setup-grade-year').getAttribute('aria-invalid'), 'true');
  await saved(page);
  const sel = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.v1')).assessment.selection);
  assert.equal(sel.entry_year, 2019);
  assert.equal(sel.grade_year ?? null, null, 'text that is no year changes nothing');
  // A grade on a track of its own name is not repeated in brackets.
  const options = await page.locator('#setup-next option').allTextContents();
  assert.ok(!options.some((o) => /技能労務職員（技能労務職員）/.test(o)), options.join('\n'));
  assert.ok(options.some((o) => /^技能労務職員（別の職種）$/.test(o)), options.join('\n'));
});
