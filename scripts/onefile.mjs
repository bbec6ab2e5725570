// Builds michishirube.html: the whole app in one file (CSS, JS glue, wasm
// and every data file inlined), for PCs on a closed municipal network that
// can only share files. It opens from disk (file://).
//
// The wasm of the whole app is embedded as base64
// and handed to the glue's init() as bytes. The authoring module, loaded
// on demand, is embedded the same way but started only when the authoring
// page first needs it (window.michishirubeModules). The data files
// are embedded as JSON in a <script type="application/json"> block that
// the app reads before it would fetch (ui/src/fetch.rs); the workbooks
// (template and examples) as base64 in the same block. The page gets its
// own Content-Security-Policy with the hashes of its inline scripts and
// style; nothing else may run.
//
// The build runs it (Trunk.toml) into the build itself, so the served app
// can make an HR office's own copy from it (#/author); the tests run it
// into dist-onefile/.
//
// Usage: node scripts/onefile.mjs [DIST] [OUT]   (after a release build)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const outDir = path.resolve(process.argv[3] ?? path.join(root, 'dist-onefile'));
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const find = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`onefile: cannot find ${what} in dist/index.html`);
  return m[1];
};
// The whole app's module (named by scripts/app-module.mjs), started at
// once: a file opened from disk has no static first view of its own, and
// its size is no concern.
const jsFile = find(/<meta name="michishirube-app"[^>]* data-js="\.?\/?([^"]+\.js)"/, "the app's JS glue");
const wasmFile = find(/<meta name="michishirube-app"[^>]* data-wasm="\.?\/?([^"]+\.wasm)"/, "the app's wasm");
const cssFile = find(/<link rel="stylesheet" href="\.?\/?([^"]+\.css)"/, 'the stylesheet');

const css = fs.readFileSync(path.join(dist, cssFile), 'utf8');
// wasm-bindgen's snippets (ui/js/*.js) are imported by the glue from
// ./snippets/…, which a page opened from disk cannot load: each import
// becomes the snippet itself, run in a function of its own so its names
// stay its own, handing back what the glue imports.
const inlineSnippets = (text) => text.replace(
  /^import \{([^}]*)\} from '\.\/(snippets\/[^']+\.js)';?\s*$/gm,
  (_, names, rel) => {
    const src = fs.readFileSync(path.join(dist, rel), 'utf8');
    const exports = [...src.matchAll(/^export (?:async )?(?:function\*?|class|const|let) ([\w$]+)/gm)].map((m) => m[1]);
    const body = src.replace(/^export (async function|function|class|const|let) /gm, '$1 ');
    const wanted = names.split(',').map((n) => n.trim()).filter(Boolean)
      .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
    return `const { ${wanted.join(', ')} } = (() => {\n${body}\nreturn { ${exports.join(', ')} };\n})();\n`;
  },
);
// The glue is an ES module; inline it as a module whose exports we use directly.
const glue = inlineSnippets(fs.readFileSync(path.join(dist, jsFile), 'utf8'))
  .replace(/^export default __wbg_init;?\s*$/m, '')
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/^export (function|class|const|let) /gm, '$1 ');
if (/^import /m.test(glue)) throw new Error('onefile: the app glue imports something this script does not inline');
const wasm = fs.readFileSync(path.join(dist, wasmFile)).toString('base64');
// The module loaded on demand (authoring): inlined the same way, and
// started only when first asked for (window.michishirubeModules, which
// ui/js/author.js uses).
const onDemand = ['michishirube-author'].map((name) => {
  const js = find(new RegExp(`<meta name="${name}"[^>]* data-js="\\.?\\/?([^"]+\\.js)"`), `the JS glue of ${name}`);
  const wasmFile = find(new RegExp(`<meta name="${name}"[^>]* data-wasm="\\.?\\/?([^"]+\\.wasm)"`), `the wasm of ${name}`);
  const source = fs.readFileSync(path.join(dist, js), 'utf8');
  const glue = inlineSnippets(source)
    .replace(/^export default __wbg_init;?\s*$/m, '')
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export (function|class|const|let) /gm, '$1 ');
  if (/^import /m.test(glue)) throw new Error(`onefile: the glue of ${name} imports something this script does not inline`);
  // What the module exports, for the page to hand on.
  const exported = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  const boot = `${glue}
let started;
(window.michishirubeModules ??= {})[${JSON.stringify(name)}] = () => {
  started ??= (async () => {
    const bytes = Uint8Array.from(atob(document.getElementById(${JSON.stringify(`${name}-wasm`)}).textContent), (c) => c.charCodeAt(0));
    await __wbg_init({ module_or_path: bytes });
    return { ${exported.join(', ')} };
  })();
  return started;
};
`;
  return { name, boot, wasm: fs.readFileSync(path.join(dist, wasmFile)).toString('base64') };
});

// Every data file the app may fetch, keyed by its relative path.
const data = {};
const walk = (dir, rel) => {
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    const r = rel ? `${rel}/${f}` : f;
    if (fs.statSync(p).isDirectory()) walk(p, r);
    else if (f.endsWith('.json')) data[`data/${r}`] = fs.readFileSync(p, 'utf8');
  }
};
walk(path.join(dist, 'data'), '');
// The template and the five examples, as base64, for the authoring page's downloads.
const books = path.join(dist, 'data', 'workbooks');
if (fs.existsSync(books)) {
  for (const f of fs.readdirSync(books)) {
    if (f.endsWith('.xlsx')) data[`data/workbooks/${f}`] = fs.readFileSync(path.join(books, f)).toString('base64');
  }
}

const boot = `${glue}
const bytes = Uint8Array.from(atob(document.getElementById('michishirube-wasm').textContent), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const dataJson = JSON.stringify(data).replace(/</g, '\\u003c');
const sha = (s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha(boot)} ${onDemand.map((m) => sha(m.boot)).join(' ')}`,
  `style-src ${sha(css)}`,
  "img-src data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const out = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>道しるべ — 自治体職員のキャリア自己診断（1ファイル版）</title>
<style>${css}</style>
<script type="application/json" id="michishirube-data">${dataJson}</script>
<script type="application/octet-stream" id="michishirube-wasm">${wasm}</script>
${onDemand.map((m) => `<script type="application/octet-stream" id="${m.name}-wasm">${m.wasm}</script>\n<script type="module">${m.boot}</script>`).join('\n')}
<script type="module">${boot}</script>
</head>
<body>
<noscript>このアプリを使うには JavaScript を有効にしてください。</noscript>
</body>
</html>
`;
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'michishirube.html');
fs.writeFileSync(file, out);
console.log(`onefile: ${file} (${(out.length / 1024).toFixed(0)} KB; ${Object.keys(data).length} data files)`);
