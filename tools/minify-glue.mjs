// Build step (tools/post-build.mjs): minifies wasm-bindgen's JS glue and the chunk loader, which are
// part of the size budget.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
for (const name of ['be-netzwerke.js', '__wasm_split.js']) {
  const file = join(dir, name);
  const code = await readFile(file, 'utf8');
  const out = await minify(code, { module: true, compress: true, mangle: true });
  await writeFile(file, out.code);
  console.log(`${name}: ${code.length} → ${out.code.length} bytes`);
}
