// Accessibility (WCAG 2.2 AA, which covers JIS X 8341-3:2016 AA): axe-core
// on every view, in normal and projector mode, and on the static published
// pages (bodies/<id>/…, accessibility/); a 320 px viewport and 200% zoom
// cut nothing off; an assessment completed with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, saved, rateAll } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const VIEWS = [
  ['#/', '.body-name'],
  ['#/body/koriyama', 'table.ability-matrix'],
  ['#/body/aizuwakamatsu', '.plan-table-block summary'],
  ['#/assess/setup', '#setup-current'],
  ['#/assess/rate', '.rate-items'],
  ['#/assess/results', '.gap-table'],
  ['#/suggest/koriyama', '.suggestion'],
  ['#/career/aomori-pref', '.stage-table'],
  ['#/plan', '#plan-heading'],
  ['#/print', '.print-sheet'],
  ['#/history', '#history-heading'],
  ['#/explore/koriyama/kakaricho/kacho', '.compare-table'],
  ['#/demo/hamamatsu', '.demo'],
  ['#/pre-entry/aomori-pref', '#pre-first'],
  ['#/survey/aomori-city', '.survey-table'],
  ['#/workshop', 'svg.qr'],
  ['#/accessibility', '#a11y-heading'],
  ['#/author', '#author-heading'],
  ['#/office', '#office-heading'],
  ['#/meeting', '#share-heading'],
  ['#/meeting/handover', '#review-heading'],
  ['#/review', '#open-heading'],
];

async function seed(page) {
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto(server.url + '#/');
  await page.reload();
  // The body's static page, whose start link leads into the app.
  await page.getByRole('link', { name: /郡山市/ }).click();
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await page.selectOption('#setup-current', 'kakaricho');
  await page.getByRole('link', { name: '自己評価へ進む' }).click();
  await rateAll(page);
  await saved(page);
}

async function violations(page) {
  // Folded content is content too: open every disclosure before checking.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

for (const mode of ['normal', 'projector']) {
  test(`axe reports no violation on any view (${mode})`, async () => {
    const { page } = browser;
    await seed(page);
    if (mode === 'projector') {
      await page.evaluate(() => localStorage.setItem('michishirube.projector', '1'));
    }
    const found = [];
    for (const [hash, sel] of VIEWS) {
      await page.goto(server.url + hash);
      await page.reload();
      await page.locator(mode === 'projector' && /assess|plan|print|history|meeting|review/.test(hash) ? 'main h1' : sel).first().waitFor();
      for (const v of await violations(page)) found.push(`${hash}: ${v}`);
    }
    assert.deepEqual(found, []);
    await page.evaluate(() => localStorage.removeItem('michishirube.projector'));
  });
}

// The static pages: every body's three pages and the statement.
const STATIC = ['accessibility/', ...['koriyama', 'aizuwakamatsu', 'aomori-city', 'aomori-pref', 'hamamatsu']
  .flatMap((b) => [`bodies/${b}/`, `bodies/${b}/career/`, `bodies/${b}/pre-entry/`])];

test('axe reports no violation on any static page', async () => {
  const { page } = browser;
  const found = [];
  for (const p of STATIC) {
    await page.goto(server.url + p);
    await page.locator('main h1').first().waitFor();
    for (const v of await violations(page)) found.push(`${p}: ${v}`);
  }
  assert.deepEqual(found, []);
});

for (const [label, setup] of [
  ['a 320 px wide viewport', async (page) => page.setViewportSize({ width: 320, height: 640 })],
  ['200% zoom', async (page) => { await page.setViewportSize({ width: 640, height: 400 }); }],
]) {
  test(`${label}: nothing is cut off (no page-level horizontal scrolling)`, async () => {
    const { page } = browser;
    await seed(page);
    await setup(page);
    const wide = [];
    for (const [hash, sel] of VIEWS) {
      await page.goto(server.url + hash);
      await page.reload();
      await page.locator(sel).first().waitFor();
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 1) wide.push(`${hash}: ${over}px wider than the viewport`);
    }
    for (const p of STATIC) {
      await page.goto(server.url + p);
      await page.locator('main h1').first().waitFor();
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 1) wide.push(`${p}: ${over}px wider than the viewport`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(wide, []);
  });
}

test('an assessment can be completed with the keyboard alone', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto(server.url + '#/body/aomori-city');
  await page.reload();
  // Focus the start link (the body's one track) and press Enter.
  await page.locator('.start a.primary').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#setup-current').waitFor();
  await page.locator('#setup-current').focus();
  await page.keyboard.press('ArrowDown');
  // Tab through the form to the "go on" link.
  for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.textContent?.includes('自己評価へ進む'))); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator('.rate-items').waitFor();
  // Each radio group: Tab into it, arrow to a choice; Tab past the note.
  const groups = await page.locator('.rate-items input[type=radio]').evaluateAll((els) => new Set(els.map((e) => e.name)).size);
  await page.locator('.rate-items input[type=radio]').first().focus();
  for (let g = 0; g < groups; g++) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Leave the group: Tab lands on the note's summary, Tab again to the next group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  const checked = await page.locator('.rate-items input[type=radio]:checked').count();
  assert.equal(checked, groups);
  assert.match(await page.locator('.progress').textContent(), new RegExp(`${groups} / ${groups}`));
});

test('the accessibility statement is in the app', async () => {
  const { page } = browser;
  await page.goto(server.url + '#/accessibility');
  await page.reload();
  await page.locator('#a11y-heading').waitFor();
  const text = await page.locator('main').textContent();
  assert.match(text, /JIS X 8341-3/);
  assert.match(text, /WCAG 2\.2/);
});
