//! The directory search with real names: the examples from the issue, typo tolerance,
//! ranking, and facets. Runs natively against the bundled dataset.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use be_netzwerke::model::{parse_dataset, KommuneType, Model};
use be_netzwerke::search::{page_of, Directory, DirectoryFilter, Match, Sort, PAGE_SIZE};
use be_netzwerke::routes::parse_query;

fn data() -> &'static (Model, Directory) {
    static DATA: OnceLock<(Model, Directory)> = OnceLock::new();
    DATA.get_or_init(|| {
        let model = parse_dataset(include_str!("../data/be-netzwerke.json")).expect("bundled data is valid");
        let directory = Directory::new(&model);
        (model, directory)
    })
}

/// Names of the ranked hits for a query.
fn names(query: &str) -> Vec<String> {
    let (model, dir) = data();
    dir.index(model).search(query).iter().map(|h| model.kommunen[h.doc as usize].name.clone()).collect()
}

fn keys(query: &str) -> Vec<String> {
    let (model, dir) = data();
    dir.index(model).search(query).iter().map(|h| model.kommunen[h.doc as usize].key.clone()).collect()
}

fn top(query: &str) -> String {
    names(query).into_iter().next().unwrap_or_else(|| panic!("no hit for {query:?}"))
}

#[test]
fn the_issue_examples_find_the_right_kommune_first() {
    assert_eq!(top("villingen schwenningen"), "Villingen-Schwenningen");
    assert_eq!(top("schwabisch gmund"), "Schwäbisch Gmünd");
    assert_eq!(top("st blasien"), "St. Blasien");
    assert_eq!(top("sankt blasien"), "St. Blasien");
    assert_eq!(top("weil a rhein"), "Weil am Rhein");
    assert_eq!(top("badsackingen"), "Bad Säckingen");
    assert_eq!(top("77652"), "Offenburg");
}

#[test]
fn freiburg_finds_the_stadtkreis_first() {
    let (model, dir) = data();
    let first = &model.kommunen[dir.index(model).search("Freiburg")[0].doc as usize];
    assert_eq!(first.name, "Freiburg im Breisgau");
    assert_eq!(first.kind, KommuneType::Stadtkreis);
}

#[test]
fn a_kreis_key_finds_the_kreis_then_all_its_gemeinden() {
    let k = keys("08317");
    assert_eq!(k[0], "08317", "Ortenaukreis itself first");
    let (model, _) = data();
    let in_kreis = model.gemeinden().filter(|g| g.kreis == "08317").count();
    assert_eq!(k.len(), in_kreis + 1);
    assert!(k[1..].iter().all(|key| key.starts_with("08317") && key.len() == 8));
    // the largest Gemeinde of the Kreis leads the rest
    assert_eq!(names("08317")[1], "Offenburg");
}

#[test]
fn an_ags_finds_exactly_that_gemeinde() {
    assert_eq!(names("08317096"), vec!["Offenburg"]);
}

#[test]
fn umlaut_spellings_and_case_are_equivalent() {
    for q in ["Schwäbisch Gmünd", "SCHWAEBISCH GMUEND", "schwabisch gmünd", "Schwäbisch-Gmünd"] {
        assert_eq!(top(q), "Schwäbisch Gmünd", "{q}");
    }
    assert_eq!(top("Loerrach"), "Lörrach");
    assert_eq!(top("Weissach"), "Weissach");
    assert_eq!(top("Weißach"), "Weissach");
}

#[test]
fn one_typo_is_forgiven_in_words_of_five_letters_or_more() {
    assert_eq!(top("Stutgart"), "Stuttgart");
    assert_eq!(top("Heidelbreg"), "Heidelberg");
    assert_eq!(top("Offenbrug"), "Offenburg");
    assert_eq!(top("Tübigen"), "Tübingen");
    // the typo may be in the first letters too
    assert_eq!(top("Ztuttgart"), "Stuttgart");
    assert_eq!(top("tuttgart"), "Stuttgart");
    assert_eq!(top("tSuttgart"), "Stuttgart");
    assert_eq!(top("Sstuttgart"), "Stuttgart");
    // two typos are too many
    assert!(names("Stutgrat").iter().all(|n| n != "Stuttgart"));
    // short words must be spelled right: "Ulm" with a typo finds no Ulm
    assert!(!names("Ulk").contains(&"Ulm".to_string()));
}

#[test]
fn ranking_is_exact_then_prefix_then_fuzzy_with_population_breaking_ties() {
    let (model, dir) = data();
    let hits = dir.index(model).search("Weil");
    let q: Vec<Match> = hits.iter().map(|h| h.quality).collect();
    assert!(q.windows(2).all(|w| w[0] <= w[1]), "qualities are sorted: {q:?}");
    let exact: Vec<&str> = hits
        .iter()
        .filter(|h| h.quality == Match::Exact)
        .map(|h| model.kommunen[h.doc as usize].name.as_str())
        .collect();
    // the three towns with the word "Weil", the largest first
    assert_eq!(exact, vec!["Weil am Rhein", "Weil der Stadt", "Weil im Schönbuch"]);
    // prefix hits ("Weilheim …") come after them
    let first_prefix = hits.iter().position(|h| h.quality == Match::Prefix).expect("prefix hits");
    assert!(model.kommunen[hits[first_prefix].doc as usize].name.starts_with("Weil"));
    // a typo ranks below the correctly typed prefix
    let hits = dir.index(model).search("Offenbur");
    assert_eq!(model.kommunen[hits[0].doc as usize].name, "Offenburg");
    assert_eq!(hits[0].quality, Match::Prefix);
    assert!(hits[1..].iter().all(|h| h.quality >= Match::Prefix));
}

#[test]
fn prefix_search_while_typing_key_by_key() {
    let typed = "Heidelberg";
    for n in 3..=typed.len() {
        let prefix = &typed[..n];
        assert_eq!(top(prefix), "Heidelberg", "the largest town starting with {prefix:?}");
    }
    assert_eq!(top("Karlsr"), "Karlsruhe");
}

#[test]
fn the_city_comes_before_the_landkreis_of_the_same_name() {
    let k = keys("Karlsruhe");
    assert_eq!(&k[..2], ["08212000", "08215"]);
    assert_eq!(top("Landkreis Karlsruhe"), "Karlsruhe");
    assert_eq!(keys("Landkreis Karlsruhe")[0], "08215");
}

#[test]
fn a_kreis_name_finds_the_gemeinden_in_it_after_the_kreis() {
    let (model, _) = data();
    let k = keys("Ortenaukreis");
    assert_eq!(k[0], "08317");
    assert_eq!(k.len(), 1 + model.gemeinden().filter(|g| g.kreis == "08317").count());
}

#[test]
fn hostile_or_empty_queries_return_nothing_and_never_panic() {
    assert!(names("").is_empty());
    assert!(names("   ").is_empty());
    assert!(names("<script>alert(1)</script>").is_empty());
    assert!(names("xyzxyzxyz").is_empty());
    let _ = names(&"ä".repeat(10_000));
    let _ = names("%%%---...");
}

fn filter(query: &str) -> DirectoryFilter {
    DirectoryFilter::from_query(&parse_query(query))
}

#[test]
fn facets_combine_and_the_url_round_trips() {
    let (model, dir) = data();
    let f = filter("kreis=08317&typ=stadt&sortierung=einwohner");
    let rows = dir.apply(model, &f);
    assert!(!rows.is_empty());
    for &i in &rows {
        assert_eq!(model.kommunen[i].kreis, "08317");
        assert_eq!(model.kommunen[i].kind, KommuneType::Stadt);
    }
    let pops: Vec<u32> = rows.iter().map(|&i| model.kommunen[i].population).collect();
    assert!(pops.windows(2).all(|w| w[0] >= w[1]));
    let back = filter(&be_netzwerke::routes::build_query(f.to_query().iter().map(|(k, v)| (*k, v.as_str()))));
    assert_eq!(back, f);
}

#[test]
fn network_and_member_facets_follow_the_memberships() {
    let (model, dir) = data();
    let staedte = dir.apply(model, &filter("netzwerk=staedtenetzwerk"));
    let expected = model.members_of("staedtenetzwerk").count();
    assert_eq!(staedte.len(), expected);
    assert!(staedte.iter().any(|&i| model.kommunen[i].name == "Freiburg im Breisgau"));
    let members = dir.apply(model, &filter("mitglied=ja")).len();
    let others = dir.apply(model, &filter("mitglied=nein")).len();
    assert_eq!(members + others, model.kommunen.len());
    assert!(members > 0 && others > 0);
    let rb = dir.apply(model, &filter("rb=083&typ=landkreis"));
    assert!(rb.iter().all(|&i| model.kommunen[i].rb == "083" && model.kommunen[i].kind == KommuneType::Landkreis));
    assert_eq!(rb.len(), model.kreise.iter().filter(|k| k.rb == "083" && k.kind == KommuneType::Landkreis).count());
}

#[test]
fn search_words_and_facets_narrow_together_and_sort_by_name() {
    let (model, dir) = data();
    let rows = dir.apply(model, &filter("q=bad&rb=083&sortierung=name"));
    let names: Vec<&str> = rows.iter().map(|&i| model.kommunen[i].name.as_str()).collect();
    assert!(names.contains(&"Bad Säckingen"));
    assert!(!names.contains(&"Bad Mergentheim"), "Regierungsbezirk Stuttgart is filtered out");
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| be_netzwerke::search::normalize(n));
    assert_eq!(names, sorted);
}

#[test]
fn unknown_url_values_fall_back_to_no_filter() {
    let f = filter("typ=schloss&mitglied=vielleicht&sortierung=zufall&seite=-3");
    assert_eq!(f, DirectoryFilter { page: 1, sort: Sort::Relevance, ..Default::default() });
}

#[test]
fn pages_hold_fifty_rows_and_clamp_past_the_end() {
    let (model, dir) = data();
    let rows = dir.apply(model, &filter(""));
    assert_eq!(rows.len(), 1101 + 35);
    let (first, page, pages) = page_of(&rows, 1);
    assert_eq!((first.len(), page, pages), (PAGE_SIZE, 1, rows.len().div_ceil(PAGE_SIZE)));
    let (last, page, _) = page_of(&rows, 999);
    assert_eq!(page, pages);
    assert_eq!(last.len(), rows.len() - (pages - 1) * PAGE_SIZE);
    assert_eq!(page_of(&[], 3).2, 1);
}
