//! Writes the dataset's JSON Schema from the Rust types (src/model/schema.rs), or with `--check`
//! fails when the committed file is not what the types make.

use std::process::ExitCode;

const PATH: &str = "data/schema/be-netzwerke.schema.json";

fn main() -> ExitCode {
    let text = serde_json::to_string_pretty(&be_netzwerke::model::schema::dataset_schema()).expect("a schema is JSON") + "\n";
    if std::env::args().any(|a| a == "--check") {
        if std::fs::read_to_string(PATH).ok().as_deref() == Some(text.as_str()) {
            return ExitCode::SUCCESS;
        }
        eprintln!("{PATH} is not what the Rust types make: run `cargo run --bin dataset-schema`");
        return ExitCode::FAILURE;
    }
    std::fs::write(PATH, text).expect("write the schema");
    println!("wrote {PATH}");
    ExitCode::SUCCESS
}
