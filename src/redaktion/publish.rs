//! Publishing the exported file where the operator allows it (`data-publish` on the app's own
//! page): an HTTP PUT with the editor's login (asked for, kept in memory only) and `If-Match` with
//! the ETag of the file as it was opened, so a file someone else published meanwhile is never
//! overwritten: the server answers 412 and the editor reapplies the changes onto it.

use gloo_net::http::Request;
use web_sys::{RequestCache, RequestCredentials};

/// How publishing went.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Accepted (2xx).
    Published,
    /// Someone published meanwhile (412): the file as it is now, and its ETag.
    Conflict { text: String, etag: Option<String> },
    /// The login was refused (401, 403).
    Refused(u16),
    /// Any other answer, or none (0).
    Failed(u16),
}

/// Where to publish, from the own page's `data-publish`: an `https:` address, or `http:` on this
/// machine (loopback), resolved against the page; anything else is not offered.
pub fn target() -> Option<String> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let value = document.query_selector("[data-be-netzwerke][data-publish]").ok()??.get_attribute("data-publish")?;
    let base = document.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(value.trim(), &base).ok()?;
    let loopback = matches!(url.hostname().as_str(), "127.0.0.1" | "localhost" | "[::1]");
    (url.protocol() == "https:" || (url.protocol() == "http:" && loopback)).then(|| url.href())
}

/// The file as the server has it now, and its ETag (past any cache: the ETag must be the server's).
/// A server marks the ETag of a file changed within the last second or two weak ("W/…"), and a
/// weak ETag never satisfies `If-Match`; its value is the file's all the same, and strong once the
/// second has passed: it is kept without the mark.
pub async fn current(url: &str) -> Option<(String, Option<String>)> {
    let response = Request::get(url).cache(RequestCache::NoCache).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    let etag = response.headers().get("etag").map(|e| e.trim_start_matches("W/").to_string());
    Some((response.text().await.ok()?, etag))
}

/// PUTs `body` with Basic credentials and `If-Match: etag`.
pub async fn publish(url: &str, user: &str, password: &str, etag: Option<&str>, body: String) -> Outcome {
    // btoa takes Latin-1 only; other characters cannot be sent in a Basic login
    let Some(login) = web_sys::window().and_then(|w| w.btoa(&format!("{user}:{password}")).ok()) else {
        return Outcome::Refused(401);
    };
    // a copy opened from a file has no ETag: never overwrite blindly, show the server's file first
    let Some(etag) = etag else {
        return match current(url).await {
            Some((text, etag)) => Outcome::Conflict { text, etag },
            None => Outcome::Failed(0),
        };
    };
    for attempt in 0..2 {
        // credentials "omit": a refused login comes back as 401 to say so, not as the browser's
        // own login dialog (the login travels in the header)
        let Ok(request) = Request::put(url)
            .credentials(RequestCredentials::Omit)
            .header("Authorization", &format!("Basic {login}"))
            .header("Content-Type", "application/json")
            .header("If-Match", &etag)
            .body(body.clone())
        else {
            return Outcome::Failed(0);
        };
        return match request.send().await.map(|r| r.status()) {
            Ok(200..=299) => Outcome::Published,
            Ok(412) => match current(url).await {
                // the same file, only changed within the last second (its ETag still weak): once more
                Some((_, Some(now))) if now == etag && attempt == 0 => {
                    sleep(2100).await;
                    continue;
                }
                Some((text, etag)) => Outcome::Conflict { text, etag },
                None => Outcome::Failed(412),
            },
            Ok(status @ (401 | 403)) => Outcome::Refused(status),
            Ok(status) => Outcome::Failed(status),
            Err(_) => Outcome::Failed(0),
        };
    }
    Outcome::Failed(412)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
