//! `cargo run --bin check-data -- FILE [--lang en]`: lists every problem of a dataset
//! file with its position and exits 1 if there is any (2 if the file cannot be read).

use be_netzwerke::i18n::{describe_data_error, format_int, Lang};
use be_netzwerke::model::parse_dataset;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = if args.iter().any(|a| a == "--lang=en" || a == "en") { Lang::En } else { Lang::De };
    let Some(path) = args.iter().find(|a| !a.starts_with("--") && *a != "en") else {
        eprintln!("usage: check-data FILE [--lang=en]");
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
        }
        Err(errors) => {
            for e in &errors {
                println!("{path}: {}", describe_data_error(lang, e));
            }
            println!("{path}: {} problem(s)", errors.len());
            let structural = errors.iter().any(|e| {
                use be_netzwerke::model::DataErrorKind::*;
                !matches!(e.kind, UnknownReference { .. } | Duplicate { .. } | InvalidDate { .. })
            });
            if structural {
                println!("{path}: references and duplicate ids are checked once the problems above are fixed");
            }
            std::process::exit(1);
        }
    }
}
