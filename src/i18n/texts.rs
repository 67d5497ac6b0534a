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
    NotFoundText => "Diese Adresse gibt es nicht (mehr). Vielleicht finden Sie das Gesuchte über die Suche:", "This address does not exist (any more). Perhaps the search helps you find what you are looking for:";
    NotFoundTitle => "Seite nicht gefunden", "Page not found";
    NotFoundHome => "Zur Startseite", "Go to the start page";
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
    NoticePreview => "Vorschau der Redaktion: Diese Daten sind noch nicht veröffentlicht", "Editorial preview: this data is not published yet";
    DataUnavailable => "Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu.", "The data could not be loaded. Please check your connection and reload the page.";
    Retry => "Erneut versuchen", "Try again";
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
    People => "Personen", "People";
    PeopleIntro => "Fachberaterinnen und Fachberater beraten die Mitgliedskommunen ihres Netzwerks. Mentorentrainer schulen Bürgermentoren.", "Advisers support the member municipalities of their network. Mentor trainers train civic mentors.";
    Email => "E-Mail", "E-mail";
    Phone => "Telefon", "Phone";
    Website => "Website", "Website";
    Kreis => "Kreis", "District";
    Population => "Einwohner (31.12.2023)", "Population (31 Dec 2023)";
    Area => "Fläche", "Area";
    TypeGemeinde => "Gemeinde", "Municipality";
    TypeStadt => "Stadt", "Town";
    TypeGrosseKreisstadt => "Große Kreisstadt", "Major district town";
    TypeStadtkreis => "Stadtkreis", "Urban district";
    TypeLandkreis => "Landkreis", "Rural district";
    Results => "{n} Treffer", "{n} results";
    ResultOne => "{n} Treffer", "{n} result";
    DirectoryTitle => "Mitgliederverzeichnis", "Member directory";
    DirectoryIntro => "Alle Städte, Gemeinden und Landkreise Baden-Württembergs und ihre Mitgliedschaften in den Netzwerken.", "All towns, municipalities and districts of Baden-Württemberg and their memberships in the networks.";
    Network => "Netzwerk", "Network";
    Type => "Art", "Type";
    No => "Nein", "No";
    ResultsShown => "{from}–{to} von {total} Treffern", "{from}–{to} of {total} results";
    MapTitle => "Karte der Kreise", "Map of the districts";
    MapIntro => "Wo sind die Netzwerke? Die Farbe zeigt, wie viele Gemeinden eines Kreises Mitglied in einem Netzwerk sind; schraffiert sind die Landkreise im Landkreisnetzwerk. Wählen Sie einen Kreis, um seine Kommunen im Verzeichnis zu sehen.", "Where are the networks? The colour shows how many municipalities of a district are members of a network; hatched districts belong to the Landkreisnetzwerk. Choose a district to see its municipalities in the directory.";
    Landkreisnetzwerk => "Landkreis\u{AD}netzwerk", "Landkreis\u{AD}netzwerk";
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
    When => "Wann", "When";
    AllEvents => "Alle Veranstaltungen", "All events";
    OpenDataIntro => "Alle Daten dieser Anwendung sind offen. Jede Liste (Mitglieder, Personen, Veranstaltungen) lässt sich so, wie sie gefiltert und sortiert ist, als CSV oder JSON herunterladen; Veranstaltungen auch als Kalenderdatei. Jede Datei nennt Datenstand, Quellen und Lizenzen.", "All data of this app is open. Every list (members, people, events) can be downloaded as CSV or JSON exactly as filtered and sorted; events also as a calendar file. Every file names its data date, sources and licences.";
    Field => "Feld", "Field";
    RoleFachberatung => "Fachberatung", "Adviser";
    RoleMentorentrainer => "Mentorentrainer(in)", "Mentor trainer";
    RoleBuergermentor => "Bürgermentor(in)", "Civic mentor";
    RoleFachstelle => "Fachstelle", "Local engagement office";
    SourcesIntro => "Die App verwendet diese Daten. Die Lizenzen verlangen die folgenden Quellenangaben.", "The app uses these data. Their licences require the following attributions.";
    PublishedCount => "Zuletzt veröffentlichte Zahl", "Latest published count";
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
        assert_eq!(count(Lang::De, 1, crate::i18n::PageKey::DownloadRowOne, crate::i18n::PageKey::DownloadRows), "(1 Zeile, wie gefiltert)");
        assert_eq!(count(Lang::De, 1136, crate::i18n::PageKey::DownloadRowOne, crate::i18n::PageKey::DownloadRows), "(1.136 Zeilen, alle Seiten, wie gefiltert und sortiert)");
        assert_eq!(count(Lang::En, 1, Key::ResultOne, Key::Results), "1 result");
        assert_eq!(count(Lang::En, 0, Key::ResultOne, Key::Results), "0 results");
        assert_eq!(count(Lang::De, 1, Key::ResultOne, Key::Results), "1 Treffer");
        use crate::keb::domain::antrag_texts::AntragKey;
        assert_eq!(count(Lang::En, 1, AntragKey::KebCharLeft, AntragKey::KebCharsLeft), "1 character left");
        assert_eq!(count(Lang::En, 1500, AntragKey::KebCharLeft, AntragKey::KebCharsLeft), "1,500 characters left");
    }
}
