/// talc instead of std's dlmalloc: smaller in wasm and faster (its benchmarks; first view −0.6 KB brotli).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    be_netzwerke::app::start();
}

/// The app runs in the browser; natively this binary does nothing (see `check-data`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("be-netzwerke is a browser app: build it with `trunk build` (see README).");
}
