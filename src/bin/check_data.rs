//! `cargo run --bin check-data -- FILE [--lang=en] [--allow-http]`: lists every problem of a
//! dataset file with its position and exits 1 if there is any (2 if the file cannot be read).
//! The same rules as the app (`model::parse_dataset`). `http:` links are listed as a note: the
//! app links them only where the operator sets `data-http-links="allow"` (then pass --allow-http).
//! It also reports real and example records per kind, real records without a source, and warns
//! while the operator (Impressum) record is still the placeholder.

use be_netzwerke::i18n::{describe_data_error, format_int, Lang};
use be_netzwerke::model::provenance::{tallies, untraced};
use be_netzwerke::model::untrusted::strip_bom;
use be_netzwerke::model::{parse_dataset, plain_http_links};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = if args.iter().any(|a| a == "--lang=en" || a == "en") { Lang::En } else { Lang::De };
    let allow_http = args.iter().any(|a| a == "--allow-http");
    let Some(path) = args.iter().find(|a| !a.starts_with("--") && *a != "en") else {
        eprintln!("usage: check-data FILE [--lang=en] [--allow-http]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match parse_dataset(&text) {
        Ok(m) => {
            let n = |x: usize| format_int(lang, x as u64);
            println!(
                "{path}: OK ({} Kommunen, {} Kreise, {} Netzwerke, {} Mitgliedschaften, {} Personen, {} Veranstaltungen; Stand {})",
                n(m.kommunen.len()), n(m.kreise.len()), n(m.networks.len()), n(m.memberships.len()),
                n(m.people.len()), n(m.events.len()), m.stand
            );
            if !allow_http {
                note_http_links(path, strip_bom(&text), lang);
            }
            report_provenance(path, &m, lang);
        }
        Err(errors) => {
            for e in &errors {
                println!("{path}: {}", describe_data_error(lang, e));
            }
            println!("{path}: {} problem(s)", errors.len());
            let structural = errors.iter().any(|e| {
                use be_netzwerke::model::DataErrorKind::*;
                matches!(e.kind, MissingField { .. } | WrongValue { .. })
            });
            if structural {
                println!("{path}: references and duplicate ids are checked once the problems above are fixed");
            }
            std::process::exit(1);
        }
    }
}

fn report_provenance(path: &str, m: &be_netzwerke::model::Model, lang: Lang) {
    let counts: Vec<String> = tallies(m).iter().map(|t| format!("{} {}/{}", t.kind, t.real, t.example)).collect();
    let label = if lang.is_en() { "records real/example" } else { "Datensätze echt/Beispiel" };
    println!("{path}: {label}: {}", counts.join(", "));
    for problem in untraced(m) {
        let label = if lang.is_en() { "note: real record without a traceable source" } else { "Hinweis: echter Datensatz ohne nachprüfbare Quelle" };
        println!("{path}: {label}: {problem}");
    }
    if m.operator.example {
        if lang.is_en() {
            println!("{path}: WARNING: the operator record (Impressum) is still the placeholder: set name, address, email, phone, represented_by and accessibility_contact under \"operator\" in data/sources/editorial.json (or your endpoint's dataset) and \"example\": false before you publish.");
        } else {
            println!("{path}: WARNUNG: Die Betreiberangaben (Impressum) sind noch Platzhalter: Tragen Sie unter \"operator\" in data/sources/editorial.json (oder im Datensatz Ihres Endpunkts) Name, Anschrift, E-Mail, Telefon, Vertretung und Kontakt für Barrierefreiheit ein und setzen Sie \"example\": false, bevor Sie veröffentlichen.");
        }
    }
}

fn note_http_links(path: &str, text: &str, lang: Lang) {
    let Ok(root) = serde_json::from_str(text) else { return };
    for (at, url) in plain_http_links(&root) {
        if lang.is_en() {
            println!("{path}: note: {url} is shown as text, not as a link: http: addresses are linked only with data-http-links=\"allow\" (at {at}).");
        } else {
            println!("{path}: Hinweis: {url} wird als Text gezeigt, nicht als Link: http-Adressen werden nur mit data-http-links=\"allow\" verlinkt (bei {at}).");
        }
    }
}
