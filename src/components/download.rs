//! Saving a file made in the browser: a Blob behind a temporary link with a `download` name.
//! Works for calendar files on phones too (the OS offers the calendar app for text/calendar).

use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file; returns false if the browser refused (the caller says so).
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    save(file_name, mime, content).is_ok()
}

fn save(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    // rel=external keeps leptos_router's link interception away from it
    a.set_rel("external noopener");
    a.style().set_property("display", "none")?;
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // revoke later: some browsers read the Blob after click() returns
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// "be-netzwerke_veranstaltungen_2026-11-25.ics"
pub fn file_name(topic: &str, today: &str, extension: &str) -> String {
    format!("be-netzwerke_{topic}_{today}.{extension}")
}
