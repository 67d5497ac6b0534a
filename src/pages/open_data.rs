//! "Offene Daten": every exported field (from the same column definitions the files use),
//! the full JSON feed with its schema, and the licences.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{use_asset_url, use_data, use_nav};
use crate::components::{Link, PageHead, WebLink};
use crate::data::load::BUNDLED_PATH;
use crate::export::table::Dataset;
use crate::i18n::PageKey;
use crate::i18n::Key;
use crate::model::geo::MAP_PATH;
use crate::routes::Route;

const SCHEMA_PATH: &str = "data/be-netzwerke.schema.json";

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let links = [
        (PageKey::Dataset, use_asset_url(BUNDLED_PATH)),
        (PageKey::JsonSchema, use_asset_url(SCHEMA_PATH)),
        (PageKey::MapGeometry, use_asset_url(MAP_PATH)),
    ];
    let sources = data.sources.clone();
    view! {
        <PageHead route=Route::OffeneDaten/>
        <section aria-labelledby="be-od-feed">
            <h2 class="be-h2" id="be-od-feed">{tr(PageKey::OpenDataFeed)}</h2>
            <p>{tr(PageKey::OpenDataFeedText)}</p>
            <ul>
                {links.into_iter().map(|(key, url)| view! {
                    <li>{tr(key)} ": " <a href=url.clone() class="be-url" rel="external">{url.clone()}</a></li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="be-od-csv">
            <h2 class="be-h2" id="be-od-csv">{tr(PageKey::CsvFormat)}</h2>
            <p>{tr(PageKey::CsvFormatText)}</p>
        </section>
        {Dataset::ALL.into_iter().map(|d| {
            let (title, list) = match d {
                Dataset::Kommunen => (Key::DirectoryTitle, Route::Members),
                Dataset::People => (Key::People, Route::People),
                Dataset::Events => (Key::EventsTitle, Route::Events),
            };
            let id = format!("be-od-{}", d.topic());
            let labelled = id.clone();
            view! {
                <section aria-labelledby=labelled>
                    <h2 class="be-h2" id=id.clone()>{tr(title)} ": " {tr(PageKey::FieldsOf)}</h2>
                    <p>
                        <Link to=list>{tr(title)}</Link>
                        " · be-netzwerke_" {d.topic()} "_JJJJ-MM-TT.csv / .json"
                    </p>
                    <div class="be-scroll" tabindex="0" role="region" aria-labelledby=id>
                        <table class="be-table be-fields">
                            <thead>
                                <tr>
                                    <th scope="col">{tr(Key::Field)}</th>
                                    <th scope="col">{tr(Key::Type)}</th>
                                    <th scope="col">{tr(PageKey::Meaning)}</th>
                                    <th scope="col">{tr(PageKey::ExampleValue)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {d.columns().iter().map(|c| {
                                    let c = *c;
                                    view! {
                                        <tr>
                                            <th scope="row"><code>{c.name}</code></th>
                                            <td>{move || c.kind.label(nav.lang.get().is_en())}</td>
                                            <td>{move || if nav.lang.get().is_en() { c.en } else { c.de }}</td>
                                            <td><code>{c.example}</code></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
            }
        }).collect_view()}
        <section aria-labelledby="be-od-licences">
            <h2 class="be-h2" id="be-od-licences">{tr(PageKey::LicencesTitle)}</h2>
            <ul class="be-list">
                {sources.into_iter().map(|s| view! {
                    <li>
                        <strong>{s.title.clone()}</strong><br/>
                        {s.attribution.clone()} " — "
                        {match s.licence_url.clone() {
                            Some(u) => view! { <WebLink url=u label=s.licence.clone()/> }.into_any(),
                            None => view! { <span>{s.licence.clone()}</span> }.into_any(),
                        }}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
