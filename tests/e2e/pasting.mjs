// Pasting a 例規集 別表 on the authoring page, as a clerk does: shared by the
// tests of the paste itself (paste.test.mjs) and of the HR office's page,
// which needs a body brought in by paste (office.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './harness.mjs';

export const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures/reiki', name), 'utf8');
/** The plain text a browser puts beside a table's HTML: its cells' words, a
 *  row a line, cells apart by tabs (computed here, so no markup is parsed in
 *  the page). */
export const plain = (html) => html
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
  .replace(/<\/(td|th)>/gi, '\t').replace(/<\/(tr|p)>|<br\s*\/?>/gi, '\n')
  .replace(/<[^>]+>/g, '').replace(/\n\s*\n+/g, '\n').trim();


/** Pastes into the paste target as the browser does: a real paste event
 *  whose DataTransfer carries `text/html` (unless null) and `text/plain`.
 *  Resolves once the page has answered (the table to confirm, or a message). */
export async function paste(page, html, text = html === null ? '' : plain(html)) {
  await page.locator('#paste-target').focus();
  const before = Number(await page.locator('section.paste').getAttribute('data-answered'));
  const defaulted = await page.evaluate(({ html, text }) => {
    const dt = new DataTransfer();
    if (html !== null) dt.setData('text/html', html);
    dt.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.querySelector('#paste-target').dispatchEvent(ev);
    return ev.defaultPrevented;
  }, { html, text });
  assert.ok(defaulted, 'the page takes the paste itself');
  await page.waitForFunction((n) => Number(document.querySelector('section.paste').dataset.answered) > n, before);
}

/** Fills the form that names the body and the regulation. */
export async function name(page, f) {
  await page.fill('#paste-name', f.name);
  await page.selectOption('#paste-kind', f.kind);
  await page.selectOption('#paste-prefecture', f.prefecture);
  await page.fill('#paste-id', f.id);
  await page.fill('#paste-title', f.title);
  if (f.number) await page.fill('#paste-number', f.number);
  if (f.date) await page.fill('#paste-date', f.date);
  if (f.table) await page.fill('#paste-table', f.table);
}

export const NOGATA = {
  name: '直方市教育委員会', kind: '市', prefecture: '福岡県', id: 'nogata-kyoiku',
  title: '直方市教育委員会職員の職の設置に関する規則', number: '平成27年教育委員会規則第5号', date: '平成27年3月11日', table: '第2条の表',
};

