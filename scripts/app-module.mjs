// Post-build step (trunk post_build hook): gives the whole app's module
// content-hashed file names and names them on the page.
//
// Trunk builds the start-up module as the page's main module (hashed names,
// loaded by its own loader) and the whole app as a second, "worker"-type
// module, which it leaves unhashed and unreferenced (michishirube-app.js and
// michishirube-app_bg.wasm). This script renames those two files to
// michishirube-app-<hash>.js / _bg.wasm, so a new build is never mixed with
// a cached old one, and writes
//   <meta name="michishirube-app" data-js="…" data-wasm="…">
// into index.html, which ui/js/open-app.js reads when the start-up module
// hands over.
//
// Usage: node scripts/app-module.mjs [DIR]   (default $TRUNK_STAGING_DIR)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('app-module.mjs: no directory given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const js = path.join(dir, 'michishirube-app.js');
const wasm = path.join(dir, 'michishirube-app_bg.wasm');
for (const f of [js, wasm]) {
  if (!fs.existsSync(f)) {
    console.error(`app-module.mjs: ${path.basename(f)} is missing from the build`);
    process.exit(1);
  }
}
const hash = crypto.createHash('sha256')
  .update(fs.readFileSync(js)).update(fs.readFileSync(wasm))
  .digest('hex').slice(0, 16);
const jsName = `michishirube-app-${hash}.js`;
const wasmName = `michishirube-app-${hash}_bg.wasm`;
fs.renameSync(js, path.join(dir, jsName));
fs.renameSync(wasm, path.join(dir, wasmName));
for (const extra of ['michishirube-app.d.ts', 'michishirube-app_bg.wasm.d.ts']) {
  fs.rmSync(path.join(dir, extra), { force: true });
}

const page = path.join(dir, 'index.html');
let html = fs.readFileSync(page, 'utf8');
html = html.replace(/\s*<meta name="michishirube-app"[^>]*>/g, '');
const meta = `<meta name="michishirube-app" data-js="./${jsName}" data-wasm="./${wasmName}">`;
html = html.replace(/(<meta name="viewport"[^>]*>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) {
  console.error('app-module.mjs: could not place the meta tag (no <meta name="viewport">)');
  process.exit(1);
}
fs.writeFileSync(page, html);
console.log(`app-module.mjs: ${jsName}, ${wasmName}`);
