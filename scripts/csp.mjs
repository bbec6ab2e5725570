// Post-build step (trunk post_build hook): writes a Content-Security-Policy
// into the built index.html. Trunk's loader is one inline module script whose
// text changes with every build (it names the hashed files), so its SHA-256
// is computed here and added to script-src; nothing else inline is allowed.
//
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'
//
// The published pages written by prerender/ (bodies/<id>/…/index.html,
// accessibility/index.html) run no script at all, so theirs forbids it:
//
//   default-src 'self'; script-src 'none'; …
//
// Usage: node scripts/csp.mjs DIR   (DIR holds index.html; default
// $TRUNK_STAGING_DIR)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: no directory given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
if (!html.includes('Content-Security-Policy')) {
  console.error('csp.mjs: could not place the CSP meta tag (no <meta charset="utf-8">)');
  process.exit(1);
}
fs.writeFileSync(file, html);
console.log(`csp.mjs: ${hashes.length} inline script hash(es); ${policy}`);

// The static pages: every index.html under bodies/ and accessibility/.
const staticPolicy = [
  "default-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const pages = (rel) => {
  const abs = path.join(dir, rel);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) return pages(r);
    return e.name === 'index.html' ? [r] : [];
  });
};
const statics = [...pages('bodies'), ...pages('accessibility')];
for (const rel of statics) {
  const f = path.join(dir, rel);
  const page = fs.readFileSync(f, 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '')
    .replace(/<meta charset="utf-8">/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${staticPolicy}">`);
  if (!page.includes('Content-Security-Policy')) {
    console.error(`csp.mjs: could not place the CSP meta tag in ${rel} (no <meta charset="utf-8">)`);
    process.exit(1);
  }
  fs.writeFileSync(f, page);
}
console.log(`csp.mjs: ${statics.length} static page(s); ${staticPolicy}`);
