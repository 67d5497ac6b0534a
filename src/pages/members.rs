//! The member directory over all Kommunen: search, facets, sort and paging. The whole
//! state lives in the URL query, so back/forward and shared links restore it exactly.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{use_data, use_directory, use_nav};
use crate::components::{DownloadBar, ExampleBadge, Facet, Link, PageHead};
use crate::export::table::{kommune_rows, Dataset};
use crate::i18n::PageKey;
use crate::i18n::{format_int, Key, Lang};
use crate::model::{KommuneType, Model};
use crate::routes::{parse_query, Route};
use crate::search::{page_of, DirectoryFilter, Sort, PAGE_SIZE};

#[component]
pub fn MembersPage() -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let directory = use_directory();
    let t = move |k| nav.lang.get().t(k);
    let filter = Memo::new(move |_| DirectoryFilter::from_query(&parse_query(&nav.query.get())));
    let data_for_export = data.clone();
    // The search index is not needed for the first view (unless it has a query): built when the
    // search field gets focus, before the first keystroke, and not in the page's start-up.
    let build_index = {
        let (directory, data) = (directory.clone(), data.clone());
        move |_| {
            let index = directory.index(&data);
            // the first searches run the wasm's baseline code; a few now get it optimised before the first keystroke
            for q in ["s", "e", "a"] {
                let _ = index.search(q);
            }
        }
    };
    let rows = {
        let data = data.clone();
        Memo::new(move |_| filter.with(|f| directory.apply(&data, f)))
    };
    // Its own memo: an effect reading `rows` (unchanged) and `filter` (changed) was not
    // re-run when only the page changed (reactive_graph 0.2).
    let page = Memo::new(move |_| filter.with(|f| f.page));
    // Facet changes are history entries; typing replaces the entry so Back leaves the search.
    let update = move |change: &dyn Fn(&mut DirectoryFilter), replace: bool| {
        let mut f = filter.get_untracked();
        change(&mut f);
        f.page = 1;
        let pairs = f.to_query();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        nav.go(&Route::Members, &pairs, replace);
    };
    let on_search = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        update(&|f| f.q = v.clone(), true);
    };
    let networks: Vec<(String, String)> = data
        .networks
        .iter()
        .filter(|n| data.members_of(&n.id).any(|m| data.kommune(&m.member).is_some()))
        .map(|n| (n.id.clone(), n.short_name.clone()))
        .collect();
    let mut kreise: Vec<(String, String)> = data.kreise.iter().map(|k| (k.key.clone(), k.label())).collect();
    crate::order::sort_list(&mut kreise, |a, b| crate::model::kreis_sort_key(&a.1).cmp(&crate::model::kreis_sort_key(&b.1)));
    let rbs: Vec<(String, String)> = data.regierungsbezirke.iter().map(|r| (r.key.clone(), r.name.clone())).collect();
    let kinds: Vec<(String, Key)> = KommuneType::ALL.iter().map(|k| (k.id().to_string(), Key::kommune_type(*k))).collect();

    let filters_open = filter.with_untracked(|f| f.active_facets() > 0) || crate::app::dom::is_wide_screen();
    view! {
        <PageHead route=Route::Members/>
        <form class="be-directory-form" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="be-field be-field-wide">
                <label for="be-members-q">{tr(Key::SearchLabel)}</label>
                <p class="be-hint" id="be-members-q-hint">{tr(PageKey::SearchHint)}</p>
                <input id="be-members-q" name="q" type="search" class="be-input" autocomplete="off" spellcheck="false"
                    aria-describedby="be-members-q-hint" aria-controls="be-results"
                    prop:value=move || filter.with(|f| f.q.clone()) on:focus=build_index on:input=on_search/>
            </div>
            // on a phone the filters wait behind a disclosure, so the results follow the search box
            <details class="be-filters" open=filters_open>
            <summary>
                {tr(PageKey::Filters)}
                {move || match filter.with(|f| f.active_facets()) { 0 => String::new(), n => format!(" ({})", tr(PageKey::FiltersActive).replace("{n}", &n.to_string())) }}
            </summary>
            <fieldset class="be-facets">
                <legend class="be-visually-hidden">{tr(PageKey::Filters)}</legend>
                <Facet id="netzwerk" label=tr(Key::Network) options=networks.into_iter().map(|(v, l)| (v, Signal::stored(l))).collect()
                    value=Signal::derive(move || filter.with(|f| f.network.clone()))
                    on_change=move |v: String| update(&|f| f.network = v.clone(), false)/>
                <Facet id="kreis" label=tr(Key::Kreis) options=kreise.into_iter().map(|(v, l)| (v, Signal::stored(l))).collect()
                    value=Signal::derive(move || filter.with(|f| f.kreis.clone()))
                    on_change=move |v: String| update(&|f| f.kreis = v.clone(), false)/>
                <Facet id="rb" label=tr(PageKey::Regierungsbezirk) options=rbs.into_iter().map(|(v, l)| (v, Signal::stored(l))).collect()
                    value=Signal::derive(move || filter.with(|f| f.rb.clone()))
                    on_change=move |v: String| update(&|f| f.rb = v.clone(), false)/>
                <Facet id="typ" label=tr(Key::Type)
                    options=kinds.into_iter().map(|(v, k)| (v, Signal::derive(move || t(k).to_string()))).collect()
                    value=Signal::derive(move || filter.with(|f| f.kind.map(|k| k.id().to_string()).unwrap_or_default()))
                    on_change=move |v: String| update(&|f| f.kind = KommuneType::from_id(&v), false)/>
                <Facet id="mitglied" label=tr(PageKey::MemberFilter)
                    options=vec![
                        ("ja".to_string(), Signal::derive(move || nav.lang.get().t(PageKey::Yes).to_string())),
                        ("nein".to_string(), Signal::derive(move || t(Key::No).to_string())),
                    ]
                    value=Signal::derive(move || filter.with(|f| match f.member { Some(true) => "ja".into(), Some(false) => "nein".into(), None => String::new() }))
                    on_change=move |v: String| update(&|f| f.member = match v.as_str() { "ja" => Some(true), "nein" => Some(false), _ => None }, false)/>
                <div class="be-field">
                    <label for="be-f-sortierung">{tr(PageKey::SortBy)}</label>
                    <select id="be-f-sortierung" class="be-select"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            update(&|f| f.sort = Sort::ALL.into_iter().find(|s| s.id() == v).unwrap_or_default(), false)
                        }>
                        {Sort::ALL.into_iter().map(|s| {
                            let key = match s { Sort::Relevance => PageKey::SortRelevance, Sort::Name => PageKey::SortName, Sort::Population => PageKey::SortPopulation };
                            view! { <option value=s.id() selected=move || filter.with(|f| f.sort == s)>{tr(key)}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </fieldset>
            </details>
            {move || (filter.with(|f| f.is_filtered())).then(|| view! {
                <p><Link to=Route::Members>{tr(PageKey::ResetFilters)}</Link></p>
            })}
        </form>
        // the live region sits inside the heading: a heading may not take the status role itself
        <h2 class="be-result-count">
            <span role="status" aria-live="polite" aria-atomic="true" id="be-result-count">
                {move || count_text(nav.lang.get(), rows.with(|r| r.len()), page.get())}
            </span>
        </h2>
        <DownloadBar dataset=Dataset::Kommunen
            rows=Callback::new({ let data = data_for_export.clone(); move |_| rows.with_untracked(|r| kommune_rows(&data, r)) })
            count=Signal::derive(move || rows.with(|r| r.len()))/>
        <ul class="be-results" id="be-results">
            {move || {
                let page = page.get();
                rows.with(|r| page_of(r, page).0.iter().map(|&i| view! { <ResultRow model=data.clone() index=i/> }).collect_view())
            }}
        </ul>
        {move || (rows.with(|r| r.is_empty())).then(|| view! {
            <p>{tr(PageKey::NoResults)}</p>
        })}
        {move || {
            let (page, pages) = rows.with(|r| { let (_, p, n) = page_of(r, filter.with(|f| f.page)); (p, n) });
            (pages > 1).then(|| view! { <Pagination filter=filter.get() page=page pages=pages/> })
        }}
    }
}

fn count_text(lang: Lang, total: usize, page: usize) -> String {
    let pages = total.div_ceil(PAGE_SIZE);
    if pages <= 1 {
        return crate::i18n::count(lang, total as u64, Key::ResultOne, Key::Results);
    }
    let page = page.clamp(1, pages);
    let from = (page - 1) * PAGE_SIZE + 1;
    let to = (page * PAGE_SIZE).min(total);
    lang.t(Key::ResultsShown)
        .replace("{from}", &format_int(lang, from as u64))
        .replace("{to}", &format_int(lang, to as u64))
        .replace("{total}", &format_int(lang, total as u64))
}

#[component]
fn ResultRow(model: std::sync::Arc<Model>, index: usize) -> impl IntoView {
    let nav = use_nav();
    let k = &model.kommunen[index];
    let kind = k.kind;
    let population = k.population as u64;
    let (key, name) = (k.key.clone(), k.display_name());
    let kreis = (kind != KommuneType::Landkreis && kind != KommuneType::Stadtkreis)
        .then(|| model.kreis(&k.kreis).map(|kr| kr.label()))
        .flatten();
    let memberships: Vec<(String, String, bool)> = model
        .memberships_of(&k.key)
        .filter_map(|m| model.network(&m.network).map(|n| (n.id.clone(), n.short_name.clone(), m.example)))
        .collect();
    view! {
        <li>
            <Link to=Route::Kommune(key)>{name}</Link>
            <span class="be-muted be-row-meta">
                {tr(Key::kommune_type(kind))}
                {kreis.map(|kr| format!(" · {kr}"))}
                " · " {move || format_int(nav.lang.get(), population)} " " {tr(PageKey::Inhabitants)}
            </span>
            {(!memberships.is_empty()).then(|| view! {
                <ul class="be-tags" aria-label=tr(PageKey::Memberships)>
                    {memberships.into_iter().map(|(id, short, example)| view! {
                        <li data-network=id>{short} {example.then(|| view! { " " <ExampleBadge/> })}</li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

#[component]
fn Pagination(filter: DirectoryFilter, page: usize, pages: usize) -> impl IntoView {
    let nav = use_nav();
    let link_to = move |p: usize| {
        let mut f = filter.clone();
        f.page = p;
        f.to_query()
    };
    let label = move || {
        nav.lang.get().t(PageKey::PageOf).replace("{page}", &page.to_string()).replace("{pages}", &pages.to_string())
    };
    view! {
        <nav class="be-pagination" aria-label=tr(PageKey::Pagination)>
            {(page > 1).then(|| view! {
                <Link to=Route::Members query=link_to(page - 1) class="be-pagination-prev">
                    <span aria-hidden="true">"‹ "</span>{tr(PageKey::PreviousPage)}
                </Link>
            })}
            <span class="be-pagination-status">{label}</span>
            {(page < pages).then(|| view! {
                <Link to=Route::Members query=link_to(page + 1) class="be-pagination-next">
                    {tr(PageKey::NextPage)}<span aria-hidden="true">" ›"</span>
                </Link>
            })}
        </nav>
    }
}
