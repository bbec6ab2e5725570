// Post-build step (trunk post_build hook): gives the modules loaded on
// demand content-hashed file names and names them on the page.
//
// Trunk builds the start-up module as the page's main module (hashed names,
// loaded by its own loader), and the whole app and the authoring module as
// "worker"-type modules, which it leaves unhashed and unreferenced
// (michishirube-app.js and michishirube-app_bg.wasm, and the same for
// michishirube-author). This script renames each pair to
// <name>-<hash>.js / _bg.wasm, so a new build is never mixed with a cached
// old one, and writes
//   <meta name="<name>" content="" data-js="…" data-wasm="…">
// into index.html, which ui/js/open-app.js (the app, when the start-up
// module hands over) and ui/js/author.js (the authoring module, on
// #/author) read. It also drops trunk's preloads of snippets the start-up
// module does not import.
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
const page = path.join(dir, 'index.html');
let html = fs.readFileSync(page, 'utf8');
// Each extra module: trunk's two files, renamed with a content hash and
// named on a <meta> of the same name.
for (const name of ['michishirube-app', 'michishirube-author', 'michishirube-review']) {
  const js = path.join(dir, `${name}.js`);
  const wasm = path.join(dir, `${name}_bg.wasm`);
  for (const f of [js, wasm]) {
    if (!fs.existsSync(f)) {
      console.error(`app-module.mjs: ${path.basename(f)} is missing from the build`);
      process.exit(1);
    }
  }
  const hash = crypto.createHash('sha256')
    .update(fs.readFileSync(js)).update(fs.readFileSync(wasm))
    .digest('hex').slice(0, 16);
  const jsName = `${name}-${hash}.js`;
  const wasmName = `${name}-${hash}_bg.wasm`;
  fs.renameSync(js, path.join(dir, jsName));
  fs.renameSync(wasm, path.join(dir, wasmName));
  for (const extra of [`${name}.d.ts`, `${name}_bg.wasm.d.ts`]) {
    fs.rmSync(path.join(dir, extra), { force: true });
  }
  html = html.replace(new RegExp(`\\s*<meta name="${name}"[^>]*>`, 'g'), '');
  const meta = `<meta name="${name}" content="" data-js="./${jsName}" data-wasm="./${wasmName}">`;
  html = html.replace(/(<meta name="viewport"[^>]*>)/, `$1\n    ${meta}`);
  if (!html.includes(meta)) {
    console.error('app-module.mjs: could not place the meta tag (no <meta name="viewport">)');
    process.exit(1);
  }
  console.log(`app-module.mjs: ${jsName}, ${wasmName}`);
}
// Trunk preloads every wasm-bindgen snippet of the crate, but the first
// view needs only those the start-up module imports (the app's snippets,
// such as ui/js/author.js, come with the app). The rest are not preloaded.
const start = html.match(/<link rel="modulepreload" href="\.?\/?(michishirube-[0-9a-f]+\.js)"/);
if (!start) {
  console.error('app-module.mjs: cannot find the start-up module in index.html');
  process.exit(1);
}
const wanted = new Set([...fs.readFileSync(path.join(dir, start[1]), 'utf8')
  .matchAll(/from\s*['"]\.\/(snippets\/[^'"]+)['"]/g)].map((m) => m[1]));
html = html.replace(/\s*<link rel="modulepreload" href="\.?\/?(snippets\/[^"]+)"[^>]*>/g,
  (link, href) => (wanted.has(href) ? link : ''));
fs.writeFileSync(page, html);
