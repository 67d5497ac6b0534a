//! The generated map asset: every Kreis present with the right key, paths inside the viewBox,
//! and the figures the map colours by.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use be_netzwerke::model::geo::{kreis_figures, parse_map, MapData};
use be_netzwerke::model::{parse_dataset, KommuneType};

const MAP: &str = include_str!("../data/be-karte.json");

fn map() -> MapData {
    parse_map(MAP).expect("map asset parses")
}

/// The absolute points of an "M x y l dx dy … z" path.
fn points(d: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let (mut x, mut y) = (0.0, 0.0);
    let mut cmd = ' ';
    let mut num = String::new();
    let mut nums: Vec<f64> = Vec::new();
    let flush = |num: &mut String, nums: &mut Vec<f64>| {
        if !num.is_empty() {
            nums.push(num.parse().expect("number"));
            num.clear();
        }
    };
    for c in d.chars().chain(std::iter::once('z')) {
        match c {
            'M' | 'l' | 'z' => {
                flush(&mut num, &mut nums);
                for pair in nums.chunks(2) {
                    assert_eq!(pair.len(), 2, "coordinates come in pairs");
                    if cmd == 'M' { (x, y) = (pair[0], pair[1]); } else { x += pair[0]; y += pair[1]; }
                    out.push((x, y));
                }
                nums.clear();
                cmd = c;
            }
            '-' => { flush(&mut num, &mut nums); num.push(c); }
            ' ' => flush(&mut num, &mut nums),
            c if c.is_ascii_digit() || c == '.' => num.push(c),
            other => panic!("unexpected {other:?} in path"),
        }
    }
    out
}

#[test]
fn the_map_has_all_44_kreise_with_their_keys() {
    let model = parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap();
    let m = map();
    let keys: BTreeSet<&str> = m.kreise.iter().map(|k| k.key.as_str()).collect();
    let expected: BTreeSet<&str> = model.kreise.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(m.kreise.len(), 44);
    assert_eq!(keys, expected);
    assert!(model.sources.iter().any(|s| s.id == m.source), "the map's source is listed with its licence");
}

#[test]
fn every_path_is_closed_drawable_and_inside_the_viewbox() {
    let m = map();
    for k in &m.kreise {
        assert!(k.d.starts_with('M') && k.d.ends_with('z'), "{}", k.key);
        let pts = points(&k.d);
        assert!(pts.len() >= 20, "{} has only {} points", k.key, pts.len());
        for (x, y) in pts {
            assert!((0.0..=m.width).contains(&x) && (0.0..=m.height).contains(&y), "{} point {x},{y}", k.key);
        }
        let [lx, ly] = k.label;
        assert!((0.0..=m.width).contains(&lx) && (0.0..=m.height).contains(&ly));
    }
}

#[test]
fn town_halls_project_into_their_kreis_bounding_box() {
    let model = parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap();
    let m = map();
    for k in &m.kreise {
        let pts = points(&k.d);
        let (min_x, max_x) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (min_y, max_y) = pts.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        for g in model.gemeinden().filter(|g| g.kreis == k.key) {
            let (x, y) = m.projection.project(g.lat, g.lon);
            assert!(x >= min_x - 2.0 && x <= max_x + 2.0 && y >= min_y - 2.0 && y <= max_y + 2.0, "{} outside {}", g.name, k.key);
        }
    }
}

#[test]
fn the_asset_stays_small() {
    assert!(MAP.len() < 60_000, "{} bytes uncompressed", MAP.len());
}

#[test]
fn figures_count_members_per_kreis() {
    let model = parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap();
    let figures = kreis_figures(&model);
    assert_eq!(figures.len(), 44);
    let ortenau = figures.iter().find(|f| f.key == "08317").unwrap();
    assert_eq!(ortenau.label, "Ortenaukreis");
    assert_eq!(ortenau.gemeinden, model.gemeinden().filter(|g| g.kreis == "08317").count());
    assert_eq!(ortenau.directory_rows, ortenau.gemeinden + 1);
    let lkn = figures.iter().filter(|f| f.landkreisnetzwerk).count();
    assert_eq!(lkn, model.members_of("landkreisnetzwerk").count());
    assert!(figures.iter().filter(|f| f.kind == KommuneType::Stadtkreis).all(|f| f.gemeinden == 1 && !f.landkreisnetzwerk));
    let members: usize = figures.iter().map(|f| f.member_gemeinden).sum();
    assert_eq!(members, model.gemeinden().filter(|g| model.is_member(&g.key)).count());
}
