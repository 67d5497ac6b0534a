// Writes bench/queries.json: 240 queries over the real Kommunen, each with the key a user would
// expect as the top hit. Deterministic (seeded), so the committed file can be re-made:
//   node bench/make-queries.mjs
import { writeFileSync } from 'node:fs';
import { realDocs } from './data.mjs';

let seed = 20261125;
const rand = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const fold = (s) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss')
  .replace(/[^a-z0-9]+/g, ' ').trim();
const docs = realDocs();
const gemeinden = docs.filter((d) => !d.landkreis);
/** Expected top hit for a name-like query: the largest Kommune whose folded name equals, else starts with, it (towns before districts). */
function expect(q) {
  const f = fold(q);
  const rank = (d) => [d.landkreis ? 1 : 0, -d.population];
  const best = (list) => list.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1])[0];
  return (best(docs.filter((d) => fold(d.name) === f)) ?? best(docs.filter((d) => fold(d.name).startsWith(f))))?.key;
}
const pick = (n, filter = () => true) => {
  const pool = gemeinden.filter(filter);
  const out = new Set();
  while (out.size < n) out.add(pool[Math.floor(rand() * pool.length)]);
  return [...out];
};

const queries = [];
const add = (kind, q, key) => { if (key) queries.push({ kind, q, expected: key }); };
for (const d of pick(40)) add('exact', d.name, expect(d.name));
for (const d of pick(30, (d) => /[äöüß]/.test(d.name))) {
  add('umlaut', fold(d.name), expect(d.name));
  add('umlaut', d.name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'), expect(d.name));
}
for (const d of pick(40, (d) => d.name.length >= 7)) {
  const q = d.name.slice(0, Math.max(4, Math.ceil(d.name.length * 0.6)));
  add('prefix', q, expect(q));
}
for (const d of pick(40, (d) => /^[A-Za-zäöüÄÖÜß]{7,}$/.test(d.name))) {
  const i = 2 + Math.floor(rand() * (d.name.length - 4));
  const q = d.name.slice(0, i) + d.name[i + 1] + d.name[i] + d.name.slice(i + 2); // two letters swapped
  if (fold(q) !== fold(d.name)) add('typo', q, expect(d.name));
}
for (const d of pick(40, (d) => /^[A-Za-zäöüÄÖÜß]{7,}$/.test(d.name))) {
  const i = 2 + Math.floor(rand() * (d.name.length - 4));
  add('typo', d.name.slice(0, i) + d.name.slice(i + 1), expect(d.name)); // a letter missing
}
const plzCount = new Map();
for (const d of gemeinden) plzCount.set(d.plz, (plzCount.get(d.plz) ?? 0) + 1);
for (const d of pick(25, (d) => plzCount.get(d.plz) === 1)) add('plz', d.plz, d.key);
for (const d of pick(25)) add('ags', d.key, d.key);
for (const k of docs.filter((d) => d.landkreis).slice(0, 15)) add('kreis', k.name.includes('kreis') ? k.name : `Landkreis ${k.name}`, k.key);
for (const [q, name] of [['villingen schwenningen', 'Villingen-Schwenningen'], ['st blasien', 'St. Blasien'],
  ['sankt blasien', 'St. Blasien'], ['weil a rhein', 'Weil am Rhein'], ['badsackingen', 'Bad Säckingen'],
  ['Freiburg', 'Freiburg im Breisgau'], ['schwabisch gmund', 'Schwäbisch Gmünd']]) {
  add('special', q, docs.find((d) => d.name === name).key);
}
writeFileSync(new URL('./queries.json', import.meta.url), JSON.stringify(queries, null, 1) + '\n');
const kinds = {};
for (const q of queries) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
console.log(`${queries.length} queries`, kinds);
