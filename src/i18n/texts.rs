//! The interface texts. Adding a key without both languages does not compile.


/// `texts! { Name; Key => "Deutsch", "English"; … }`: an enum of keys with their two texts.
macro_rules! texts {
    ($name:ident; $($key:ident => $de:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Translate for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                // a table indexed by the key: smaller in wasm than a match over every key
                const TEXTS: &[[&str; 2]] = &[$([$de, $en]),*];
                TEXTS[self as usize][lang as usize]
            }
        }
    };
}
pub(crate) use texts;

texts! {
    Key;
    AppName => "BE-Netzwerke Baden-Württemberg", "BE Networks Baden-Württemberg";
    AppTagline => "Landesnetzwerk Bürgerschaftliches Engagement", "State Network for Civic Engagement";
    SkipToContent => "Zum Inhalt springen", "Skip to content";
    MainNav => "Hauptnavigation", "Main navigation";
    NavNetworks => "Netzwerke", "Networks";
    NavMembers => "Mitglieder", "Members";
    NavMap => "Karte", "Map";
    NavPeople => "Personen", "People";
    NavEvents => "Veranstaltungen", "Events";
    NavKeb => "KEB-Antrag", "KEB application";
    FooterNav => "Rechtliches und Informationen", "Legal and information";
    Impressum => "Impressum", "Legal notice";
    Barrierefreiheit => "Barrierefreiheit", "Accessibility";
    Datenschutz => "Datenschutz", "Privacy";
    Quellen => "Quellen", "Sources";
    LeichteSprache => "Leichte Sprache", "Easy read (German)";
    OffeneDaten => "Offene Daten", "Open data";
    SwitchLanguage => "English", "Deutsch";
    SwitchLanguageLabel => "Switch to English", "Auf Deutsch wechseln";
    Loading => "Daten werden geladen …", "Loading data …";
    DataStand => "Datenstand", "Data as of";
    DataFetched => "abgerufen", "fetched";
    Example => "Beispiel", "Example";
    ExampleExplained => "Erfundener Beispieleintrag, keine amtliche Angabe: Für diesen Eintrag gibt es noch keine öffentliche Quelle.", "Invented example entry, not official information: no public source exists for it yet.";
    NoticeFallback => "Die konfigurierte Datenquelle konnte nicht gelesen werden. Angezeigt werden die mitgelieferten Daten.", "The configured data source could not be read. Showing the bundled data instead.";
    InvalidSetting => "Unzulässige Adresse, nicht verwendet", "Address not allowed, not used";
    NoticeMoreProblems => "weitere Probleme", "more problems";
    NoticeDetailsLoading => "Einzelheiten werden geladen …", "Loading the details …";
    NoticeExternalSource => "Daten aus externer Quelle", "Data from an external source";
    DataUnavailable => "Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu.", "The data could not be loaded. Please check your connection and reload the page.";
    Retry => "Erneut versuchen", "Try again";
    NotFoundTitle => "Seite nicht gefunden", "Page not found";
    NotFoundText => "Diese Adresse gibt es nicht (mehr). Vielleicht finden Sie das Gesuchte über die Suche:", "This address does not exist (any more). Perhaps the search helps you find what you are looking for:";
    NotFoundHome => "Zur Startseite", "Go to the start page";
    Search => "Suchen", "Search";
    SearchLabel => "Kommune, Kreis, PLZ oder Schlüssel", "Municipality, district, postcode or key";
    HomeTitle => "Das Netzwerk der Netzwerke", "The network of networks";
    HomeIntro => "Städte, Gemeinden und Landkreise, engagierte Bürgerinnen und Bürger, Fachkräfte und Bürgermentoren arbeiten im Landesnetzwerk zusammen. Wählen Sie ein Netzwerk, um Mitglieder, Fachberatung und Termine zu sehen.", "Cities, municipalities and districts, engaged citizens, professionals and civic mentors work together in the state network. Choose a network to see its members, advisers and dates.";
    MunicipalNetworks => "Kommunale Netzwerke", "Municipal networks";
    CitizenNetworks => "Bürgerschaft und Fachkräfte", "Citizens and professionals";
    FederalLevel => "Bundesebene", "Federal level";
    OtherNetworks => "Weitere Netzwerke", "Other networks";
    LedBy => "Federführung", "Led by";
    Founded => "Gegründet", "Founded";
    Members => "Mitglieder", "Members";
    MembersInData => "Mitglieder in den Daten", "Members in the data";
    PageComingSoon => "Dieser Bereich wird gerade aufgebaut.", "This section is being built.";
    PartOf => "Teil von", "Part of";
    JoinAndContact => "Mitglied werden und Kontakt", "Joining and contact";
    MemberNetworks => "Netzwerke im Netzwerk", "Networks within";
    People => "Personen", "People";
    PeopleIntro => "Fachberaterinnen und Fachberater beraten die Mitgliedskommunen ihres Netzwerks. Mentorentrainer schulen Bürgermentoren.", "Advisers support the member municipalities of their network. Mentor trainers train civic mentors.";
    AsOf => "Stand", "as of";
    Email => "E-Mail", "E-mail";
    Phone => "Telefon", "Phone";
    Website => "Website", "Website";
    Ags => "Amtlicher Gemeindeschlüssel", "Official municipality key";
    KreisKey => "Kreisschlüssel", "District key";
    Kreis => "Kreis", "District";
    Regierungsbezirk => "Regierungsbezirk", "Administrative region";
    Population => "Einwohner (31.12.2023)", "Population (31 Dec 2023)";
    Area => "Fläche", "Area";
    Plz => "PLZ (Rathaus)", "Postcode (town hall)";
    Memberships => "Mitgliedschaften", "Memberships";
    NoMemberships => "In den Daten ist keine Mitgliedschaft verzeichnet.", "No membership is recorded in the data.";
    Source => "Quelle", "Source";
    Contacts => "Ansprechpersonen", "Contacts";
    TypeGemeinde => "Gemeinde", "Municipality";
    TypeStadt => "Stadt", "Town";
    TypeGrosseKreisstadt => "Große Kreisstadt", "Major district town";
    TypeStadtkreis => "Stadtkreis", "Urban district";
    TypeLandkreis => "Landkreis", "Rural district";
    Results => "{n} Treffer", "{n} results";
    ResultOne => "{n} Treffer", "{n} result";
    DirectoryTitle => "Mitgliederverzeichnis", "Member directory";
    DirectoryIntro => "Alle Städte, Gemeinden und Landkreise Baden-Württembergs und ihre Mitgliedschaften in den Netzwerken.", "All towns, municipalities and districts of Baden-Württemberg and their memberships in the networks.";
    SearchHint => "Auch Teile des Namens, ohne Umlaute oder mit einem Tippfehler", "Parts of names, without umlauts or with a typo also work";
    Filters => "Filter", "Filters";
    FiltersActive => "{n} aktiv", "{n} active";
    Network => "Netzwerk", "Network";
    Type => "Art", "Type";
    MemberFilter => "Mitglied", "Member";
    Any => "Alle", "All";
    Yes => "Ja", "Yes";
    No => "Nein", "No";
    SortBy => "Sortierung", "Sort by";
    SortRelevance => "Beste Treffer", "Best match";
    SortName => "Name (A–Z)", "Name (A–Z)";
    SortPopulation => "Einwohnerzahl (größte zuerst)", "Population (largest first)";
    ResetFilters => "Alle Filter zurücksetzen", "Reset all filters";
    NoResults => "Keine Treffer. Prüfen Sie die Schreibweise oder setzen Sie Filter zurück.", "No results. Check the spelling or reset filters.";
    Pagination => "Seiten", "Pages";
    PreviousPage => "Vorherige Seite", "Previous page";
    NextPage => "Nächste Seite", "Next page";
    PageOf => "Seite {page} von {pages}", "Page {page} of {pages}";
    ResultsShown => "{from}–{to} von {total} Treffern", "{from}–{to} of {total} results";
    KebStartFor => "KEB-Antrag für {name} starten", "Start a KEB application for {name}";
    JoinHeading => "So wird {name} Mitglied", "How {name} can join";
    JoinWhy => "Einen KEB-Antrag stellen Mitglieder der kommunalen Netzwerke. Beitreten kann die Kommune hier:", "KEB applications are made by members of the municipal networks. The municipality can join here:";
    SkipMap => "Karte überspringen: zur Tabelle der Kreise", "Skip the map: go to the table of districts";
    KeyFacts => "Eckdaten", "Key facts";
    OfficialName => "Amtlicher Name", "Official name";
    MapTitle => "Karte der Kreise", "Map of the districts";
    MapIntro => "Wo sind die Netzwerke? Die Farbe zeigt, wie viele Gemeinden eines Kreises Mitglied in einem Netzwerk sind; schraffiert sind die Landkreise im Landkreisnetzwerk. Wählen Sie einen Kreis, um seine Kommunen im Verzeichnis zu sehen.", "Where are the networks? The colour shows how many municipalities of a district are members of a network; hatched districts belong to the Landkreisnetzwerk. Choose a district to see its municipalities in the directory.";
    MapLabel => "Karte der 44 Stadt- und Landkreise Baden-Württembergs", "Map of the 44 urban and rural districts of Baden-Württemberg";
    MapUnavailable => "Die Karte konnte nicht geladen werden. Die Tabelle enthält dieselben Angaben.", "The map could not be loaded. The table holds the same figures.";
    Legend => "Legende", "Legend";
    LegendMemberGemeinden => "Mitgliedsgemeinden im Kreis", "Member municipalities in the district";
    LegendLkn => "Landkreis ist Mitglied im Landkreisnetzwerk", "District is a member of the Landkreisnetzwerk";
    LegendPoint => "Mitgliedskommune (Lage des Rathauses)", "Member municipality (town hall)";
    MapTableCaption => "Mitglieder nach Kreis", "Members by district";
    Landkreisnetzwerk => "Landkreis\u{AD}netzwerk", "Landkreis\u{AD}netzwerk";
    MemberGemeinden => "Mitglieds\u{AD}gemeinden", "Member munici\u{AD}palities";
    OutOf => "von", "of";
    NotApplicableStadtkreis => "entfällt (Stadtkreis)", "n/a (urban district)";
    LknMember => "Mitglied im Landkreisnetzwerk", "member of the Landkreisnetzwerk";
    LknNotMember => "nicht im Landkreisnetzwerk", "not in the Landkreisnetzwerk";
    MapKreisSummary => "{n} von {m} Gemeinden Mitglied", "{n} of {m} municipalities are members";
    MapKreisSummaryOne => "{n} von {m} Gemeinde Mitglied", "{n} of {m} municipality is a member";
    EventsTitle => "Veranstaltungen", "Events";
    EventsIntro => "Netzwerktreffen, die Landesnetzwerkkonferenz und Fortbildungen. Alle Zeiten in deutscher Ortszeit.", "Network meetings, the state network conference and training courses. All times are German local time.";
    UpcomingEvents => "Nächste Termine", "Upcoming events";
    HomeTasks => "Was möchten Sie tun?", "What would you like to do?";
    HomeFindTitle => "Kommune finden", "Find your municipality";
    HomeFindText => "Ist Ihre Kommune Mitglied eines Netzwerks, und wer berät sie?", "Is your municipality a member of a network, and who advises it?";
    HomeKebTitle => "KEB-Förderung beantragen", "Apply for KEB funding";
    HomeKebText => "Eine Maßnahme, die Ihre Kommune mit ihrer Fachberatung plant, kann bis zu {max} erhalten.", "A measure your municipality plans with its adviser can receive up to {max}.";
    HomeKebLink => "Zum KEB-Antrag", "Go to the KEB application";
    HomeNetworks => "Die Netzwerke im Überblick", "The networks at a glance";
    KindNetzwerktreffen => "Netzwerktreffen", "Network meeting";
    KindLandesnetzwerkkonferenz => "Landesnetzwerkkonferenz", "State network conference";
    KindFortbildung => "Fortbildung", "Training";
    EventKind => "Art", "Type";
    Month => "Monat", "Month";
    Attendance => "Teilnahme", "Attendance";
    AttendOnline => "Online", "Online";
    AttendInPerson => "Vor Ort", "In person";
    Period => "Zeitraum", "Period";
    PeriodUpcoming => "Kommende", "Upcoming";
    PeriodPast => "Vergangene", "Past";
    PeriodAll => "Alle", "All";
    EventsCount => "Veranstaltungen", "events";
    NoEvents => "Keine Veranstaltungen für diese Auswahl.", "No events for this selection.";
    DownloadIcsList => "Diese Liste als Kalenderdatei (.ics)", "This list as a calendar file (.ics)";
    AddToCalendar => "In Kalender eintragen (.ics)", "Add to calendar (.ics)";
    DownloadFailed => "Der Browser hat das Speichern verhindert.", "The browser prevented saving the file.";
    When => "Wann", "When";
    Where => "Wo", "Where";
    Organiser => "Veranstalter", "Organiser";
    Registration => "Anmeldung", "Registration";
    RegisterHere => "Zur Anmeldung", "Register";
    OnlineLink => "Online-Teilnahme", "Join online";
    AllEvents => "Alle Veranstaltungen", "All events";
    TimesAreGerman => "Zeiten in deutscher Ortszeit (MEZ/MESZ).", "Times are German local time (CET/CEST).";
    Download => "Herunterladen", "Download";
    DownloadRows => "({n} Zeilen, alle Seiten, wie gefiltert und sortiert)", "({n} rows, all pages, as filtered and sorted)";
    DownloadRowOne => "({n} Zeile, wie gefiltert)", "({n} row, as filtered)";
    DownloadCsv => "CSV (Tabellenkalkulation)", "CSV (spreadsheet)";
    DownloadJson => "JSON", "JSON";
    LicenceKommunen => "Gemeindedaten: © Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0); Beispiel-Mitgliedschaften: CC0.", "Municipal data: © Federal Statistical Office (Destatis), Data licence Germany – attribution 2.0 (dl-de/by-2-0); example memberships: CC0.";
    LicenceExamples => "Beispieldaten dieses Projekts, CC0 (frei verwendbar).", "Example data of this project, CC0 (free to use).";
    OpenDataDocs => "Felder und Lizenzen erklärt", "Fields and licences explained";
    OpenDataIntro => "Alle Daten dieser Anwendung sind offen. Jede Liste (Mitglieder, Personen, Veranstaltungen) lässt sich so, wie sie gefiltert und sortiert ist, als CSV oder JSON herunterladen; Veranstaltungen auch als Kalenderdatei. Jede Datei nennt Datenstand, Quellen und Lizenzen.", "All data of this app is open. Every list (members, people, events) can be downloaded as CSV or JSON exactly as filtered and sorted; events also as a calendar file. Every file names its data date, sources and licences.";
    OpenDataFeed => "Datenschnittstelle für Weiterverwender", "Feed for re-users";
    OpenDataFeedText => "Der vollständige Datensatz steht als eine JSON-Datei bereit. Ihr Aufbau ist in einem JSON Schema (Draft 2020-12) beschrieben; die Kartengeometrie liegt in einer eigenen Datei.", "The complete dataset is available as one JSON file. Its structure is described by a JSON Schema (draft 2020-12); the map geometry is a separate file.";
    Dataset => "Datensatz", "Dataset";
    JsonSchema => "JSON Schema", "JSON Schema";
    MapGeometry => "Kartengeometrie (Kreise)", "Map geometry (districts)";
    CsvFormat => "CSV-Format", "CSV format";
    CsvFormatText => "UTF-8 mit BOM, Semikolon als Trennzeichen, Dezimalkomma, Zeilenende CRLF, Anführungszeichen nach RFC 4180. Texte, die mit =, +, - oder @ beginnen, erhalten ein vorangestelltes Apostroph, damit Tabellenprogramme sie nicht als Formel ausführen. Nach den Datenzeilen folgen eine Leerzeile und Zeilen mit Datenstand, Ansicht, Quellen und Lizenzen.", "UTF-8 with BOM, semicolon separator, decimal comma, CRLF line ends, quotes per RFC 4180. Text starting with =, +, - or @ gets a leading apostrophe so spreadsheets never run it as a formula. After the data rows: an empty line, then lines with data date, view, sources and licences.";
    FieldsOf => "Felder", "Fields";
    Field => "Feld", "Field";
    Meaning => "Bedeutung", "Meaning";
    ExampleValue => "Beispiel", "Example";
    LicencesTitle => "Lizenzen", "Licences";
    ContentUnavailable => "Dieser Text konnte nicht geladen werden. Bitte laden Sie die Seite neu.", "This text could not be loaded. Please reload the page.";
    GermanOnly => "Dieser Text steht nur auf Deutsch zur Verfügung.", "This text is available in German only.";
    Inhabitants => "Einw.", "inhabitants";
    RoleFachberatung => "Fachberatung", "Adviser";
    RoleMentorentrainer => "Mentorentrainer(in)", "Mentor trainer";
    RoleBuergermentor => "Bürgermentor(in)", "Civic mentor";
    RoleFachstelle => "Fachstelle", "Local engagement office";
    SourcesIntro => "Die App verwendet diese Daten. Die Lizenzen verlangen die folgenden Quellenangaben.", "The app uses these data. Their licences require the following attributions.";
    Licence => "Lizenz", "Licence";
    Operator => "Betreiber", "Operator";
    Address => "Anschrift", "Address";
    RepresentedBy => "Vertreten durch", "Represented by";
    PublishedCount => "Zuletzt veröffentlichte Zahl", "Latest published count";
    Advice => "Fachberatung", "Advice for members";
    SourceOf => "Quelle", "Source";
    ReadOn => "gelesen am", "read on";
    UndatedPage => "Seite ohne Datum", "undated page";
    About => "etwa", "about";
    MoreThan => "mehr als", "more than";
    ExampleLink => "Mehr dazu unter Quellen", "More under Sources";
    PartFailed => "Dieser Teil der Anwendung konnte nicht geladen werden.", "This part of the application could not be loaded.";
    PartFailedHint => "Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Hilft das nicht, laden Sie die Seite neu: Ihre Eingaben bleiben gespeichert.", "Please check your internet connection and try again. If that does not help, reload the page: what you have entered is kept.";
    Back => "Zurück", "Back";
    ErrorSummaryTitle => "Es gibt ein Problem", "There is a problem";
    ErrorPrefix => "Fehler", "Error";
    ChooseOne => "Bitte wählen", "Please choose";
}

impl Key {
    pub fn role(r: crate::model::Role) -> Key {
        use crate::model::Role::*;
        match r {
            Fachberatung => Key::RoleFachberatung,
            Mentorentrainer => Key::RoleMentorentrainer,
            Buergermentor => Key::RoleBuergermentor,
            Fachstelle => Key::RoleFachstelle,
        }
    }

    pub fn event_kind(k: crate::model::EventKind) -> Key {
        use crate::model::EventKind::*;
        match k {
            Netzwerktreffen => Key::KindNetzwerktreffen,
            Landesnetzwerkkonferenz => Key::KindLandesnetzwerkkonferenz,
            Fortbildung => Key::KindFortbildung,
        }
    }

    pub fn kommune_type(t: crate::model::KommuneType) -> Key {
        use crate::model::KommuneType::*;
        match t {
            Gemeinde => Key::TypeGemeinde,
            Stadt => Key::TypeStadt,
            GrosseKreisstadt => Key::TypeGrosseKreisstadt,
            Stadtkreis => Key::TypeStadtkreis,
            Landkreis => Key::TypeLandkreis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Translate};

    #[test]
    fn every_key_has_two_different_nonempty_texts_where_expected() {
        for key in Key::ALL {
            let (de, en) = (key.text(Lang::De), key.text(Lang::En));
            assert!(!de.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
        }
        // The language switch names the *other* language.
        assert_eq!(Key::SwitchLanguage.text(Lang::De), "English");
    }

    #[test]
    fn counts_agree_with_their_number_in_both_languages() {
        use crate::i18n::count;
        assert_eq!(count(Lang::De, 1, Key::DownloadRowOne, Key::DownloadRows), "(1 Zeile, wie gefiltert)");
        assert_eq!(count(Lang::De, 1136, Key::DownloadRowOne, Key::DownloadRows), "(1.136 Zeilen, alle Seiten, wie gefiltert und sortiert)");
        assert_eq!(count(Lang::En, 1, Key::ResultOne, Key::Results), "1 result");
        assert_eq!(count(Lang::En, 0, Key::ResultOne, Key::Results), "0 results");
        assert_eq!(count(Lang::De, 1, Key::ResultOne, Key::Results), "1 Treffer");
        use crate::keb::domain::texts::KebKey;
        assert_eq!(count(Lang::En, 1, KebKey::KebCharLeft, KebKey::KebCharsLeft), "1 character left");
        assert_eq!(count(Lang::En, 1500, KebKey::KebCharLeft, KebKey::KebCharsLeft), "1,500 characters left");
    }
}
