//! The KEB routes in the app: a place where the KEB module (`be-keb.js`, built from
//! src/bin/be-keb.rs) mounts the page. The module is loaded on the first KEB route, so the
//! directories' first view does not carry the wizard (ARCHITECTURE.md "KEB as a second module").

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{closure::Closure, prelude::wasm_bindgen, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::context::{asset_url, FirstView};
use crate::app::{tr, use_nav, AppContext};
use crate::data::config::Config;
use crate::export::json_text::{object, opt_string, string};
use crate::i18n::Key;

#[wasm_bindgen(inline_js = "export function importModule(url) { return import(url); }")]
extern "C" {
    #[wasm_bindgen(js_name = importModule)]
    fn import_module(url: &str) -> Promise;
}

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The KEB module, loaded and initialised once; `attempt` > 0 asks for a fresh copy after a failure.
async fn keb_module(config: &Config, attempt: u32) -> Result<JsValue, JsValue> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let mut js = asset_url(config, "be-keb.js");
    if attempt > 0 {
        // a failed module import is remembered by URL
        js = format!("{js}?versuch={attempt}");
    }
    let module = JsFuture::from(import_module(&js)).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"module_or_path".into(), &asset_url(config, "be-keb_bg.wasm").into())?;
    JsFuture::from(init.call1(&JsValue::NULL, &options)?.dyn_into::<Promise>()?).await?;
    MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
    Ok(module)
}

/// The wizard's styles, once per page, where the app's tree takes them: the document's head, or
/// the shadow root the app is embedded in.
fn add_stylesheet(href: &str, near: &web_sys::Node) {
    let Some(parent) = crate::app::dom::stylesheet_parent(near) else { return };
    let present = match parent.dyn_ref::<web_sys::Element>() {
        Some(head) => head.query_selector("link[data-be-keb]"),
        None => parent.unchecked_ref::<web_sys::DocumentFragment>().query_selector("link[data-be-keb]"),
    };
    let link = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("link").ok());
    let (Ok(None), Some(link)) = (present, link) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("data-be-keb", "");
    let _ = parent.append_child(&link);
}

fn call(module: &JsValue, name: &str, args: &Array) -> Result<JsValue, JsValue> {
    Reflect::get(module, &name.into())?.dyn_into::<Function>()?.apply(&JsValue::NULL, args)
}

/// Applications wait in the outbox (no connection when they were sent): load the module, which
/// sends them, without waiting for the user to open KEB again.
pub fn resume_outbox(config: &Config) {
    let waiting = crate::keb::state::storage::storage()
        .is_some_and(|s| !crate::keb::state::storage::keys_with(&s, crate::keb::state::sending::OUTBOX).is_empty());
    if waiting {
        let config = config.clone();
        spawn_local(async move {
            let _ = keb_module(&config, 0).await;
        });
    }
}

#[component]
pub fn KebHost() -> impl IntoView {
    let nav = use_nav();
    let config = expect_context::<AppContext>().config;
    let first = use_context::<FirstView>().is_some_and(|f| f.0.get_value());
    if let Some(f) = use_context::<FirstView>() {
        f.0.set_value(false);
    }
    let options = object([
        ("path", string(&nav.path.get_untracked())),
        ("query", string(&nav.query.get_untracked())),
        ("prefix", string(&nav.prefix())),
        ("default_lang", string(nav.default_lang().code())),
        ("submit", opt_string(config.submit.as_deref())),
        ("source", opt_string(config.source.as_deref())),
        ("assets", opt_string(config.assets.as_deref())),
        ("allow_http_links", config.allow_http_links.to_string()),
        ("first", first.to_string()),
    ]);
    let target = NodeRef::<leptos::html::Div>::new();
    let (loaded, failed, attempt) = (RwSignal::new(false), RwSignal::new(false), StoredValue::new(0u32));
    let mounted = StoredValue::new(0u32);
    // the module navigates through the app's router (or hash), like our own links
    let navigate = StoredValue::new_local(Closure::<dyn Fn(String, bool)>::new(move |href: String, replace: bool| {
        nav.go_href(&href, replace)
    }));
    let start = move || {
        let (config, options) = (config.clone(), options.clone());
        failed.set(false);
        spawn_local(async move {
            let result = keb_module(&config, attempt.get_value()).await.and_then(|module| {
                let Some(el) = target.get_untracked().filter(|el| el.is_connected()) else { return Ok(()) };
                add_stylesheet(&asset_url(&config, "be-keb.css"), &el);
                let callback = navigate.with_value(|c| c.as_ref().clone());
                let id = call(&module, "mount", &Array::of3(&el, &options.into(), &callback))?;
                mounted.set_value(id.as_f64().unwrap_or(0.0) as u32);
                Ok(())
            });
            match result {
                Ok(()) => loaded.set(true),
                Err(e) => {
                    web_sys::console::error_2(&"KEB module:".into(), &e);
                    attempt.update_value(|a| *a += 1);
                    failed.set(true);
                }
            }
        });
    };
    Effect::new({
        let start = start.clone();
        move |_| {
            if target.get().is_some() {
                start();
            }
        }
    });
    on_cleanup(move || {
        let id = mounted.get_value();
        if let Some(module) = MODULE.with(|m| m.borrow().clone()).filter(|_| id > 0) {
            let _ = call(&module, "unmount", &Array::of1(&id.into()));
        }
    });
    view! {
        <div class="be-keb-host">
            {move || (!loaded.get() && !failed.get()).then(|| view! { <p class="be-muted" role="status">{tr(Key::KebModuleLoading)}</p> })}
            {move || failed.get().then(|| {
                let retry = start.clone();
                view! {
                    <div class="be-notice be-notice-error" role="alert">
                        <p>{tr(Key::KebModuleFailed)}</p>
                        <button type="button" class="be-button" on:click=move |_| retry()>{tr(Key::Retry)}</button>
                    </div>
                }
            })}
            <div node_ref=target></div>
        </div>
    }
}
