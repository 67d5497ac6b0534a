// trunk post-build hook (Trunk.toml). Hooks of one stage run at the same time, so the steps run
// here one after the other: the app is built first, sw.js must hash the final files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
for (const step of ['split-build.mjs', 'minify-glue.mjs', 'own-page.mjs', 'sw-manifest.mjs']) {
  execFileSync(process.execPath, [new URL(step, import.meta.url).pathname, dir], { stdio: 'inherit' });
}

// The operator's own details (Impressum) are theirs to set: say so at every build until they are.
const data = JSON.parse(readFileSync(new URL('../data/be-netzwerke.json', import.meta.url), 'utf8'));
if (data.operator?.example) {
  console.warn('post-build: WARNUNG: Die Betreiberangaben (Impressum) sind Platzhalter. Vor dem Veröffentlichen unter "operator" in '
    + 'data/sources/editorial.json eintragen (Name, Anschrift, E-Mail, Telefon, Vertretung, Kontakt Barrierefreiheit; "example": false), '
    + 'dann cargo run --bin gen-data. README: "Before you publish".');
}
