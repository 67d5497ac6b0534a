//! The Redaktion's texts: a table of their own, in the Redaktion's part only.

crate::i18n::texts! {
    RedKey;
    Title => "Redaktion", "Editorial desk";
    Lead => "Hier pflegen Netzwerkbüros die Daten dieser Anwendung: Veranstaltungen, Mitglieder, Fachstellen und Kontakte. Sie arbeiten an einer Arbeitskopie; veröffentlicht wird erst die exportierte Datei.", "Network offices keep this application's data here: events, members, local offices and contacts. You work on a working copy; only the exported file is published.";
    DatasetTitle => "Datensatz", "Dataset";
    OpenApp => "Datensatz der Anwendung öffnen", "Open the application's dataset";
    OpenFile => "Datei öffnen (JSON)", "Open a file (JSON)";
    DropHint => "Oder ziehen Sie die Datei hierher.", "Or drop the file here.";
    Opening => "Der Datensatz wird geöffnet …", "Opening the dataset …";
    OpenFailed => "Die Datei lässt sich nicht öffnen", "The file cannot be opened";
    OpenedFrom => "Geöffnet: {origin}, Stand {stand}", "Opened: {origin}, as of {stand}";
    OriginApp => "Datensatz der Anwendung", "the application's dataset";
    KeptHere => "Ihre Arbeitskopie ist auf diesem Gerät gespeichert (im Browser) und übersteht Neuladen und Schließen. Nichts wird veröffentlicht, bevor Sie die Datei exportieren.", "Your working copy is saved on this device (in the browser) and survives a reload or a closed tab. Nothing is published until you export the file.";
    NotKept => "Die Arbeitskopie lässt sich auf diesem Gerät nicht speichern (Speicher voll oder gesperrt): Exportieren Sie sie, bevor Sie die Seite schließen.", "The working copy cannot be saved on this device (storage full or blocked): export it before you close the page.";
    Discard => "Arbeitskopie verwerfen", "Discard the working copy";
    DiscardConfirm => "Die Arbeitskopie mit allen Änderungen verwerfen?", "Discard the working copy and all its changes?";
    NothingOpen => "Noch keine Arbeitskopie. Öffnen Sie den Datensatz der Anwendung oder eine Datei.", "No working copy yet. Open the application's dataset or a file.";
    EventsTitle => "Veranstaltungen", "Events";
    NewEvent => "Neue Veranstaltung", "New event";
    Edit => "Bearbeiten", "Edit";
    Copy => "Als Vorlage kopieren", "Copy as a template";
    Remove => "Entfernen", "Remove";
    Save => "Übernehmen", "Apply";
    Cancel => "Abbrechen", "Cancel";
    FTitle => "Titel", "Title";
    FNetwork => "Netzwerk", "Network";
    FKind => "Art", "Type";
    FDay => "Tag", "Day";
    FDayHint => "Tag.Monat.Jahr, zum Beispiel 20.01.2027", "Day.month.year, for example 20.01.2027";
    FEndDay => "Letzter Tag (freiwillig)", "Last day (optional)";
    FFrom => "Beginn (Uhrzeit, freiwillig)", "Starts at (time, optional)";
    FTo => "Ende (Uhrzeit, freiwillig)", "Ends at (time, optional)";
    FTimeHint => "Stunde:Minute, zum Beispiel 10:00; ohne Uhrzeit ganztägig", "Hour:minute, for example 10:00; without a time all day";
    FPlace => "Ort (Name)", "Venue (name)";
    FAddress => "Adresse (freiwillig)", "Address (optional)";
    FAddressHint => "Straße, PLZ und Ort, zum Beispiel Marktplatz 1, 73087 Bad Boll", "Street, postcode and town, for example Marktplatz 1, 73087 Bad Boll";
    FKommune => "Kommune des Orts (Gemeindeschlüssel, freiwillig)", "Municipality of the venue (key, optional)";
    FSource => "Quelle", "Source";
    FSourceNone => "Keine (dann ein Beispiel)", "None (an example then)";
    FExample => "Beispiel (erfundener Eintrag)", "Example (invented record)";
    FEmail => "E-Mail-Adresse", "Email address";
    FPhone => "Telefon", "Phone";
    FWeb => "Webseite", "Web page";
    MTitle => "Geben Sie den Titel an", "Enter the title";
    MDay => "Geben Sie den Tag als Datum an, zum Beispiel 20.01.2027", "Enter the day as a date, for example 20.01.2027";
    MTime => "Geben Sie die Uhrzeit als Stunde:Minute an, zum Beispiel 10:00", "Enter the time as hour:minute, for example 10:00";
    MembersTitle => "Mitglieder aus einer Liste", "Members from a list";
    MembersLead => "Fügen Sie eine Spalte mit Namen, Postleitzahlen oder Gemeindeschlüsseln ein – so, wie Ihre Liste sie schreibt – oder öffnen Sie eine CSV-Datei. Jede Zeile wird einzeln abgeglichen; nichts wird geraten.", "Paste a column of names, postcodes or municipality keys – as your list writes them – or open a CSV file. Each line is matched on its own; nothing is guessed.";
    FListNetwork => "Netzwerk der Liste", "Network of the list";
    FList => "Liste (eine Kommune je Zeile)", "List (one municipality a line)";
    FListFile => "Oder eine CSV-Datei öffnen", "Or open a CSV file";
    FListDate => "Stand der Liste", "Date of the list";
    Match => "Abgleichen", "Match";
    Matched => "gefunden", "found";
    Choose => "mehrere möglich – bitte wählen", "several possible – please choose";
    NotFound => "nicht gefunden", "not found";
    NoneOfThese => "Keine davon", "None of these";
    Line => "Zeile", "Line";
    Written => "In der Liste", "In the list";
    Result => "Ergebnis", "Result";
    Summary => "{matched} gefunden, {choose} zu wählen, {missing} nicht gefunden", "{matched} found, {choose} to choose, {missing} not found";
    ReplaceExamples => "Die Beispiel-Mitglieder dieses Netzwerks ersetzen", "Replace this network's example members";
    Join => "Gefundene als Mitglieder übernehmen", "Add the found ones as members";
    Joined => "{n} Mitglieder übernommen.", "{n} members added.";
    ContactsTitle => "Fachstellen und Kontakte", "Local offices and contacts";
    ChangesTitle => "Änderungen gegenüber dem geöffneten Datensatz", "Changes against the opened dataset";
    NoChanges => "Noch keine Änderungen.", "No changes yet.";
    Added => "neu", "added";
    Changed => "geändert", "changed";
    Removed => "entfernt", "removed";
    Undo => "Rückgängig", "Undo";
    ExportTitle => "Prüfen und exportieren", "Check and export";
    Export => "Datei exportieren (be-netzwerke.json)", "Export the file (be-netzwerke.json)";
    ExportBlocked => "Die Datei lässt sich erst exportieren, wenn kein Fehler mehr gemeldet ist.", "The file can be exported once no error is reported.";
    ExportOk => "Keine Fehler: Die Datei kann exportiert werden.", "No errors: the file can be exported.";
    ExportHowTo => "Legen Sie die exportierte Datei an die Stelle der bisherigen auf dem Webserver (die Adresse steht in data-source, sonst data/be-netzwerke.json neben der Anwendung). Die README beschreibt es im Abschnitt „Für Redaktionen“.", "Put the exported file in place of the current one on the web server (its address is in data-source, otherwise data/be-netzwerke.json beside the application). The README's section \"Für Redaktionen\" describes it.";
    RulesTitle => "KEB-Regeln", "KEB rules";
    RulesLead => "Wie auf der Seite des Sozialministeriums (Förderprogramme): der Antrag-Assistent prüft danach.", "As on the Ministry of Social Affairs' page (funding programmes): the application wizard checks against them.";
    RMaxFunding => "Höchstbetrag je KEB (Euro)", "Maximum per KEB (euros)";
    RLeadDays => "Vorlauf: Tage vor Beginn, an denen der Antrag vorliegen muss", "Lead time: days before the start by which the application must arrive";
    RPerYear => "KEB je Kommune und Jahr (höchstens)", "KEB per municipality and year (at most)";
    RPerYearAmount => "Förderung je Kommune und Jahr (höchstens, Euro)", "Funding per municipality and year (at most, euros)";
    RInYear => "Die Maßnahme beginnt im Jahr des Antrags", "The measure starts in the year of the application";
    MNumber => "Geben Sie eine Zahl an, zum Beispiel 28 oder 3.000,00", "Enter a number, like 28 or 3,000.00";
    PublishTitle => "Veröffentlichen", "Publish";
    PublishLead => "Die Datei wird an {url} gesendet und ersetzt dort die bisherige – nur, wenn diese seit dem Öffnen unverändert ist. Ihre Anmeldung gilt nur für diesen Vorgang und wird nicht gespeichert.", "The file is sent to {url} and replaces the current one there – only if it is unchanged since you opened it. Your login is used for this alone and is not stored.";
    FUser => "Benutzername", "User name";
    FPassword => "Passwort", "Password";
    Publish => "Veröffentlichen", "Publish";
    Publishing => "Wird veröffentlicht …", "Publishing …";
    Published => "Veröffentlicht. Die Anwendung zeigt die neue Datei beim nächsten Laden.", "Published. The application shows the new file when it next loads.";
    PublishRefused => "Die Anmeldung wurde abgelehnt (HTTP {status}): Prüfen Sie Benutzername und Passwort. Ihre Arbeitskopie bleibt erhalten.", "The login was refused (HTTP {status}): check the user name and password. Your working copy is kept.";
    PublishFailed => "Veröffentlichen ist nicht gelungen (HTTP {status}). Ihre Arbeitskopie bleibt erhalten; versuchen Sie es später erneut oder exportieren Sie die Datei.", "Publishing did not work (HTTP {status}). Your working copy is kept; try again later or export the file.";
    PublishOffline => "Der Server ist nicht erreichbar. Ihre Arbeitskopie bleibt erhalten.", "The server cannot be reached. Your working copy is kept.";
    Conflict => "Jemand hat die Datei inzwischen veröffentlicht; sie wurde nicht überschrieben. Ihre Arbeitskopie bleibt erhalten. Dort geändert:", "Someone has published the file meanwhile; it was not overwritten. Your working copy is kept. Changed there:";
    Reapply => "Meine Änderungen auf die neue Datei anwenden", "Apply my changes to the new file";
    Reapplied => "Ihre Änderungen stehen jetzt auf der neuen Datei. Prüfen Sie sie und veröffentlichen Sie erneut.", "Your changes are now on the new file. Check them and publish again.";
    Preview => "Vorschau öffnen (neues Fenster)", "Open the preview (new window)";
    PreviewHint => "Zeigt die ganze Anwendung mit der Arbeitskopie, als Vorschau gekennzeichnet. Veröffentlicht wird dabei nichts.", "Shows the whole application with the working copy, marked as a preview. Nothing is published.";
    PreviewNoWorker => "Die Vorschau braucht den Offline-Speicher der Anwendung, der beim ersten Besuch noch nicht bereit ist: Laden Sie diese Seite neu.", "The preview needs the application's offline storage, which is not ready on a first visit: reload this page.";
    Networks => "Netzwerke", "Networks";
    SecEvents => "Veranstaltung", "Event";
    SecMemberships => "Mitgliedschaft", "Membership";
    SecFachstellen => "Fachstelle", "Local office";
    SecNetworks => "Netzwerk", "Network";
    SecPeople => "Person", "Person";
    SecSources => "Quelle", "Source";
    SecKeb => "KEB-Regeln", "KEB rules";
    OwnPageOnly => "Die Redaktion gibt es nur auf der eigenen Seite der Anwendung, nicht in einer eingebetteten Fassung.", "The editorial desk is only on the application's own page, not in an embedded copy.";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        crate::keb::domain::texts::tests::both_languages(super::RedKey::ALL);
    }
}

/// What a section's record is called in the change list.
pub fn section_name(section: &str) -> RedKey {
    match section {
        "events" => RedKey::SecEvents,
        "memberships" => RedKey::SecMemberships,
        "fachstellen" => RedKey::SecFachstellen,
        "networks" => RedKey::SecNetworks,
        "people" => RedKey::SecPeople,
        "sources" => RedKey::SecSources,
        _ => RedKey::SecKeb,
    }
}
