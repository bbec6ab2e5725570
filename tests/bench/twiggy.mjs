// What the whole app's module is made of, from twiggy over the module as
// rustc linked it (before wasm-bindgen and wasm-opt, so that functions
// still have their names): the ten largest items, and the code grouped by
// its cause (the crate, with serde's generated code and Debug formatting
// apart). Sizes are before wasm-opt, so they show proportions; the shipped,
// optimized module is measured in bench.mjs.
//
// Usage: node tests/bench/twiggy.mjs [WASM]  (prints markdown)
//   default WASM: target/wasm32-unknown-unknown/release/michishirube-app.wasm
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const APP_WASM = path.join(root, 'target/wasm32-unknown-unknown/release/michishirube-app.wasm');

/** Parses twiggy's CSV (Name,ShallowSize,…), whose names may hold commas. */
function rows(csv) {
  return csv.trim().split('\n').slice(1).map((line) => {
    const m = line.match(/^(.*),(\d+),[\d.]+,\d*,[\d.]*$/);
    if (!m) return null;
    const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    return { name, size: Number(m[2]) };
  }).filter(Boolean);
}

/** What an item's bytes are there for. */
export function cause(name) {
  if (/custom section|subsection|__wbindgen_describe|^export "__wbindgen/.test(name)) return null; // removed by wasm-bindgen / wasm-opt
  if (/^data segment/.test(name)) return 'data (string tables, constants)';
  if (/\bDebug\b|fmt::Debug|debug_tuple|debug_struct|escape_debug/.test(name)) return 'Debug formatting';
  if (/serde/.test(name)) return /michishirube/.test(name) ? "serde, the app's own types" : 'serde / serde_json (generic)';
  const crate = name.match(/^<?(?:&mut |&|dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1];
  if (crate === 'michishirube_ui') return 'michishirube_ui (pages, components)';
  if (crate === 'michishirube') return 'michishirube (domain core)';
  if (crate === 'yew' || crate === 'yew_macro') return 'yew (generic code per component)';
  if (crate === 'core' || crate === 'alloc' || crate === 'std') return 'Rust core/alloc/std';
  return crate ?? 'other';
}

export function report(wasm = APP_WASM) {
  const all = rows(execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', wasm], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const kept = all.filter((r) => cause(r.name) !== null);
  const total = kept.reduce((a, r) => a + r.size, 0);
  const top = kept.slice(0, 10);
  const byCause = new Map();
  for (const r of kept) byCause.set(cause(r.name), (byCause.get(cause(r.name)) ?? 0) + r.size);
  const causes = [...byCause.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return { total, top, causes };
}

const short = (n) => n.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|');
export function markdown({ total, top, causes }) {
  const kb = (n) => (n / 1024).toFixed(1);
  return [
    '| # | item | KB (before wasm-opt) |',
    '|---:|---|---:|',
    ...top.map((r, i) => `| ${i + 1} | \`${short(r.name)}\` | ${kb(r.size)} |`),
    '',
    '| cause | KB (before wasm-opt) | share |',
    '|---|---:|---:|',
    ...causes.map(([c, n]) => `| ${c} | ${kb(n)} | ${((100 * n) / total).toFixed(1)} % |`),
    `| all code and data | ${kb(total)} | 100 % |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(markdown(report(process.argv[2] ?? APP_WASM)));
}
