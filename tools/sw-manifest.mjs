// Build step (tools/post-build.mjs), the last one: writes sw.js into the build from assets/sw.template.js
// with this build's file list and a hash over their contents (the cache name).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}
const files = (await walk(dir)).map((p) => relative(dir, p).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('bench/') && !f.endsWith('.schema.json')).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
const build = hash.digest('hex').slice(0, 16);
const list = files.map((f) => (f === 'index.html' ? './' : f)).concat(['index.html']);
const template = await readFile(new URL('../assets/sw.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'sw.js'), template.replace('__BUILD__', build).replace('__FILES__', JSON.stringify(list)));
console.log(`sw.js: build ${build}, ${list.length} files`);
