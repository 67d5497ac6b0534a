//! The KEB wizard as a second wasm module (`be-keb.js`): the app imports it on the first KEB
//! route and calls `mount` for each KEB route it shows (src/pages/keb_host.rs).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Renders the route in `options` into `host`; returns an id for `unmount`.
    #[wasm_bindgen]
    pub fn mount(host: web_sys::HtmlElement, options: String, navigate: js_sys::Function) -> u32 {
        be_netzwerke::keb::app::mount(host, &options, navigate)
    }

    #[wasm_bindgen]
    pub fn unmount(id: u32) {
        be_netzwerke::keb::app::unmount(id)
    }
}

fn main() {
    // Loading the module starts the outbox: waiting applications are sent.
    #[cfg(target_arch = "wasm32")]
    be_netzwerke::keb::app::store();
}
