// The interface in Japanese and English: the switch in the header, the
// choice remembered (in a guest session only in the tab), <html lang>, and
// the documents' Japanese kept with the data's English gloss beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot, fresh as freshAt } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

test('the interface starts in Japanese, with a switch that offers English in English', async () => {
  const { page } = browser;
  await fresh(page);
  await page.getByRole('heading', { name: '団体を選んでください' }).waitFor();
  assert.equal(await htmlLang(page), 'ja');
  const sw = page.locator('header').getByRole('button', { name: 'English' });
  assert.equal(await sw.locator('[lang=en]').textContent(), 'English');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored until a choice is made');
});

test('the switch works from the keyboard: English navigation, headings and <html lang>', async () => {
  const { page } = browser;
  await fresh(page);
  const sw = page.locator('header').getByRole('button', { name: 'English' });
  await sw.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Choose your city or prefecture' }).waitFor();
  assert.equal(await htmlLang(page), 'en');
  const nav = page.locator('nav.site-nav');
  assert.equal(await nav.getAttribute('aria-label'), 'Main menu');
  const links = await nav.locator('a').allTextContents();
  assert.deepEqual(links, ['Choose your city or prefecture', 'History & data', 'Workshops']);
  assert.match(await page.locator('.privacy-note').textContent(), /only on this device/);
  // The bodies' names are the documents' own, so they stay Japanese.
  assert.ok((await page.locator('.body-name').allTextContents()).includes('郡山市'));
  assert.equal(await page.evaluate(() => localStorage.getItem('michishirube.lang')), 'en');
  assert.match(await page.title(), /Michishirube/);
  await screenshot(page, 'i18n-list-en');
});

test('English is still chosen after a reload, and the switch now offers 日本語', async () => {
  const { page } = browser;
  await page.reload();
  await page.getByRole('heading', { name: 'Choose your city or prefecture' }).waitFor();
  assert.equal(await htmlLang(page), 'en');
  const sw = page.locator('header').getByRole('button', { name: '日本語' });
  assert.equal(await sw.locator('[lang=ja]').textContent(), '日本語');
});

test('a body page shows the documents’ Japanese with the English gloss in brackets', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.locator('#body-heading').waitFor();
  assert.match(await page.locator('#body-heading').textContent(), /郡山市 \(Koriyama City\)/);
  const table = page.locator('table.ability-matrix');
  const cols = await table.locator('thead th[scope=col]').allTextContents();
  assert.equal(cols[0], 'Grade');
  assert.ok(cols.some((c) => c.includes('倫理') && c.includes('(Ethics)')), cols.join(' | '));
  const rows = await table.locator('tbody th[scope=row]').allTextContents();
  assert.ok(rows.some((r) => r.includes('係長') && r.includes('(Unit chief')), rows.join(' | '));
  // The legend is the document's wording, followed by what the app reads it to require.
  assert.ok((await page.locator('.legend dd').allTextContents()).includes('該当職位で身に付けるべき能力 — an ability to acquire at this grade'));
  await page.getByRole('heading', { name: 'Job tracks and grades' }).waitFor();
  assert.match(await page.locator('.source').first().textContent(), /^Source: /);
  await screenshot(page, 'i18n-koriyama-en');
});

test('the self-assessment speaks English around the documents’ Japanese', async () => {
  const { page } = browser;
  await page.locator('.start a.primary').first().click();
  await page.getByRole('heading', { name: 'Choose your job track and grades' }).waitFor();
  await page.getByRole('link', { name: 'Go on to the self-rating' }).click();
  await page.getByRole('heading', { name: 'Self-rating', exact: true }).waitFor();
  const scale = await page.locator('.scale-list dt').allTextContents();
  assert.deepEqual(scale.slice(0, 4), ['1 Not yet', '2 Partly', '3 Can do', '4 Can teach']);
  await page.locator('.rate-items input[type=radio]').first().check();
  await page.getByRole('link', { name: 'See the results' }).click();
  await page.getByRole('heading', { name: 'Summary' }).waitFor();
  const summary = await page.locator('.summary li').allTextContents();
  assert.ok(summary.some((s) => /still unrated\.$/.test(s)), summary.join('\n'));
  assert.ok((await page.locator('.gap-table thead th').allTextContents()).includes('Self-rating'));
});

test('switching back to Japanese restores the Japanese interface and remembers it', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/');
  await page.getByRole('heading', { name: 'Choose your city or prefecture' }).waitFor();
  await page.locator('header').getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { name: '団体を選んでください' }).waitFor();
  assert.equal(await htmlLang(page), 'ja');
  assert.equal(await page.locator('nav.site-nav').getAttribute('aria-label'), 'メインメニュー');
  assert.equal(await page.evaluate(() => localStorage.getItem('michishirube.lang')), 'ja');
  await page.reload();
  await page.getByRole('heading', { name: '団体を選んでください' }).waitFor();
  assert.equal(await htmlLang(page), 'ja');
});

test('a guest’s choice is kept in the tab only, never in localStorage', async () => {
  const { page } = browser;
  await fresh(page);
  await page.getByRole('link', { name: '研修・説明会' }).click();
  await page.getByRole('button', { name: 'ゲストとして使い始める' }).click();
  await page.locator('.mode-banner').waitFor();
  await page.locator('header').getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Using the app in workshops and briefings' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('michishirube.lang')), 'en');
  await page.reload();
  await page.getByRole('heading', { name: 'Using the app in workshops and briefings' }).waitFor();
  assert.equal(await htmlLang(page), 'en', 'a reload keeps the guest’s choice in the tab');
  await page.getByRole('button', { name: 'Reset for the next participant' }).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.locator('.body-name').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('michishirube.lang')), null, 'the guest\u2019s choice is gone');
  await page.reload();
  await page.getByRole('heading', { name: '団体を選んでください' }).waitFor();
  assert.equal(await htmlLang(page), 'ja', 'the next participant starts in Japanese');
});
