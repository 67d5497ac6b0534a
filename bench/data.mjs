// Benchmark data, made the same way on every run: the real 1,101 Gemeinden + 35 Landkreise, and a
// 20,000-entry set derived from them (each Gemeinde again as invented districts "<name> <Ortsteil>").
import { readFileSync } from 'node:fs';

export const DATA = JSON.parse(readFileSync(new URL('../data/be-netzwerke.json', import.meta.url), 'utf8'));
const kreisName = new Map(DATA.kreise.map((k) => [k.key, k.name]));
const DISTRICTS = ['Nord', 'Süd', 'Ost', 'West', 'Oberdorf', 'Unterdorf', 'Mitte', 'Bühl', 'Au', 'Hof', 'Mühle',
  'Berg', 'Tal', 'Weiler', 'Höfen', 'Neuhausen', 'Kirchberg', 'Schönau'];

/** Search documents: { key, name, kreis, plz, population, landkreis }. */
export function realDocs() {
  const gemeinden = DATA.kommunen.map((k) => ({
    key: k.key, name: k.name, kreis: kreisName.get(k.kreis) ?? '', plz: k.plz, population: k.population, landkreis: false,
  }));
  const landkreise = DATA.kreise.filter((k) => k.type === 'landkreis').map((k) => ({
    key: k.key, name: k.name, kreis: k.name, plz: null, population: k.population, landkreis: true,
  }));
  return [...gemeinden, ...landkreise];
}

/** Gemeinde records for the derived set: unique 8-digit keys within their Kreis, exactly `total` rows with the real ones. */
export function derivedKommunen(total = 20_000) {
  const base = DATA.kommunen;
  const landkreise = DATA.kreise.filter((k) => k.type === 'landkreis').length;
  const free = new Map(); // kreis -> unused 3-digit suffixes
  for (const k of DATA.kreise) {
    const used = new Set(base.filter((g) => g.kreis === k.key).map((g) => g.key.slice(5)));
    free.set(k.key, [...Array(1000).keys()].map((n) => String(n).padStart(3, '0')).filter((s) => !used.has(s)));
  }
  const size = (kreis) => base.filter((g) => g.kreis === kreis).length;
  const order = [...base].sort((a, b) => size(a.kreis) - size(b.kreis) || a.key.localeCompare(b.key));
  const out = [];
  let want = total - base.length - landkreise;
  for (let round = 0; want > 0; round++) {
    for (const g of order) {
      if (want === 0) break;
      const slots = free.get(g.kreis);
      if (!slots.length) continue;
      const district = DISTRICTS[round % DISTRICTS.length];
      out.push({ ...g, key: g.kreis + slots.shift(), name: `${g.name} ${district}`, name_official: `${g.name} ${district}`,
        population: Math.max(50, Math.round(g.population / (3 + round))) });
      want--;
    }
  }
  return [...base, ...out];
}

export function derivedDocs(total = 20_000) {
  const docs = derivedKommunen(total).map((k) => ({
    key: k.key, name: k.name, kreis: kreisName.get(k.kreis) ?? '', plz: k.plz, population: k.population, landkreis: false,
  }));
  return [...docs, ...realDocs().filter((d) => d.landkreis)];
}

/** The bundled dataset with the derived Gemeinden: for the typing benchmark in the app itself. */
export function derivedDataset(total = 20_000) {
  return { ...DATA, kommunen: derivedKommunen(total) };
}
