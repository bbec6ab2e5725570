// The first screen: data → core → UI end to end, against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const FIVE = ['青森市', '青森県', '会津若松市', '郡山市', '浜松市'];

test('the app lists the five bodies from the index', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.getByRole('heading', { name: '団体を選んでください' }).waitFor();
  const names = await page.locator('.body-name').allTextContents();
  assert.deepEqual([...names].sort(), [...FIVE].sort());
  await screenshot(page, 'first-screen-list');
});

test('a Japanese font is installed, so text and canvas labels render (not as boxes)', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.locator('.body-name').first().waitFor();
  // A missing glyph draws the same box as an unassigned private-use character.
  const sameAsMissing = await page.evaluate(() => {
    const draw = (ch) => {
      const c = document.createElement('canvas'); c.width = 40; c.height = 40;
      const g = c.getContext('2d'); g.font = '32px sans-serif'; g.fillText(ch, 2, 34);
      return Array.from(g.getImageData(0, 0, 40, 40).data).join(',');
    };
    return draw('青') === draw('\uE000');
  });
  assert.equal(sameAsMissing, false, 'fonts-noto-cjk must be installed (scripts/install.sh)');
});

test("no data file is loaded for the first view or for a body's static page; the app's page of a body loads the index and that body only", async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  // The page's own requests, not the service worker's precaching.
  const requests = [];
  const record = (r) => requests.push(r.url());
  page.on('request', record);
  await page.reload();
  await page.locator('.body-name').first().waitFor();
  await page.waitForLoadState('networkidle');
  // The list is in the page itself (written at build time from the index).
  const pageData = () => requests.filter((u) => u.includes('/data/') && !/michishirube-/.test(u));
  assert.deepEqual(pageData(), [], requests.join('\n'));
  await page.locator('.body-choice[data-body="hamamatsu"]').click();
  await page.locator('main h1', { hasText: '浜松市' }).waitFor();
  assert.deepEqual(pageData(), [], 'the static page holds the body itself');
  await page.goto(server.url + '#/body/hamamatsu');
  await page.locator('main h1', { hasText: '浜松市' }).waitFor();
  const bodies = [...new Set(pageData().filter((u) => u.includes('/data/bodies/')).map((u) => new URL(u).pathname))];
  assert.deepEqual(bodies, ['/data/bodies/hamamatsu.json'], requests.join('\n'));
  assert.ok(requests.some((u) => u.endsWith('/data/index.json')), 'the app reads the index');
  page.off('request', record);
});

test('choosing 郡山市 shows its grade × ability table with headers, legend and marks', async () => {
  const { page, requests } = browser;
  await page.goto(server.url);
  await page.getByRole('link', { name: /郡山市/ }).click();
  const table = page.getByRole('table', { name: /職位ごとに求められる役割・能力/ });
  await table.waitFor();
  assert.match(page.url(), /\/bodies\/koriyama\/$/, "the body's static page");
  const cols = await table.locator('thead th[scope=col]').allTextContents();
  assert.equal(cols[0], '職位');
  assert.equal(cols.length, 1 + 7 + 1, 'position, 7 abilities, and the focus column');
  const rows = await table.locator('tbody th[scope=row]').allTextContents();
  assert.equal(rows.length, 6);
  // 係長 row: ③業務運営・判断 is "-" in the document.
  const kakaricho = table.locator('tbody tr[data-grade=kakaricho] td.mark-cell');
  assert.deepEqual(await kakaricho.evaluateAll((tds) => tds.map((td) => td.dataset.mark)),
    ['◎', '◎', '-', '◎', '◎', '◎', '◎']);
  const legend = await page.locator('.legend dd').allTextContents();
  assert.equal(legend.length, 3);
  assert.equal(legend[0], '該当職位で身に付けるべき能力');
  // The document's legend shows no mark on its second line: the app says it read it as ○.
  // Its note waits behind a small 「アプリの読み」 mark (a popover; its text is in the page).
  assert.match(legend[1], /^該当職位で既に身に付いているべき能力アプリの読みアプリの読み：.*記号が示されていません.*「○」と読みました/);
  assert.equal(legend[2], '将来的に身に付けることが望まれる能力');
  // The 係長 row contradicts itself: its note and the uncertain cells say so.
  assert.match(await page.locator('.row-note[data-grade=kakaricho]').textContent(), /意識すべき能力/);
  assert.deepEqual(await kakaricho.evaluateAll((tds) => tds.map((td) => !!td.querySelector('.uncertain'))),
    [false, false, true, true, false, false, false]);
  await screenshot(page, 'first-screen-koriyama');
});

test('青森市 shows its footnotes and the four ability groups over the columns', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.getByRole('link', { name: /青森市/ }).click();
  await page.locator('table.ability-matrix').waitFor();
  const groups = await page.locator('thead th[scope=colgroup]').allTextContents();
  assert.deepEqual(groups, ['業務遂行能力', '業務遂行の度合い', '意欲・態度', '倫理観']);
  const notes = await page.locator('.footnotes li').allTextContents();
  assert.equal(notes.length, 5);
  // Printed before the table, for every row: the rows that are all ○ differ in level.
  assert.match(notes[0], /^（※）職位によってレベルは異なります。$/);
  assert.equal(await page.locator('tbody tr').filter({ has: page.locator('th sup', { hasText: '（※）' }) }).count(), 8);
  assert.match(notes[1], /※1.*知識・技能/);
});

test('会津若松市 says plainly that it has no grade × ability table, and offers what it has', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.getByRole('link', { name: /会津若松市/ }).click();
  await page.locator('.matrix-absent').waitFor();
  assert.equal(await page.locator('table.ability-matrix').count(), 0);
  const missing = await page.locator('.missing li').allTextContents();
  assert.ok(missing.some((t) => t.includes('表')), missing.join('\n'));
});

test('a chosen body survives a reload through the address', async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.getByRole('link', { name: /浜松市/ }).click();
  await page.locator('#body-heading').waitFor();
  await page.reload();
  await page.locator('#body-heading').waitFor();
  assert.match(await page.locator('#body-heading').textContent(), /浜松市/);
  assert.ok((await page.locator('.can-do li').count()) >= 20, 'can-do statements shown');
});
