// trunk post-build hook (Trunk.toml). Hooks of one stage run at the same time, so the steps run
// here one after the other: sw.js must hash the final files.
import { execFileSync } from 'node:child_process';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
for (const step of ['minify-glue.mjs', 'own-page.mjs', 'sw-manifest.mjs']) {
  execFileSync(process.execPath, [new URL(step, import.meta.url).pathname, dir], { stdio: 'inherit' });
}
