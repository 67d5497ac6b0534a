//! Prints the prerendered page heads for index.html: one hidden `<div class="be-pre"
//! data-be-head="PATH">` per page in `routes::STATIC_HEADS`, in German (the own page's language),
//! with the markup of the app's loading skeleton and page (`components::Skeleton`). The build puts
//! them into `<main>` (tools/prerender-heads.mjs); index.html's first script shows the opened page's.

use be_netzwerke::i18n::Lang;
use be_netzwerke::routes::STATIC_HEADS;

fn main() {
    for (route, title, lead) in &STATIC_HEADS {
        println!(
            r#"<div class="be-pre" data-be-head="{}" hidden><h1 class="be-h1">{}</h1><p class="be-lead">{}</p></div>"#,
            escape(&route.path()),
            escape(Lang::De.t(*title)),
            escape(Lang::De.t(*lead)),
        );
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
