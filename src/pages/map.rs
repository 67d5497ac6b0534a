//! The map of the 44 Kreise: coloured by member Gemeinden, hatched for the Landkreisnetzwerk,
//! member Kommunen as points. Each Kreis is a link into the filtered directory; the table
//! underneath holds the same figures for screen readers and print.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::tr;
use crate::app::{use_asset_url, use_data, use_nav};
use crate::components::{Link, PageHead};
use crate::data::load::{fetch_text, next_task};
use crate::i18n::PageKey;
use crate::i18n::{fixed, format_int, Key, Lang};
use crate::model::geo::{colour_class, kreis_figures, parse_map, KreisFigures, MapData, CLASS_BOUNDS, MAP_PATH};
use crate::model::KommuneType;
use crate::routes::Route;

#[derive(Clone)]
enum MapState {
    Loading,
    Failed,
    Ready(MapData),
}

#[component]
pub fn MapPage() -> impl IntoView {
    let data = use_data();
    let state = RwSignal::new(MapState::Loading);
    let url = use_asset_url(MAP_PATH);
    spawn_local(async move {
        // the file arrives while the page is drawn: reading it and drawing the map are tasks
        // of their own, not one long one with the page
        let text = fetch_text(&url).await;
        next_task().await;
        let next = match text.ok().and_then(|text| parse_map(&text).ok()) {
            Some(map) => MapState::Ready(map),
            None => MapState::Failed,
        };
        next_task().await;
        state.try_set(next);
    });
    let figures = kreis_figures(&data);
    let figures_for_map = figures.clone();
    view! {
        <PageHead route=Route::Map/>
        <div class="be-map-layout">
            <figure class="be-map">
                {move || match state.get() {
                    MapState::Loading => view! { <div class="be-map-placeholder" aria-hidden="true"></div> }.into_any(),
                    MapState::Failed => view! { <p class="be-notice" role="alert">{tr(PageKey::MapUnavailable)}</p> }.into_any(),
                    MapState::Ready(map) => view! { <KreisMap map=map figures=figures_for_map.clone()/> }.into_any(),
                }}
                <figcaption><Legend/></figcaption>
            </figure>
            <FiguresTable figures=figures/>
        </div>
    }
}

fn kreis_summary(lang: Lang, f: &KreisFigures) -> String {
    let members = lang
        .t(if f.gemeinden == 1 { PageKey::MapKreisSummaryOne } else { PageKey::MapKreisSummary })
        .replace("{n}", &format_int(lang, f.member_gemeinden as u64))
        .replace("{m}", &format_int(lang, f.gemeinden as u64));
    match f.kind {
        KommuneType::Landkreis => {
            let lkn = if f.landkreisnetzwerk { PageKey::LknMember } else { PageKey::LknNotMember };
            format!("{members}; {}", lang.t(lkn))
        }
        _ => members,
    }
}

#[component]
fn KreisMap(map: MapData, figures: Vec<KreisFigures>) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    // The Kreis under the pointer or keyboard focus: outlined on top, with a tooltip.
    let active = RwSignal::new(None::<usize>);
    let (w, h) = (map.width, map.height);
    let shapes: Vec<(usize, String, KreisFigures, [f64; 2])> = map
        .kreise
        .iter()
        .enumerate()
        .filter_map(|(i, k)| figures.iter().find(|f| f.key == k.key).map(|f| (i, k.d.clone(), f.clone(), k.label)))
        .collect();
    let points: Vec<(f64, f64)> = data
        .gemeinden()
        .filter(|g| data.is_member(&g.key))
        .map(|g| map.projection.project(g.lat, g.lon))
        .collect();
    let outline = {
        let shapes = shapes.clone();
        move || active.get().and_then(|i| shapes.iter().find(|s| s.0 == i)).map(|s| s.1.clone())
    };
    let tooltip = {
        let shapes = shapes.clone();
        move || {
            let lang = nav.lang.get();
            active.get().and_then(|i| shapes.iter().find(|s| s.0 == i)).map(|(_, _, f, [x, y])| {
                let left = (x / w * 100.0).clamp(18.0, 82.0);
                let top = y / h * 100.0;
                view! {
                    // style:… sets the properties through the CSSOM, which a strict CSP allows (a style attribute it blocks)
                    <div class="be-map-tooltip" aria-hidden="true" style:left=format!("{}%", fixed(left, 1, '.')) style:top=format!("{}%", fixed(top, 1, '.'))>
                        <strong>{f.label.clone()}</strong><br/>{kreis_summary(lang, f)}
                    </div>
                }
            })
        }
    };
    view! {
        <div class="be-map-frame">
            // 44 links in the map: keyboard users can jump to the table, which lists the same Kreise
            <a class="be-skip-link" href="#be-map-table" on:click=|ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                crate::app::dom::focus_by_id(&ev, "be-map-table");
            }>{tr(PageKey::SkipMap)}</a>
            <svg class="be-map-svg" viewBox=format!("0 0 {} {}", w as u32, h as u32) role="group" aria-label=tr(PageKey::MapLabel)
                on:mouseleave=move |_| active.set(None)>
                <defs>
                    <pattern id="be-netzwerke-hatch" patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)">
                        <line x1="1" y1="0" x2="1" y2="9" stroke="#1b1b1b" stroke-width="2"></line>
                        <line x1="3.5" y1="0" x2="3.5" y2="9" stroke="#ffffff" stroke-width="2"></line>
                    </pattern>
                </defs>
                {shapes.into_iter().map(|(i, d, f, _)| {
                    let href = {
                        let key = f.key.clone();
                        move || nav.href_in(&Route::Members, &[("kreis", key.as_str())], nav.lang.get())
                    };
                    let key = f.key.clone();
                    let label = { let f = f.clone(); move || format!("{}: {}", f.label, kreis_summary(nav.lang.get(), &f)) };
                    let class = format!("be-map-shape be-map-class-{}", colour_class(f.member_gemeinden));
                    // Inside <g> the macro makes an SVG <a>, not an HTML one.
                    view! {
                        <g><a href=href aria-label=label data-kreis=key.clone()
                            on:click=move |ev| {
                                // SVG links are not routed by leptos_router: navigate ourselves.
                                ev.prevent_default();
                                nav.go(&Route::Members, &[("kreis", key.as_str())], false);
                            }
                            on:mouseenter=move |_| active.set(Some(i))
                            on:focus=move |_| active.set(Some(i))
                            on:blur=move |_| active.set(None)>
                            <path class=class d=d.clone()></path>
                            {f.landkreisnetzwerk.then(|| view! { <path class="be-map-hatch" d=d fill="url(#be-netzwerke-hatch)"></path> })}
                        </a></g>
                    }
                }).collect_view()}
                <g class="be-map-points" aria-hidden="true">
                    {points.into_iter().map(|(x, y)| view! {
                        <circle cx=fixed(x, 1, '.') cy=fixed(y, 1, '.') r="4.5"></circle>
                    }).collect_view()}
                </g>
                <path class="be-map-outline" d=outline aria-hidden="true"></path>
            </svg>
            {tooltip}
        </div>
        <p class="be-muted be-map-attribution">{map.attribution.clone()}</p>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let ranges: Vec<String> = (0..=CLASS_BOUNDS.len())
        .map(|c| match c {
            0 => "0".to_string(),
            c if c == CLASS_BOUNDS.len() => format!("> {}", CLASS_BOUNDS[c - 1]),
            c => format!("{}–{}", CLASS_BOUNDS[c - 1] + 1, CLASS_BOUNDS[c]),
        })
        .collect();
    view! {
        <div class="be-legend">
            <p class="be-legend-title">{tr(PageKey::Legend)} ": " {tr(PageKey::LegendMemberGemeinden)}</p>
            <ul class="be-legend-classes">
                {ranges.into_iter().enumerate().map(|(c, r)| view! {
                    <li><span class=format!("be-swatch be-map-class-{c}") aria-hidden="true"></span>{r}</li>
                }).collect_view()}
            </ul>
            <ul class="be-legend-symbols">
                <li><span class="be-swatch be-swatch-hatch" aria-hidden="true"></span>{tr(PageKey::LegendLkn)}</li>
                <li><span class="be-swatch be-swatch-point" aria-hidden="true"></span>{tr(PageKey::LegendPoint)}</li>
            </ul>
        </div>
    }
}

#[component]
fn FiguresTable(figures: Vec<KreisFigures>) -> impl IntoView {
    let nav = use_nav();
    view! {
        <section class="be-map-table be-scroll" id="be-map-table" aria-labelledby="be-map-table-caption" tabindex="0">
            <table class="be-table">
                <caption id="be-map-table-caption">{tr(PageKey::MapTableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::Kreis)}</th>
                        <th scope="col">{tr(Key::Landkreisnetzwerk)}</th>
                        <th scope="col">{tr(PageKey::MemberGemeinden)}</th>
                    </tr>
                </thead>
                <tbody>
                    {figures.into_iter().map(|f| {
                        let lkn = match (f.kind, f.landkreisnetzwerk) {
                            (KommuneType::Landkreis, true) => tr(PageKey::Yes),
                            (KommuneType::Landkreis, false) => tr(Key::No),
                            _ => tr(PageKey::NotApplicableStadtkreis),
                        };
                        let (n, m) = (f.member_gemeinden as u64, f.gemeinden as u64);
                        view! {
                            <tr data-kreis=f.key.clone()>
                                <th scope="row">
                                    <Link to=Route::Members query=vec![("kreis", f.key.clone())]>{f.label.clone()}</Link>
                                </th>
                                <td>{lkn}</td>
                                <td>{move || {
                                    let lang = nav.lang.get();
                                    format!("{} {} {}", format_int(lang, n), lang.t(PageKey::OutOf), format_int(lang, m))
                                }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
