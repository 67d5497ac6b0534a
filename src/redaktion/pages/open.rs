//! Opening a dataset: the application's own (bundled or `data-source`), or a file from disk
//! (picker or drop). What is open, where it came from, and that it is kept on this device.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::{tr, use_asset_url, use_nav, AppContext};
use crate::data::load::BUNDLED_PATH;
use crate::i18n::describe_data_error;
use crate::model::{DataError, MAX_BYTES};
use crate::redaktion::desk::use_desk;
use crate::redaktion::domain::texts::RedKey;

#[component]
pub fn OpenPanel() -> impl IntoView {
    let desk = use_desk();
    let lang = use_nav().lang.get_untracked();
    let ctx = expect_context::<AppContext>();
    // the file publishing replaces (data-publish), else the dataset the app shows: its data-source
    // when that loaded, else the bundled file
    let app_url = crate::redaktion::publish::target()
        .or_else(|| ctx.loaded.external_source.clone())
        .unwrap_or_else(|| use_asset_url(BUNDLED_PATH));
    let problems = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    let opened = move |result: Result<(), Vec<DataError>>| {
        busy.set(false);
        problems.set(match result {
            Ok(()) => Vec::new(),
            Err(errors) => errors.iter().map(|e| describe_data_error(lang, e)).collect(),
        });
    };
    let open_app = move |_| {
        let url = app_url.clone();
        busy.set(true);
        spawn_local(async move {
            let result = match crate::redaktion::publish::current(&url).await {
                Some((text, etag)) => desk.open(&text, String::new(), etag),
                None => Err(vec![DataError::new(crate::model::DataErrorKind::Network, "")]),
            };
            opened(result);
        });
    };
    let open_file = move |file: web_sys::File| {
        if file.size() > MAX_BYTES as f64 {
            return opened(Err(vec![DataError::new(crate::model::DataErrorKind::TooLarge { bytes: file.size() as usize }, "")]));
        }
        busy.set(true);
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
            opened(desk.open(&text, file.name(), None));
        });
    };
    let on_pick = {
        let open_file = open_file.clone();
        move |ev: leptos::ev::Event| {
            let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
            if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
                open_file(file);
            }
            if let Some(i) = input {
                i.set_value("");
            }
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            open_file(file);
        }
    };
    let status = move || {
        desk.read(|s| {
            s.working.as_ref().map(|w| {
                let origin = if s.origin.is_empty() { tr(RedKey::OriginApp).to_string() } else { s.origin.clone() };
                let opened_stand = s.opened.as_ref().map(|o| o.stand.clone()).unwrap_or_else(|| w.stand.clone());
                let text = tr(RedKey::OpenedFrom).replace("{origin}", &origin).replace("{stand}", &opened_stand);
                (text, s.not_kept)
            })
        })
    };
    let discard = move |_| {
        let sure = web_sys::window().and_then(|w| w.confirm_with_message(tr(RedKey::DiscardConfirm)).ok()).unwrap_or(false);
        if sure {
            desk.discard();
        }
    };
    view! {
        <section aria-labelledby="red-dataset" class="be-red-section">
            <h2 class="be-h2" id="red-dataset">{tr(RedKey::DatasetTitle)}</h2>
            {move || match status() {
                Some((text, not_kept)) => view! {
                    <p><strong>{text}</strong></p>
                    <p class=if not_kept { "be-notice be-notice-warning" } else { "be-hint" }>
                        {tr(if not_kept { RedKey::NotKept } else { RedKey::KeptHere })}
                    </p>
                    <p><button type="button" class="be-button be-button-secondary" on:click=discard>{tr(RedKey::Discard)}</button></p>
                }.into_any(),
                None => view! {
                    <p>{tr(RedKey::NothingOpen)}</p>
                    <div class="be-drop" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop.clone()>
                        <p><button type="button" class="be-button" on:click=open_app.clone() disabled=move || busy.get()>{tr(RedKey::OpenApp)}</button></p>
                        <div class="be-field">
                            <label class="be-label" for="red-datei">{tr(RedKey::OpenFile)}</label>
                            <p class="be-hint" id="red-datei-hint">{tr(RedKey::DropHint)}</p>
                            <input class="be-file" type="file" id="red-datei" accept=".json,application/json" aria-describedby="red-datei-hint" on:change=on_pick.clone()/>
                        </div>
                    </div>
                }.into_any(),
            }}
            <div aria-live="polite">
                {move || busy.get().then(|| view! { <p>{tr(RedKey::Opening)}</p> })}
                {move || {
                    let list = problems.get();
                    (!list.is_empty()).then(|| view! {
                        <div class="be-notice be-notice-error" role="alert">
                            <p><strong>{tr(RedKey::OpenFailed)}</strong></p>
                            <ul class="be-list">{list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
            </div>
        </section>
    }
}
