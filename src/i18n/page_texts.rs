//! The texts of the pages loaded on first use (pages/parts.rs): a table of their own, which the
//! build puts into their part, so the first view does not carry them. A text the KEB part shows
//! too (the "not found" page) stays in `Key`: one such use would put this whole table into the
//! chunk both parts share (3 KB brotli more for KEB). Adding a key without both languages does
//! not compile.

crate::i18n::texts! {
    PageKey;
    PageOf => "Seite {page} von {pages}", "Page {page} of {pages}";
    AttendOnline => "Online", "Online";
    NotApplicableStadtkreis => "entfällt (Stadtkreis)", "n/a (urban district)";
    MapGeometry => "Kartengeometrie (Kreise)", "Map geometry (districts)";
    Month => "Monat", "Month";
    Yes => "Ja", "Yes";
    MemberFilter => "Mitglied", "Member";
    AttendInPerson => "Vor Ort", "In person";
    EventsCount => "Veranstaltungen", "events";
    Regierungsbezirk => "Regierungsbezirk", "Administrative region";
    Memberships => "Mitgliedschaften", "Memberships";
    Source => "Quelle", "Source";
    Any => "Alle", "All";
    EventKind => "Art", "Type";
    Attendance => "Teilnahme", "Attendance";
    Period => "Zeitraum", "Period";
    DownloadFailed => "Der Browser hat das Speichern verhindert.", "The browser prevented saving the file.";
    Where => "Wo", "Where";
    Organiser => "Veranstalter", "Organiser";
    Registration => "Anmeldung", "Registration";
    Download => "Herunterladen", "Download";
    DownloadRows => "({n} Zeilen, alle Seiten, wie gefiltert und sortiert)", "({n} rows, all pages, as filtered and sorted)";
    DownloadRowOne => "({n} Zeile, wie gefiltert)", "({n} row, as filtered)";
    DownloadCsv => "CSV (Tabellenkalkulation)", "CSV (spreadsheet)";
    DownloadJson => "JSON", "JSON";
    LicenceKommunen => "Gemeindedaten: © Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0); Beispiel-Mitgliedschaften: CC0.", "Municipal data: © Federal Statistical Office (Destatis), Data licence Germany – attribution 2.0 (dl-de/by-2-0); example memberships: CC0.";
    LicenceExamples => "Beispieldaten dieses Projekts, CC0 (frei verwendbar).", "Example data of this project, CC0 (free to use).";
    OpenDataDocs => "Felder und Lizenzen erklärt", "Fields and licences explained";
    Dataset => "Datensatz", "Dataset";
    JsonSchema => "JSON Schema", "JSON Schema";
    Licence => "Lizenz", "Licence";
    Operator => "Betreiber", "Operator";
    Address => "Anschrift", "Address";
    SourceOf => "Quelle", "Source";
    ReadOn => "gelesen am", "read on";
    PartOf => "Teil von", "Part of";
    JoinAndContact => "Mitglied werden und Kontakt", "Joining and contact";
    MemberNetworks => "Netzwerke im Netzwerk", "Networks within";
    AsOf => "Stand", "as of";
    Ags => "Amtlicher Gemeindeschlüssel", "Official municipality key";
    KreisKey => "Kreisschlüssel", "District key";
    Plz => "PLZ (Rathaus)", "Postcode (town hall)";
    NoMemberships => "In den Daten ist keine Mitgliedschaft verzeichnet.", "No membership is recorded in the data.";
    Contacts => "Ansprechpersonen", "Contacts";
    SearchHint => "Auch Teile des Namens, ohne Umlaute oder mit einem Tippfehler", "Parts of names, without umlauts or with a typo also work";
    Filters => "Filter", "Filters";
    FiltersActive => "{n} aktiv", "{n} active";
    SortBy => "Sortierung", "Sort by";
    SortRelevance => "Beste Treffer", "Best match";
    SortName => "Name (A–Z)", "Name (A–Z)";
    SortPopulation => "Einwohnerzahl (größte zuerst)", "Population (largest first)";
    ResetFilters => "Alle Filter zurücksetzen", "Reset all filters";
    NoResults => "Keine Treffer. Prüfen Sie die Schreibweise oder setzen Sie Filter zurück.", "No results. Check the spelling or reset filters.";
    Pagination => "Seiten", "Pages";
    PreviousPage => "Vorherige Seite", "Previous page";
    NextPage => "Nächste Seite", "Next page";
    KebStartFor => "KEB-Antrag für {name} starten", "Start a KEB application for {name}";
    JoinHeading => "So wird {name} Mitglied", "How {name} can join";
    JoinWhy => "Einen KEB-Antrag stellen Mitglieder der kommunalen Netzwerke. Beitreten kann die Kommune hier:", "KEB applications are made by members of the municipal networks. The municipality can join here:";
    SkipMap => "Karte überspringen: zur Tabelle der Kreise", "Skip the map: go to the table of districts";
    KeyFacts => "Eckdaten", "Key facts";
    OfficialName => "Amtlicher Name", "Official name";
    MapLabel => "Karte der 44 Stadt- und Landkreise Baden-Württembergs", "Map of the 44 urban and rural districts of Baden-Württemberg";
    MapUnavailable => "Die Karte konnte nicht geladen werden. Die Tabelle enthält dieselben Angaben.", "The map could not be loaded. The table holds the same figures.";
    Legend => "Legende", "Legend";
    LegendMemberGemeinden => "Mitgliedsgemeinden im Kreis", "Member municipalities in the district";
    LegendLkn => "Landkreis ist Mitglied im Landkreisnetzwerk", "District is a member of the Landkreisnetzwerk";
    LegendPoint => "Mitgliedskommune (Lage des Rathauses)", "Member municipality (town hall)";
    MapTableCaption => "Mitglieder nach Kreis", "Members by district";
    MemberGemeinden => "Mitglieds\u{AD}gemeinden", "Member munici\u{AD}palities";
    OutOf => "von", "of";
    LknMember => "Mitglied im Landkreisnetzwerk", "member of the Landkreisnetzwerk";
    LknNotMember => "nicht im Landkreisnetzwerk", "not in the Landkreisnetzwerk";
    MapKreisSummary => "{n} von {m} Gemeinden Mitglied", "{n} of {m} municipalities are members";
    MapKreisSummaryOne => "{n} von {m} Gemeinde Mitglied", "{n} of {m} municipality is a member";
    PeriodUpcoming => "Kommende", "Upcoming";
    PeriodPast => "Vergangene", "Past";
    PeriodAll => "Alle", "All";
    NoEvents => "Keine Veranstaltungen für diese Auswahl.", "No events for this selection.";
    DownloadIcsList => "Diese Liste als Kalenderdatei (.ics)", "This list as a calendar file (.ics)";
    AddToCalendar => "In Kalender eintragen (.ics)", "Add to calendar (.ics)";
    RegisterHere => "Zur Anmeldung", "Register";
    OnlineLink => "Online-Teilnahme", "Join online";
    TimesAreGerman => "Zeiten in deutscher Ortszeit (MEZ/MESZ).", "Times are German local time (CET/CEST).";
    OpenDataFeed => "Datenschnittstelle für Weiterverwender", "Feed for re-users";
    OpenDataFeedText => "Der vollständige Datensatz steht als eine JSON-Datei bereit. Ihr Aufbau ist in einem JSON Schema (Draft 2020-12) beschrieben; die Kartengeometrie liegt in einer eigenen Datei.", "The complete dataset is available as one JSON file. Its structure is described by a JSON Schema (draft 2020-12); the map geometry is a separate file.";
    CsvFormat => "CSV-Format", "CSV format";
    CsvFormatText => "UTF-8 mit BOM, Semikolon als Trennzeichen, Dezimalkomma, Zeilenende CRLF, Anführungszeichen nach RFC 4180. Texte, die mit =, +, - oder @ beginnen, erhalten ein vorangestelltes Apostroph, damit Tabellenprogramme sie nicht als Formel ausführen. Nach den Datenzeilen folgen eine Leerzeile und Zeilen mit Datenstand, Ansicht, Quellen und Lizenzen.", "UTF-8 with BOM, semicolon separator, decimal comma, CRLF line ends, quotes per RFC 4180. Text starting with =, +, - or @ gets a leading apostrophe so spreadsheets never run it as a formula. After the data rows: an empty line, then lines with data date, view, sources and licences.";
    FieldsOf => "Felder", "Fields";
    Meaning => "Bedeutung", "Meaning";
    ExampleValue => "Beispiel", "Example";
    LicencesTitle => "Lizenzen", "Licences";
    ContentUnavailable => "Dieser Text konnte nicht geladen werden. Bitte laden Sie die Seite neu.", "This text could not be loaded. Please reload the page.";
    GermanOnly => "Dieser Text steht nur auf Deutsch zur Verfügung.", "This text is available in German only.";
    Inhabitants => "Einw.", "inhabitants";
    RepresentedBy => "Vertreten durch", "Represented by";
    Advice => "Fachberatung", "Advice for members";
}

#[cfg(test)]
mod tests {
    use super::PageKey;
    use crate::i18n::{Lang, Translate};

    #[test]
    fn every_key_has_a_text_in_both_languages() {
        for key in PageKey::ALL {
            assert!(!key.text(Lang::De).trim().is_empty() && !key.text(Lang::En).trim().is_empty(), "{key:?}");
        }
    }
}
