// What a trainer, a recruit and an English reader meet (issue 23, part 4):
// the QR code large enough for a 1280×720 projector, the explorer's
// comparison with its key beside it and its differences in words, the
// pre-entry page in words a recruit knows, and the English interface's
// glosses (legend, radar labels, grade names without nested brackets).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, screenshot, saved, fresh as freshAt, rateAll } from './harness.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A clean start for this suite's server (see harness.fresh). */
const fresh = (page) => freshAt(page, server.url);

async function openAt(page, hash) {
  await page.goto(server.url + hash);
  await page.reload();
}

/** Starts afresh with the interface in a language. */
async function inLang(page, lang) {
  await fresh(page);
  await page.evaluate((l) => localStorage.setItem('michishirube.lang', l), lang);
}

test('on a 1280×720 projector the QR code opens large, whole in the screen, and Escape closes it', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 720 });
  await fresh(page);
  await openAt(page, '#/workshop?projector');
  const open = page.getByRole('button', { name: 'QRコードを大きく表示' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'スマートフォンで読み取ってください' });
  await dialog.waitFor();
  const svg = dialog.locator('svg.qr');
  const box = await svg.evaluate((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: r.height }; });
  assert.ok(box.top >= 0 && box.bottom <= 720 && box.left >= 0 && box.right <= 1280, `the QR spans ${JSON.stringify(box)}`);
  assert.ok(box.h >= 400, `the QR is ${box.h}px high`);
  assert.equal(await dialog.locator('.qr-url').textContent(), server.url);
  const url = await dialog.locator('.qr-url').evaluate((e) => e.getBoundingClientRect().bottom);
  assert.ok(url <= 720, `the address ends at ${url}px`);
  const png = PNG.sync.read(await svg.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(code?.data, server.url);
  await screenshot(page, 'projector-qr-large', { fullPage: false });
  const axe = await new AxeBuilder({ page }).include('.qr-large').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe on the large QR view');
  // The close button has the focus; Escape closes, and the focus goes back.
  assert.ok(await page.evaluate(() => document.activeElement?.closest('.qr-large') !== null));
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await open.evaluate((b) => b === document.activeElement), 'focus is back on the button');
  await open.click();
  await page.getByRole('button', { name: '閉じる（Esc）' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.evaluate(() => sessionStorage.clear());
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the explorer says in words what differs, with the key beside the comparison', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/explore/koriyama/kakaricho/kacho');
  const table = page.locator('.compare-table');
  await table.waitFor();
  const verdict = (ability) => table.locator(`tr[data-ability="${ability}"] td.verdict`).textContent();
  // The grades are named short in the table (their full names are in its caption).
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['能力', '係長', '課長', '比較']);
  assert.equal(await verdict('gyomu-unei-handan'), '◆ 違いあり：課長で新たに求められる');
  assert.equal(await verdict('chishiki-gijutsu'), '◆ 違いあり：課長では既に身に付いているべき');
  assert.equal(await verdict('rinri'), '同じ');
  // The key is beside the table, not below it, and its heading is at least body size.
  const key = page.locator('.compare-key');
  const [t, k] = await Promise.all([table.boundingBox(), key.boundingBox()]);
  assert.ok(k.x >= t.x + t.width - 1 && k.y < t.y + t.height, `key at ${JSON.stringify(k)}, table at ${JSON.stringify(t)}`);
  assert.match(await key.textContent(), /◎.*該当職位で身に付けるべき能力/);
  assert.match(await key.textContent(), /アプリの読み/, 'the note on ○ is beside the table too');
  const [h, body] = await page.evaluate(() => [
    parseFloat(getComputedStyle(document.querySelector('#cmp-key-heading')).fontSize),
    parseFloat(getComputedStyle(document.body).fontSize),
  ]);
  assert.ok(h >= body, `the key's heading is ${h}px, body text ${body}px`);
  await screenshot(page, 'explorer-compare-key', { fullPage: false });
});

test('a recruit reads the first grade in plain words, its supports once each with what they are, and no 1on1 box', async () => {
  const { page } = browser;
  await fresh(page);
  await openAt(page, '#/pre-entry/hamamatsu');
  const article = page.locator('article.pre-entry');
  await page.locator('#pre-baseline').waitFor();
  const baseline = await page.locator('section.start').textContent();
  assert.match(baseline, /比べる職位：入庁後の最初の職位（1級/);
  assert.match(baseline, /この職位の役割（文書の言葉）：.*行政サービス活動の遂行者/);
  // Each support once: no kind tag that repeats the name, and a line of what it is.
  const supports = await page.locator('ul.supports > li').evaluateAll((lis) => lis.map((li) => ({
    name: li.querySelector('strong').textContent,
    tag: li.querySelector(':scope > .tag')?.firstChild?.textContent ?? '',
    more: li.querySelector('.description, .help')?.textContent ?? '',
  })));
  assert.ok(supports.length >= 3);
  for (const s of supports) {
    assert.ok(!s.tag || !s.name.includes(s.tag), `${s.name} repeats its kind ${s.tag}`);
    assert.ok(s.more.trim(), `${s.name} has no line of what it is`);
  }
  assert.ok(supports.some((s) => s.name === '庁内公募'));
  assert.doesNotMatch(await article.textContent(), /庁内公募\s*庁内公募/);
  await screenshot(page, 'pre-entry-hamamatsu');

  await page.getByRole('link', { name: '入庁前の自己評価を始める' }).click();
  await page.locator('.rate-items').waitFor();
  const expect = await page.locator('.rate-items .expect').first().textContent();
  assert.match(expect, /^この職位の役割：日行政サービス活動の遂行者/);
  // The grade rated against is named as a recruit would understand it.
  assert.match(await page.locator('.rate-items .side').first().textContent(), /^入庁後の最初の職位（1級.*）に対して$/);
  await rateAll(page, { value: () => 2 });
  await page.getByRole('link', { name: '結果を見る' }).click();
  await page.getByRole('button', { name: '入庁前の基準として保存' }).waitFor();
  await page.locator('.results-body').waitFor();
  assert.equal(await page.locator('#meeting-heading').count(), 0, 'no 上司との面談 box before entry');
  await saved(page);
});

test('in English the legend is glossed, grade names nest no brackets, and notes say they are Japanese', async () => {
  const { page } = browser;
  await inLang(page, 'en');
  await openAt(page, '#/body/koriyama');
  await page.locator('table.ability-matrix').waitFor();
  const legend = await page.locator('.matrix .legend dd').allTextContents();
  assert.ok(legend.some((d) => d.startsWith('該当職位で身に付けるべき能力 — an ability to acquire at this grade')), legend.join(' | '));
  assert.ok(legend.some((d) => /The app's reading \(its note is in Japanese\): /.test(d)), legend.join(' | '));
  await openAt(page, '#/explore/koriyama/kakaricho/kacho');
  await page.locator('.compare-key').waitFor();
  assert.equal(await page.locator('.compare-table tr[data-ability="gyomu-unei-handan"] td.verdict').textContent(), '◆ Differs: newly required at 課長');
  assert.match(await page.locator('.compare-key').textContent(), /What the marks mean.*an ability to acquire at this grade/);
  await openAt(page, '#/explore/aomori-pref');
  await page.locator('#explore-heading').waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /主事級 — Staff \(shuji\) level/);
  assert.doesNotMatch(text, /\([^()\n]*\([^()\n]*\)[^()\n]*\)/, 'no brackets inside brackets');
  await openAt(page, '#/explore/aomori-city');
  await page.locator('#explore-heading').waitFor();
  assert.match(await page.locator('main').innerText(), /主事級職員 — Staff \(shuji\) level/);
  assert.doesNotMatch(await page.locator('main').innerText(), /主事級職員 \(Staff \(shuji\) level\)/);
  // A glossed name after a word follows a dash too.
  await openAt(page, '#/career/koriyama');
  await page.locator('#career-heading').waitFor();
  assert.equal(await page.locator('#career-heading').textContent(), 'Career path — 郡山市 (Koriyama City)');
  for (const [hash, sel] of [['#/career/aomori-city', '#career-heading'], ['#/pre-entry/hamamatsu', '#pre-baseline'], ['#/body/aomori-city', '#body-heading']]) {
    await openAt(page, hash);
    await page.locator(sel).waitFor();
    // The app's own words, not the notes and sources it quotes (which cite sections like 「2 (3)」).
    const own = await page.locator('main').evaluate((m) => {
      const c = m.cloneNode(true);
      c.querySelectorAll('.app-reading, .caveat, .source, .line-source').forEach((e) => e.remove());
      return c.textContent;
    });
    const nested = own.match(/\([^()\n]*\([^()\n]*\)[^()\n]*\)/);
    assert.equal(nested, null, `${hash}: ${nested?.[0]}`);
  }
  await openAt(page, '#/pre-entry/hamamatsu');
  await page.locator('#pre-baseline').waitFor();
  assert.match(await page.locator('section.start').innerText(), /Compared with: the first grade after you join — 1級 \(Grade 1\)/);
});

test('in English the radar and the live panel name the abilities in English', async () => {
  const { page } = browser;
  await inLang(page, 'en');
  await openAt(page, '#/body/aomori-city');
  await page.locator('.start a.primary').first().click();
  await page.getByRole('link', { name: 'Go on to the self-rating' }).click();
  await page.locator('.rate-items').waitFor();
  await page.locator('.rate-items input[type=radio][value="1"]').first().check();
  const live = page.locator('.live-panel');
  await live.locator('figure.radar').waitFor();
  const axes = JSON.parse(await live.locator('figure.radar').getAttribute('data-axes'));
  assert.ok(axes.includes('Planning') && axes.includes('Judgement'), axes.join(' | '));
  assert.ok(axes.every((a) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(a)), `Japanese left on an axis: ${axes.join(' | ')}`);
  await page.waitForFunction(() => /To develop first: .*\(/.test(document.querySelector('.live-panel')?.textContent ?? ''));
  assert.match(await live.textContent(), /To develop first: [^\n]*\((Knowledge|Comprehension|Judgement|Planning)/);
  await rateAll(page);
  await page.getByRole('link', { name: 'See the results' }).click();
  await page.locator('.results-body figure.radar').waitFor();
  const results = JSON.parse(await page.locator('.results-body figure.radar').getAttribute('data-axes'));
  assert.ok(results.includes('Planning'), results.join(' | '));
  await screenshot(page, 'results-radar-en');
  await saved(page);
});
