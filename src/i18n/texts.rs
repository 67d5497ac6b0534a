//! The interface texts. Adding a key without both languages does not compile.

use super::Lang;

macro_rules! texts {
    ($($key:ident => $de:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Key::$key, Lang::De) => $de, (Key::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

texts! {
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
    ExampleExplained => "Beispieldatensatz: keine amtliche Angabe", "Example record: not official information";
    NoticeFallback => "Die konfigurierte Datenquelle konnte nicht gelesen werden. Angezeigt werden die mitgelieferten Daten.", "The configured data source could not be read. Showing the bundled data instead.";
    InvalidSetting => "Unzulässige Adresse, nicht verwendet", "Address not allowed, not used";
    NoticeMoreProblems => "weitere Probleme", "more problems";
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
    Results => "Treffer", "results";
    DirectoryTitle => "Mitgliederverzeichnis", "Member directory";
    DirectoryIntro => "Alle Städte, Gemeinden und Landkreise Baden-Württembergs und ihre Mitgliedschaften in den Netzwerken.", "All towns, municipalities and districts of Baden-Württemberg and their memberships in the networks.";
    SearchHint => "Auch Teile des Namens, ohne Umlaute oder mit einem Tippfehler", "Parts of names, without umlauts or with a typo also work";
    Filters => "Filter", "Filters";
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
    EventsTitle => "Veranstaltungen", "Events";
    EventsIntro => "Netzwerktreffen, die Landesnetzwerkkonferenz und Fortbildungen. Alle Zeiten in deutscher Ortszeit.", "Network meetings, the state network conference and training courses. All times are German local time.";
    UpcomingEvents => "Nächste Termine", "Upcoming events";
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
    OperatorExample => "Diese Angaben sind Platzhalter, bis der Betreiber seine Daten einträgt.", "These details are placeholders until the operator enters its own.";
    Address => "Anschrift", "Address";
    RepresentedBy => "Vertreten durch", "Represented by";
    PublishedCount => "Zuletzt veröffentlichte Zahl", "Latest published count";
    KebStepApplicant => "Antragsteller", "Applicant";
    KebStepContact => "Ansprechperson", "Contact person";
    KebStepAdvice => "Vorklärung", "Prior consultation";
    KebStepMeasure => "Maßnahme", "Measure";
    KebStepPerspective => "Kommunale Entwicklungsperspektive", "Municipal development perspective";
    KebStepGroups => "Zielgruppen", "Target groups";
    KebStepStructures => "Anbindung an Strukturen", "Link to structures";
    KebStepFunding => "Finanzierung", "Funding";
    KebStepCheck => "Angaben prüfen", "Check your answers";
    KebIAdvice => "Vor dem Antrag besprechen Sie Ihre Maßnahme mit einer Fachberaterin oder einem Fachberater Ihres Netzwerks.", "Before applying, you discuss your measure with an adviser of your network.";
    KebIPerspective => "Beschreiben Sie in vier Teilen, wohin sich Ihre Kommune mit der Maßnahme entwickeln soll.", "Describe in four parts where your municipality is to develop with this measure.";
    KebIFunding => "Gefördert werden bis zu {max} je Maßnahme. Die Kommune trägt einen Eigenbeitrag.", "Up to {max} per measure can be funded. The municipality makes its own contribution.";
    KebFNetwork => "Über welches Netzwerk stellen Sie den Antrag?", "Which network do you apply through?";
    KebFApplicantKind => "Wer stellt den Antrag?", "Who is applying?";
    KebKindKommune => "Die Kommune selbst", "The municipality itself";
    KebKindCooperation => "Ein Verein oder eine Einrichtung in Kooperation mit der Kommune", "An association or institution in cooperation with the municipality";
    KebFOrganisation => "Name des Vereins oder der Einrichtung", "Name of the association or institution";
    KebHOrganisation => "Die Kommune bleibt Partnerin des Antrags.", "The municipality remains a partner of the application.";
    KebFName => "Name", "Name";
    KebFRole => "Funktion (freiwillig)", "Position (optional)";
    KebFEmail => "E-Mail-Adresse", "Email address";
    KebHEmail => "Nur für Rückfragen zu diesem Antrag.", "Only for questions about this application.";
    KebFPhone => "Telefon (freiwillig)", "Phone (optional)";
    KebFAdviser => "Mit wem haben Sie die Maßnahme vorgeklärt?", "Whom did you consult about the measure?";
    KebFAdviceDate => "Datum der Vorklärung", "Date of the consultation";
    KebHDate => "Zum Beispiel 10.03.2027", "For example 10/03/2027";
    KebFTitle => "Titel der Maßnahme", "Title of the measure";
    KebFFormat => "Format", "Format";
    KebFStart => "Beginn", "Start";
    KebFEnd => "Ende (freiwillig)", "End (optional)";
    KebHEnd => "Nur bei Maßnahmen über mehrere Tage", "Only for measures over several days";
    KebFPlace => "Ort", "Place";
    KebHPlace => "Zum Beispiel Bürgersaal im Rathaus", "For example the town hall's assembly room";
    KebFSituation => "Ausgangssituation", "Starting point";
    KebHSituation => "Wie ist die Lage in Ihrer Kommune heute?", "What is the situation in your municipality today?";
    KebFConcern => "Anliegen", "Concern";
    KebHConcern => "Was wollen Sie verändern, und warum?", "What do you want to change, and why?";
    KebFMethod => "Mittel und Methode", "Means and method";
    KebHMethod => "Wie gehen Sie vor?", "How will you proceed?";
    KebFGoal => "Ziel", "Goal";
    KebHGoal => "Was soll am Ende erreicht sein?", "What should have been achieved at the end?";
    KebFGroups => "Zielgruppen", "Target groups";
    KebHGroups => "Wählen Sie mindestens {min}.", "Choose at least {min}.";
    KebFOtherGroups => "Weitere Zielgruppe (freiwillig)", "Other target group (optional)";
    KebHOtherGroups => "Zählt als eine Zielgruppe.", "Counts as one target group.";
    KebFStructures => "An welche bestehenden oder geplanten Strukturen knüpft die Maßnahme an?", "Which existing or planned structures does the measure build on?";
    KebHStructures => "Zum Beispiel Bürgerstiftung, Seniorenrat, Freiwilligenagentur", "For example a community foundation, senior council, volunteer centre";
    KebFCosts => "Kosten", "Costs";
    KebFOwn => "Eigenbeitrag der Kommune", "Municipality's own contribution";
    KebHMoney => "In Euro, zum Beispiel 1.500,00", "In euros, for example 1.500,00";
    KebFOwnKind => "Worin besteht der Eigenbeitrag?", "What does the own contribution consist of?";
    KebHOwnKind => "Zum Beispiel Räume, Personal, Bewirtung", "For example rooms, staff, catering";
    KebFRequested => "Beantragte Förderung", "Funding requested";
    KebHRequested => "In Euro, höchstens {max}", "In euros, at most {max}";
    KebMNetwork => "Wählen Sie das Netzwerk, über das Sie den Antrag stellen", "Choose the network you apply through";
    KebMApplicantKind => "Wählen Sie aus, wer den Antrag stellt", "Choose who is applying";
    KebMOrganisation => "Geben Sie den Namen des Vereins oder der Einrichtung an", "Enter the name of the association or institution";
    KebMName => "Geben Sie den Namen der Ansprechperson an", "Enter the contact person's name";
    KebMEmail => "Geben Sie eine E-Mail-Adresse an", "Enter an email address";
    KebMAdviser => "Wählen Sie aus, mit wem Sie die Maßnahme vorgeklärt haben", "Choose whom you consulted about the measure";
    KebMAdviceDate => "Geben Sie das Datum der Vorklärung an", "Enter the date of the consultation";
    KebMTitle => "Geben Sie den Titel der Maßnahme an", "Enter the title of the measure";
    KebMFormat => "Wählen Sie das Format der Maßnahme", "Choose the format of the measure";
    KebMStart => "Geben Sie den Beginn der Maßnahme an", "Enter the start of the measure";
    KebMPlace => "Geben Sie den Ort der Maßnahme an", "Enter the place of the measure";
    KebMSituation => "Beschreiben Sie die Ausgangssituation", "Describe the starting point";
    KebMConcern => "Beschreiben Sie das Anliegen", "Describe the concern";
    KebMMethod => "Beschreiben Sie Mittel und Methode", "Describe the means and method";
    KebMGoal => "Beschreiben Sie das Ziel", "Describe the goal";
    KebMGroups => "Wählen Sie die Zielgruppen der Maßnahme", "Choose the target groups of the measure";
    KebMStructures => "Beschreiben Sie, an welche Strukturen die Maßnahme anknüpft", "Describe which structures the measure builds on";
    KebMCosts => "Geben Sie mindestens eine Kostenposition an", "Enter at least one cost item";
    KebMOwn => "Geben Sie den Eigenbeitrag der Kommune an", "Enter the municipality's own contribution";
    KebMOwnKind => "Geben Sie an, worin der Eigenbeitrag besteht", "Enter what the own contribution consists of";
    KebMRequested => "Geben Sie die beantragte Förderung an", "Enter the funding requested";
    KebMRequired => "{label}: Angabe fehlt", "{label}: answer missing";
    KebMTooLong => "{label} darf höchstens {max} Zeichen haben (jetzt {len})", "{label} must be {max} characters or fewer (now {len})";
    KebMEmailFormat => "Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de", "Enter an email address in the correct format, like name@example.com";
    KebMDateFormat => "{label} muss ein gültiges Datum sein", "{label} must be a real date";
    KebMDateFuture => "Das Datum der Vorklärung darf nicht in der Zukunft liegen", "The date of the consultation must not be in the future";
    KebMEndBeforeStart => "Das Ende darf nicht vor dem Beginn liegen", "The end must not be before the start";
    KebMTooFewGroups => "Wählen Sie mindestens {min} Zielgruppen", "Choose at least {min} target groups";
    KebMMoneyFormat => "{label}: Geben Sie einen Betrag in Euro an, zum Beispiel 1.500,00", "{label}: enter an amount in euros, like 1.500,00";
    KebMMoneyDecimals => "{label}: höchstens zwei Stellen nach dem Komma", "{label}: at most two digits after the decimal comma";
    KebMMoneyNegative => "{label} darf nicht negativ sein", "{label} must not be negative";
    KebMMoneyTooLarge => "{label} ist zu hoch", "{label} is too high";
    KebMOwnZero => "Der Eigenbeitrag muss größer als 0,00 € sein", "The own contribution must be more than 0,00 €";
    KebMOverMaximum => "Die beantragte Förderung darf höchstens {max} betragen", "The funding requested must be {max} or less";
    KebMOverCosts => "Die beantragte Förderung darf nicht höher sein als die Kosten abzüglich Eigenbeitrag ({rest})", "The funding requested must not exceed the costs minus the own contribution ({rest})";
    KebMLineLabel => "Geben Sie an, wofür die Kosten entstehen", "Enter what the cost is for";
    KebMLineAmount => "Geben Sie den Betrag in Euro an, zum Beispiel 250,00", "Enter the amount in euros, like 250,00";
    KebMDeclaration => "Bestätigen Sie die Erklärung, um den Antrag zu senden", "Confirm the declaration to send the application";
    KebMStepIncomplete => "{step}: Angaben fehlen oder sind fehlerhaft", "{step}: answers missing or wrong";
    KebCostLine => "Kostenposition", "Cost item";
    KebCostLabel => "Wofür?", "What for?";
    KebCostAmount => "Betrag", "Amount";
    KebCostAdd => "Weitere Kostenposition", "Add a cost item";
    KebCostRemove => "Entfernen", "Remove";
    KebKommune => "Kommune", "Municipality";
    KebTotalCosts => "Gesamtkosten", "Total costs";
    KebFundable => "Kosten abzüglich Eigenbeitrag", "Costs minus own contribution";
    KebMaximum => "Höchstbetrag der Förderung", "Maximum funding";
    KebIntroTitle => "So beantragen Sie einen Entwicklungsbaustein", "How to apply for a development module";
    KebHowTo => "Prüfen Sie zuerst, ob Ihre Kommune antragsberechtigt ist. Dann füllen Sie acht kurze Schritte aus, prüfen Ihre Angaben und senden den Antrag an Ihr Netzwerk.", "First check whether your municipality may apply. Then fill in eight short steps, check your answers and send the application to your network.";
    KebEligibilityTitle => "Ist Ihre Kommune antragsberechtigt?", "May your municipality apply?";
    KebChooseKommune => "Name, PLZ oder Gemeindeschlüssel Ihrer Kommune", "Name, postcode or key of your municipality";
    KebChooseHint => "Wählen Sie Ihre Kommune aus der Liste der Treffer.", "Choose your municipality from the list of results.";
    KebEligible => "{name} ist Mitglied im {network} und kann einen KEB-Antrag stellen.", "{name} is a member of the {network} and may apply for KEB.";
    KebYourAdvisers => "Ihre Fachberatung", "Your advisers";
    KebNotEligible => "{name} ist in keinem der kommunalen Netzwerke Mitglied, über die KEB-Anträge laufen. Antragsberechtigt sind Mitglieder des StädteNetzWerks, des Gemeindenetzwerks und des Landkreisnetzwerks (auch Vereine und Einrichtungen in Kooperation mit einer Mitgliedskommune).", "{name} is not a member of any of the municipal networks that KEB applications go through. Members of the StädteNetzWerk, the Gemeindenetzwerk and the Landkreisnetzwerk may apply (also associations and institutions in cooperation with a member municipality).";
    KebWhomToAsk => "Fragen Sie nach einer Mitgliedschaft", "Ask about becoming a member";
    KebUnknownKommune => "Zu diesem Schlüssel gibt es keine Kommune in Baden-Württemberg.", "There is no municipality in Baden-Württemberg with this key.";
    KebOtherKommune => "Andere Kommune wählen", "Choose another municipality";
    KebBegin => "Antrag beginnen", "Start the application";
    KebDrafts => "Ihre Entwürfe", "Your drafts";
    KebNoDrafts => "Noch keine Entwürfe.", "No drafts yet.";
    KebUntitled => "Ohne Titel", "Untitled";
    KebChanged => "geändert", "changed";
    KebResume => "Fortsetzen", "Continue";
    KebExport => "Als Datei sichern", "Save as file";
    KebDelete => "Löschen", "Delete";
    KebDeleteConfirm => "Diesen Entwurf wirklich löschen?", "Really delete this draft?";
    KebOnDevice => "auf diesem Gerät gespeichert", "saved on this device";
    KebOnlyHere => "nur in diesem Fenster – geht beim Schließen verloren", "only in this window – lost when closed";
    KebImport => "Entwurf aus einer Datei laden", "Load a draft from a file";
    KebImported => "Entwurf geladen.", "Draft loaded.";
    KebImportFailed => "Die Datei konnte nicht geladen werden", "The file could not be loaded";
    KebDraftDamaged => "Die Datei ist beschädigt oder unvollständig", "The file is damaged or incomplete";
    KebDraftForeign => "Die Datei ist kein KEB-Entwurf", "The file is not a KEB draft";
    KebDraftTooNew => "Der Entwurf stammt aus einer neueren Version dieser Anwendung (Version {v}). Bitte laden Sie die Seite neu", "The draft comes from a newer version of this application (version {v}). Please reload the page";
    KebDraftTooLarge => "Die Datei ist zu groß für einen Entwurf (höchstens 512 KB)", "The file is too large for a draft (512 KB at most)";
    KebStoredDamaged => "Ein auf diesem Gerät gespeicherter Entwurf lässt sich nicht öffnen. Sichern Sie ihn als Datei oder löschen Sie ihn.", "A draft saved on this device cannot be opened. Save it as a file or delete it.";
    KebDraftMissing => "Diesen Entwurf gibt es auf diesem Gerät nicht (mehr).", "This draft does not exist on this device (any more).";
    KebBackToStart => "Zur KEB-Übersicht", "Back to the KEB overview";
    KebSaveOnDevice => "Auf diesem Gerät speichern", "Save on this device";
    KebSaveExplained => "Ihre Angaben bleiben dann im Browser dieses Geräts gespeichert, bis Sie den Entwurf löschen oder absenden; sie werden nirgendwohin übertragen.", "Your answers then stay in this device's browser until you delete or send the draft; they are not transmitted anywhere.";
    KebSaved => "Gespeichert", "Saved";
    KebSaveFailed => "Speichern auf diesem Gerät ist nicht möglich (Speicher voll oder gesperrt). Sichern Sie den Entwurf als Datei.", "Saving on this device is not possible (storage full or blocked). Save the draft as a file.";
    KebStepOf => "Schritt {n} von {total}", "Step {n} of {total}";
    KebAllSteps => "Alle Schritte", "All steps";
    KebStatusNotStarted => "Nicht begonnen", "Not started";
    KebStatusInProgress => "In Bearbeitung", "In progress";
    KebStatusDone => "Erledigt", "Completed";
    KebContinue => "Weiter", "Continue";
    KebSaveAndReturn => "Speichern und zurück zur Prüfung", "Save and return to the check";
    Back => "Zurück", "Back";
    ErrorSummaryTitle => "Es gibt ein Problem", "There is a problem";
    ErrorPrefix => "Fehler", "Error";
    KebCharsLeft => "Noch {n} Zeichen", "{n} characters left";
    KebCharsOver => "{n} Zeichen zu viel", "{n} characters too many";
    ChooseOne => "Bitte wählen", "Please choose";
    KebChange => "Ändern", "Change";
    KebNotAnswered => "Keine Angabe", "Not answered";
    KebDeclarationTitle => "Erklärung", "Declaration";
    KebDeclaration => "Ich bestätige, dass die Angaben vollständig und richtig sind und dass die Maßnahme mit der Fachberatung vorgeklärt wurde.", "I confirm that the answers are complete and correct and that the measure has been discussed with the adviser.";
    KebSend => "Antrag senden", "Send application";
    KebSending => "Antrag wird gesendet …", "Sending the application …";
    KebQueued => "Keine Verbindung. Ihr Antrag ist auf diesem Gerät zwischengespeichert und wird automatisch gesendet, sobald wieder eine Verbindung besteht.", "No connection. Your application is kept on this device and will be sent automatically as soon as there is a connection again.";
    KebServerError => "Der Antrag konnte nicht angenommen werden (Fehler {status}). Ihre Angaben bleiben erhalten. Bitte versuchen Sie es in einigen Minuten erneut.", "The application could not be accepted (error {status}). Your answers are kept. Please try again in a few minutes.";
    KebRejected => "Der Empfänger hat den Antrag abgelehnt (Fehler {status}). Ihre Angaben bleiben erhalten. Bitte wenden Sie sich an Ihr Netzwerk.", "The receiver refused the application (error {status}). Your answers are kept. Please contact your network.";
    KebRetry => "Erneut senden", "Send again";
    KebOutboxWaiting => "Anträge, die auf eine Verbindung warten: {n}", "Applications waiting for a connection: {n}";
    KebNoEndpoint => "Für diese Seite ist kein Empfang von Anträgen eingerichtet. Sichern Sie den Antrag als Datei oder drucken Sie ihn, und senden Sie ihn per E-Mail an Ihr Netzwerk.", "This page is not set up to receive applications. Save the application as a file or print it, and send it by email to your network.";
    KebDownloadApplication => "Antrag als Datei (JSON)", "Application as a file (JSON)";
    KebPrint => "Drucken oder als PDF speichern", "Print or save as PDF";
    KebEmailTo => "E-Mail an {network}", "Email to {network}";
    KebSentTitle => "Antrag gesendet", "Application sent";
    KebReference => "Ihre Referenznummer", "Your reference number";
    KebNextTitle => "Wie es weitergeht", "What happens next";
    KebNext => "Ihr Netzwerk prüft den Antrag und leitet ihn an das Sozialministerium weiter, das über die Förderung entscheidet. Bei Rückfragen meldet sich Ihre Fachberatung. Bewahren Sie die Referenznummer auf.", "Your network checks the application and forwards it to the Ministry of Social Affairs, which decides on the funding. Your adviser will contact you with any questions. Keep the reference number.";
    KebContactTitle => "Kontakt", "Contact";
    KebSummaryTitle => "Ihr Antrag", "Your application";
    KebReceiptGone => "Die Zusammenfassung ist nur im Fenster verfügbar, in dem der Antrag gesendet wurde.", "The summary is only available in the window the application was sent from.";
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

    #[test]
    fn every_key_has_two_different_nonempty_texts_where_expected() {
        for key in Key::ALL {
            let (de, en) = (key.text(Lang::De), key.text(Lang::En));
            assert!(!de.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
        }
        // The language switch names the *other* language.
        assert_eq!(Key::SwitchLanguage.text(Lang::De), "English");
    }
}
