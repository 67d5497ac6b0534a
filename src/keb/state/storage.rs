//! The device's and the tab's storage and the small helpers over it: keys by prefix, the time, new ids.

/// Kept on the device until deleted (localStorage).
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Kept for this tab: survives a reload and a restored tab (sessionStorage).
pub fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keys of one storage area that start with `prefix`.
pub fn keys_with(s: &web_sys::Storage, prefix: &str) -> Vec<String> {
    (0..s.length().unwrap_or(0)).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Unique enough for drafts and idempotency keys: time plus randomness, base 36.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}{}{}", base36(time), base36(random))
}

fn base36(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

