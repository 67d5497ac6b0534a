#!/usr/bin/env python3
"""Builds the bundled dataset data/be-netzwerke.json from the sources in data/sources/.

Official figures come from the Destatis/BKG CSV files; the organisations behind each network (carrier,
Fachberatung, contact page, latest member count) from network_organisations.csv, each with the public page
it was read on (public_pages.csv: URL, the page's own date, the date read); hand-curated content (network
texts, KEB rules, operator, example records) from data/sources/editorial.json. The output is deterministic, so CI can
check that the committed file is what this script makes:  python3 tools/gen_data.py --check
"""
import csv
import json
import sys
from pathlib import Path

from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "data" / "sources"
OUT = ROOT / "data" / "be-netzwerke.json"
SCHEMA_VERSION = 1

TYPE_IDS = {"Gemeinde": "gemeinde", "Stadt": "stadt", "Große Kreisstadt": "grosse_kreisstadt",
            "Stadtkreis": "stadtkreis", "Landkreis": "landkreis"}
# Historic member lists name their networks in full; map them to our network ids.
NETWORK_IDS = {"StädteNetzWerk BE (Städtetag BW)": "staedtenetzwerk",
               "Landkreisnetzwerk BE (Landkreistag BW)": "landkreisnetzwerk",
               "Landesnetzwerk Engagierte Stadt BW (founding meeting)": "engagierte-stadt"}
FACT_NETWORK_IDS = {"Landesnetzwerk Bürgerschaftliches Engagement BW": "landesnetzwerk",
                    "Landkreisnetzwerk BE": "landkreisnetzwerk", "StädteNetzWerk BE": "staedtenetzwerk",
                    "Gemeindenetzwerk BE": "gemeindenetzwerk", "ARBES e.V.": "arbes",
                    "Bürgermentorat BW": "buergermentoren", "BBE (Bundesnetzwerk Bürgerschaftliches Engagement)": "bbe",
                    "Landesnetzwerk Engagierte Stadt BW": "engagierte-stadt", "LagEB BW": "lageb",
                    "FaLBE (Fachkräfte im Landesnetzwerk BE)": "lageb"}
# What the public pages are used for, as the Quellen page names it.
BASIS = {"facts": "Tatsachenangaben mit Quellenangabe (kein Text übernommen)"}

SOURCES = [
    {"id": "destatis-gvisys", "title": "Destatis, Gemeindeverzeichnis-Informationssystem GV-ISys (Gebietsstand 31.12.2024)",
     "licence": "dl-de/by-2-0", "licence_url": "https://www.govdata.de/dl-de/by-2-0",
     "attribution": "© Statistisches Bundesamt (Destatis), 2025 (im Auftrag der Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder), Gemeindeverzeichnis-Informationssystem GV-ISys; Daten verändert",
     "url": "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html"},
    {"id": "zensus-2022", "title": "Zensus 2022, Tabelle 1000A-0000",
     "licence": "dl-de/by-2-0", "licence_url": "https://www.govdata.de/dl-de/by-2-0",
     "attribution": "Statistische Ämter des Bundes und der Länder, Zensus 2022, Tabelle 1000A-0000; Daten verändert",
     "url": "https://www.zensus2022.de/"},
    {"id": "bkg-vg250-2020", "title": "BKG, Verwaltungsgebiete 1:250 000 (VG250), Stand 01.01.2020: Kreisgrenzen",
     "licence": "dl-de/by-2-0", "licence_url": "https://www.govdata.de/dl-de/by-2-0",
     "attribution": "© GeoBasis-DE / BKG (2020), Daten verändert",
     "url": "https://gdz.bkg.bund.de/"},
    {"id": "bkg-vg250-2016", "title": "BKG, Verwaltungsgebiete 1:250 000 (VG250), Stand 2016: Gemeindegrenzen",
     "licence": "dl-de/by-2-0", "licence_url": "https://www.govdata.de/dl-de/by-2-0",
     "attribution": "© GeoBasis-DE / BKG (2016), Daten verändert",
     "url": "https://gdz.bkg.bund.de/"},
    {"id": "landesbericht-2004", "title": "Sozialministerium Baden-Württemberg (Hg.): Bürgerschaftliches Engagement und Ehrenamt in Baden-Württemberg – 1. Wissenschaftlicher Landesbericht 2002/2003, Stuttgart 2004",
     "licence": "Zitat", "licence_url": None,
     "attribution": "Quelle: Sozialministerium Baden-Württemberg, 1. Wissenschaftlicher Landesbericht BE 2002/2003 (2004)",
     "url": "https://www.yumpu.com/de/document/view/4579856/burgerschaftliches-engagement-und-ehrenamt-in-baden-wurttemberg",
     "page_date": "2004-04", "read_on": "2026-11-25"},
    {"id": "mrn-news-2025", "title": "MRN-News, 11.07.2025: Landesnetzwerk Engagierte Stadt BW gegründet",
     "licence": "Zitat", "licence_url": None,
     "attribution": "Quelle: MRN-News, 11.07.2025",
     "url": "https://www.mrn-news.de/2025/07/11/heidelberg-lust-auf-engagement-und-beteiligung-landesnetzwerk-engagierte-stadt-bw-gegruendet-593326/",
     "page_date": "2025-07-11", "read_on": "2026-11-25"},
    {"id": "beispiel", "title": "Beispieldaten dieses Projekts (keine amtlichen Angaben)",
     "licence": "CC0-1.0", "licence_url": "https://creativecommons.org/publicdomain/zero/1.0/",
     "attribution": "Beispieldaten, frei erfunden", "url": None},
]


def read_csv(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rb_name(raw):
    return raw.replace("Reg.-Bez. ", "")


def kommunen(rows):
    return [{
        "key": r["ags"], "name": r["name"], "name_official": r["name_official"],
        "type": TYPE_IDS[r["gemeinde_type"]], "kreis": r["kreis_key"], "rb": r["rb_key"],
        "population": int(r["population"]), "area_km2": float(r["area_km2"]), "plz": r["plz"],
        "lat": round(float(r["lat"]), 4), "lon": round(float(r["lon"]), 4),
    } for r in rows]


def kreise(rows):
    return [{
        "key": r["kreis_key"], "name": r["name"], "name_official": r["name_official"],
        "type": TYPE_IDS[r["kreis_type"]], "rb": r["rb_key"], "seat": r["seat"],
        "population": int(r["population"]), "area_km2": float(r["area_km2"]),
        "n_gemeinden": int(r["n_gemeinden"]),
        "lat": round(float(r["seat_lat"]), 4), "lon": round(float(r["seat_lon"]), 4),
    } for r in rows]


def source_id_for(url):
    if "yumpu" in url:
        return "landesbericht-2004"
    if "mrn-news" in url:
        return "mrn-news-2025"
    return "sm-netzwerke"


def page_sources(rows):
    """Public web pages as dataset sources: title, URL, the page's own date and the date read."""
    return [{"id": r["id"], "title": f'{r["publisher"]}: {r["title"]}', "licence": BASIS[r["basis"]],
             "licence_url": None, "attribution": f'Quelle: {r["publisher"]}', "url": r["url"],
             "page_date": r["page_date"] or None, "read_on": r["read_on"]} for r in rows]


def with_organisations(networks, rows):
    """Carrier, Fachberatung, contact page and member count from the public pages; the texts stay editorial."""
    by_id = {r["network"]: r for r in rows}
    out = []
    for n in networks:
        r = by_id[n["id"]]
        n = dict(n, lead_organisation=r["carrier"], source=r["page"])
        n["contact"] = {"web": r["contact_url"], "example": False} if r["contact_url"] else {}
        n["fachberatung"] = r["fachberatung"] or None
        n["members"] = {"value": int(r["members"]), "qualifier": r["members_qualifier"],
                        "unit": {"de": r["members_unit_de"], "en": r["members_unit_en"]},
                        "as_of": r["members_as_of"] or None, "source": r["members_page"]} if r["members"] else None
        out.append(n)
    return out


def fachberatung_people(rows):
    """One record per Fachberatung: the organisation in that role, for the whole Land (no private persons)."""
    return [{"id": f'fb-{r["network"]}', "name": r["fachberatung"], "role": "fachberatung", "network": r["network"],
             "region": "Baden-Württemberg", "kreise": [], "web": r["contact_url"], "source": r["page"], "example": False}
            for r in rows if r["fachberatung"]]


def historic_memberships(rows):
    out = []
    for r in rows:
        out.append({"network": NETWORK_IDS[r["network"]], "member": r["key"],
                    "as_of": r["as_of"], "source": source_id_for(r["url"]), "example": False})
    return out


def example_memberships(spec, gemeinden, taken):
    """A deterministic, evenly spread sample: every n-th eligible Gemeinde by AGS."""
    out = []
    for network, rule in spec.items():
        if network.startswith("_"):
            continue
        pool = sorted((g for g in gemeinden if g["gemeinde_type"] in rule["types"]
                       and (network, g["ags"]) not in taken), key=lambda g: g["ags"])
        step = len(pool) / rule["count"]
        for i in range(rule["count"]):
            out.append({"network": network, "member": pool[int(i * step)]["ags"],
                        "as_of": None, "source": "beispiel", "example": True})
    return out


def facts(rows):
    return [{"network": FACT_NETWORK_IDS.get(r["network"]), "label": r["network"], "metric": r["metric"],
             "value": r["value"], "as_of": r["as_of"] or None, "source_title": r["source_title"], "url": r["url"],
             "read_on": r["read_on"]}
            for r in rows]


def build():
    editorial = json.loads((SRC / "editorial.json").read_text(encoding="utf-8"))
    gem_rows = read_csv("bw_gemeinden.csv")
    kreis_rows = read_csv("bw_kreise.csv")
    hist = historic_memberships(read_csv("bw_be_network_members_historic.csv"))
    taken = {(m["network"], m["member"]) for m in hist}
    rbs = sorted({(r["rb_key"], rb_name(r["rb_name"])) for r in gem_rows})
    orgs = read_csv("network_organisations.csv")
    return {
        "schema_version": SCHEMA_VERSION,
        "stand": editorial["stand"],
        "sources": SOURCES + page_sources(read_csv("public_pages.csv")),
        "operator": editorial["operator"],
        "regierungsbezirke": [{"key": k, "name": n} for k, n in rbs],
        "networks": with_organisations(editorial["networks"], orgs),
        "organisations": editorial["organisations"],
        "facts": facts(read_csv("bw_be_network_facts.csv")),
        "kreise": kreise(kreis_rows),
        "kommunen": kommunen(gem_rows),
        "memberships": hist + example_memberships(editorial["example_memberships"], gem_rows, taken),
        "people": fachberatung_people(orgs) + editorial["people"],
        "fachstellen": editorial["fachstellen"],
        "events": editorial["events"],
        "keb": editorial["keb"],
    }


def render(data):
    # One record per line: readable diffs, small enough to serve.
    lines = ["{"]
    items = list(data.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f'  "{key}": [')
            for j, rec in enumerate(value):
                lines.append("    " + json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
                             + ("," if j < len(value) - 1 else ""))
            lines.append("  ]" + comma)
        else:
            lines.append(f'  "{key}": ' + json.dumps(value, ensure_ascii=False, separators=(",", ":")) + comma)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    return write_or_check(OUT, render(build()), "tools/gen_data.py")


if __name__ == "__main__":
    sys.exit(main())
