//! "Herunterladen": the rows of the current view as CSV or JSON, with their licence named
//! next to the buttons.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{today, use_data, use_nav};
use crate::components::download::{download, file_name};
use crate::components::Link;
use crate::export::files::{csv, json, FileMeta, CSV_MIME, JSON_MIME};
use crate::export::table::{Cell, Dataset};
use crate::i18n::Key;
use crate::i18n::PageKey;
use crate::routes::Route;

#[component]
pub fn DownloadBar(dataset: Dataset, rows: Callback<(), Vec<Vec<Cell>>>, count: Signal<usize>) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let failed = RwSignal::new(false);
    let save = move |as_json: bool| {
        let rows = rows.run(());
        let today = today();
        let view_url = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let lang = nav.lang.get_untracked();
        let title = format!("{} – {}", lang.t(Key::AppName), lang.t(title_key(dataset)));
        let meta = FileMeta { title: &title, stand: &data.stand, exported: &today, view_url: &view_url };
        let ok = if as_json {
            download(&file_name(dataset.topic(), &today, "json"), JSON_MIME, &json(&data, dataset, &rows, &meta))
        } else {
            download(&file_name(dataset.topic(), &today, "csv"), CSV_MIME, &csv(&data, dataset, &rows, &meta))
        };
        failed.set(!ok);
    };
    let licence = match dataset {
        Dataset::Kommunen => PageKey::LicenceKommunen,
        Dataset::People | Dataset::Events => PageKey::LicenceExamples,
    };
    view! {
        // folded: before the list it takes one line; nothing to download, no offer
        <details class="be-download" hidden=move || count.get() == 0>
            <summary class="be-download-title">
                {tr(PageKey::Download)} " "
                <span class="be-muted">{move || crate::i18n::count(nav.lang.get(), count.get() as u64, PageKey::DownloadRowOne, PageKey::DownloadRows)}</span>
            </summary>
            <div class="be-download-buttons">
                <button type="button" class="be-button be-button-secondary"
                    on:click={ let save = save.clone(); move |_| save(false) }>{tr(PageKey::DownloadCsv)}</button>
                <button type="button" class="be-button be-button-secondary"
                    on:click=move |_| save(true)>{tr(PageKey::DownloadJson)}</button>
            </div>
            <p class="be-muted be-download-licence">
                {tr(licence)} " "
                <Link to=Route::OffeneDaten>{tr(PageKey::OpenDataDocs)}</Link>
            </p>
            {move || (failed.get()).then(|| view! {
                <p class="be-error-text" role="alert">{tr(PageKey::DownloadFailed)}</p>
            })}
        </details>
    }
}

fn title_key(dataset: Dataset) -> Key {
    match dataset {
        Dataset::Kommunen => Key::DirectoryTitle,
        Dataset::People => Key::People,
        Dataset::Events => Key::EventsTitle,
    }
}
