// The page must be valid HTML: the Nu HTML Checker (npm vnu-jar, on
// Debian's Java) over the built index.html as served (with its static first
// view), over every static published page the build wrote (bodies/<id>/,
// …/career/, …/pre-entry/, accessibility/), and over the document as the
// app has rendered each view, with 0 errors. One checker run for all of them, since the JVM's start is most of
// its time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { serve, launch, fresh, saved, rateAll } from './harness.mjs';

const vnu = createRequire(import.meta.url)('vnu-jar');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the built page and every rendered view are valid HTML (Nu HTML Checker: 0 errors)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'michishirube-html-'));
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  fs.copyFileSync(path.join(root, 'dist/index.html'), path.join(dir, 'index.html'));
  // The static pages, as written (named by their path: bodies-koriyama-career.html).
  const statics = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(root, 'dist', rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.name === 'index.html') statics.push(r);
    }
  };
  walk('bodies');
  walk('accessibility');
  assert.ok(statics.length >= 16, `the static pages are there: ${statics.length}`);
  for (const r of statics) {
    fs.copyFileSync(path.join(root, 'dist', r), path.join(dir, `${path.dirname(r).replaceAll('/', '-')}.html`));
  }
  const { page } = browser;
  await fresh(page, server.url);
  const views = [];
  const take = async (name, route, selector) => {
    await page.goto(server.url + route);
    await page.locator(selector).first().waitFor();
    const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
    fs.writeFileSync(path.join(dir, `${name}.html`), html);
    views.push(name);
  };
  await take('body', '#/body/koriyama', 'table.ability-matrix');
  await take('explore', '#/explore/koriyama/kakaricho/kacho', 'main h1');
  await take('workshop', '#/workshop', 'main h1');
  await take('accessibility', '#/accessibility', 'main h1');
  await take('author', '#/author', '#author-heading');
  await take('office', '#/office', '#office-heading');
  await take('pre-entry', '#/pre-entry/koriyama', 'main h1');
  await take('career', '#/career/koriyama', 'main h1');
  await take('survey', '#/survey/koriyama', 'main h1');
  await page.goto(server.url + '#/body/koriyama');
  await page.getByRole('link', { name: /で始める/ }).first().click();
  await take('setup', '#/assess/setup', '#setup-current');
  await take('rate', '#/assess/rate', '.rate-items');
  await rateAll(page);
  await saved(page);
  await take('results', '#/assess/results', '.gap-table');
  await take('suggest', '#/suggest/koriyama', 'main h1');
  await take('plan', '#/plan', 'main h1');
  await take('print', '#/print', '.print-sheet');
  await take('history', '#/history', 'main h1');
  await take('meeting', '#/meeting', 'main h1');
  let out = '';
  try {
    // The office page's folder input carries `webkitdirectory` (the File
    // and Directory Entries API, which every browser supports and the
    // checker does not know): that one message, and only it, is let pass.
    out = execFileSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'text',
      '--filterpattern', '.*Attribute .webkitdirectory. not allowed.*', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(out.trim(), '', `the checker reports errors in ${['index.html', ...statics, ...views].join(', ')}:\n${out}`);
});
