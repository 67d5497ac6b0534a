// Initial transfer of the app (wasm + js + css, brotli quality 11) against the budget.
// Data JSON is fetched separately and is not part of it. Exits 1 over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// 250 KB = 250 KiB = 256,000 bytes, as Lighthouse's performance budgets count kilobytes.
const BUDGET = 250 * 1024;
const dist = process.argv[2] || 'dist';
const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
let total = 0;
const rows = files.map((f) => {
  const raw = readFileSync(join(dist, f));
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  return { file: f.replace(/-[0-9a-f]{16}/, ''), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br };
});
console.table(rows);
console.log(`initial transfer (brotli): ${total} bytes of ${BUDGET} budget`);
if (!files.some((f) => f.endsWith('.wasm'))) { console.error('no wasm in', dist); process.exit(1); }
if (total > BUDGET) { console.error(`over budget by ${total - BUDGET} bytes`); process.exit(1); }
