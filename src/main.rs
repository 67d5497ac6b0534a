#[cfg(target_arch = "wasm32")]
fn main() {
    be_netzwerke::app::start();
}

/// The app runs in the browser; natively this binary does nothing (see `check-data`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("be-netzwerke is a browser app: build it with `trunk build` (see README).");
}
