// Loads the authoring module (ui/src/bin/author.rs) the first time the
// page 「団体の枠組みを作る」 needs it, and hands its functions to that page.
// The build (scripts/app-module.mjs) names its two files, with content
// hashes, on <meta name="michishirube-author">; the one-file build inlines
// it and offers it through window.michishirubeModules. Nothing is fetched from
// anywhere but the app's own origin, and the chosen file never leaves the
// page: its bytes go to the module and its text comes back.
let loading;

async function load() {
  const inlined = window.michishirubeModules?.['michishirube-author'];
  if (inlined) return inlined();
  const meta = document.querySelector('meta[name="michishirube-author"]');
  if (!meta) throw new Error('michishirube: the page does not name the authoring module');
  const base = document.baseURI;
  const glue = await import(new URL(meta.dataset.js, base).href);
  await glue.default({ module_or_path: new URL(meta.dataset.wasm, base) });
  return glue;
}

function author() {
  loading ??= load().catch((e) => { loading = undefined; throw e; });
  return loading;
}

export async function readFramework(bytes, name) {
  return (await author()).read_framework(bytes, name);
}

// A paste from a 例規集 page: the clipboard's text/html ('' for none) and
// its text/plain. The answer is JSON of Result<Pasted, PasteError>.
export async function readPaste(html, text) {
  return (await author()).read_paste(html, text);
}

// A confirmed paste, the body and the regulation (JSON each): JSON of
// Result<BodyData, String>.
export async function pasteBody(pasted, body, regulation) {
  return (await author()).paste_body(pasted, body, regulation);
}

export async function toToml(json) {
  return (await author()).to_toml_text(json);
}

// The one-file app's own page, as its file holds it: in the one-file app
// itself (opened from disk) that is this page's head, with the app's
// drawing and its marks on <html> taken off; in the served app, the
// one-file build the server carries beside it.
async function pageSource() {
  if (document.getElementById('michishirube-data')) {
    const root = document.documentElement.cloneNode(true);
    for (const a of [...root.attributes]) root.removeAttribute(a.name);
    root.setAttribute('lang', 'ja');
    const title = root.querySelector('title');
    const ja = document.documentElement.dataset.titleJa;
    if (title && ja) title.textContent = ja;
    root.querySelector('body').innerHTML = '<noscript>このアプリを使うには JavaScript を有効にしてください。</noscript>';
    return `<!DOCTYPE html>\n${root.outerHTML}`;
  }
  const res = await fetch(new URL('michishirube.html', document.baseURI));
  if (!res.ok) throw new Error(`michishirube.html: HTTP ${res.status}`);
  return res.text();
}

export async function oneFile(json) {
  const html = await pageSource();
  return (await author()).one_file(html, json);
}
