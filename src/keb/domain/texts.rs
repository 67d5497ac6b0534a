//! The texts of the KEB page and of what both KEB parts show (drafts, saving, eligibility): only
//! the KEB module links them (the app's first view stays small). The application's own texts are
//! in `antrag_texts`.

crate::i18n::texts! {
    KebKey;
    KebStepCheck => "Angaben prüfen", "Check your answers";
    KebBeforeTitle => "Bevor Sie beginnen", "Before you start";
    KebBeforeAdvice => "Besprechen Sie die Maßnahme vorher mit der Fachberatung Ihres Netzwerks. Im Antrag geben Sie an, wann das war.", "Discuss the measure with your network's advisers first. The application asks when you did.";
    KebBeforeMeasure => "Sie beschreiben die Maßnahme: Ausgangslage, Ziel, Zielgruppen, Ort und Zeitraum.", "You describe the measure: the situation, the aim, the target groups, the place and the dates.";
    KebBeforeCosts => "Sie brauchen einen Kostenplan und den Eigenbeitrag der Kommune. Gefördert werden bis zu {max}.", "You need a cost plan and the municipality's own contribution. Funding is up to {max}.";
    KebBeforeRules => "Der Antrag muss spätestens {days} Tage vor Beginn der Maßnahme beim Sozialministerium vorliegen. Je Kommune und Jahr sind höchstens {count} KEB und zusammen {yearmax} möglich.", "The application must reach the Ministry of Social Affairs at least {days} days before the measure starts. Each municipality can have at most {count} KEB and {yearmax} in total a year.";
    KebBeforeYear => "Die Maßnahme beginnt im Jahr des Antrags.", "The measure starts in the year of the application.";
    KebBeforeTime => "Das dauert etwa 20 Minuten. Ihre Angaben bleiben in diesem Browserfenster erhalten, auf Wunsch auch auf diesem Gerät.", "It takes about 20 minutes. What you enter is kept in this browser window, and on this device if you choose.";
    KebHowTo => "Prüfen Sie zuerst, ob Ihre Kommune antragsberechtigt ist. Dann füllen Sie acht kurze Schritte aus, prüfen Ihre Angaben und reichen den Antrag bei Ihrem Netzwerk ein.", "First check whether your municipality may apply. Then fill in eight short steps, check your answers and hand the application in to your network.";
    KebEligibilityTitle => "Ist Ihre Kommune antragsberechtigt?", "Can your municipality apply?";
    KebChooseKommune => "Name, PLZ oder Gemeindeschlüssel Ihrer Kommune", "Name, postcode or key of your municipality";
    KebChooseHint => "Wählen Sie Ihre Kommune aus der Liste der Treffer.", "Choose your municipality from the list of results.";
    KebEligible => "{name} ist Mitglied im {network} und kann einen KEB-Antrag stellen.", "{name} is a member of the {network} and may apply for KEB.";
    KebYourAdvisers => "Ihre Fachberatung", "Your advisers";
    KebYourAdviser => "Ihre Fachberatung", "Your adviser";
    KebNotEligible => "{name} ist in keinem der kommunalen Netzwerke Mitglied, über die KEB-Anträge laufen. Antragsberechtigt sind Mitglieder von {networks} – auch Vereine und Einrichtungen in Kooperation mit einer Mitgliedskommune.", "{name} is not a member of any of the municipal networks that KEB applications go through. Members of {networks} may apply – also associations and institutions in cooperation with a member municipality.";
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
    KebDeleteConfirm => "Diesen Antrag wirklich löschen? Er ist dann auf diesem Gerät nicht mehr vorhanden.", "Really delete this application? It will then no longer be on this device.";
    KebOnDevice => "auf diesem Gerät gespeichert", "saved on this device";
    KebOnlyHere => "nur in diesem Fenster – geht beim Schließen verloren", "only in this window – lost when closed";
    KebImport => "Entwurf aus einer Datei laden", "Load a draft from a file";
    KebImported => "Entwurf geladen.", "Draft loaded.";
    KebImportFailed => "Die Datei konnte nicht geladen werden", "The file could not be loaded";
    KebDraftDamaged => "Die Datei ist beschädigt oder unvollständig", "The file is damaged or incomplete";
    AtLineColumn => "Zeile {line}, Spalte {column}", "line {line}, column {column}";
    KebDraftForeign => "Die Datei ist kein KEB-Entwurf", "The file is not a KEB draft";
    KebDraftTooNew => "Der Entwurf stammt aus einer neueren Version dieser Anwendung (Version {v}). Bitte laden Sie die Seite neu", "The draft comes from a newer version of this application (version {v}). Please reload the page";
    KebDraftForbiddenChar => "Die Datei enthält im Feld „{field}“ das unzulässige Steuerzeichen {code}; sie wird nicht geöffnet", "The file contains the control character {code} in the field \"{field}\", which is not allowed; it is not opened";
    KebDraftTooLong => "Die Datei enthält im Feld „{field}“ einen Text mit mehr als {max} Zeichen; sie wird nicht geöffnet", "The file contains a text of more than {max} characters in the field \"{field}\"; it is not opened";
    KebDraftTooLarge => "Die Datei ist zu groß für einen Entwurf (höchstens 512 KB)", "The file is too large for a draft (512 KB at most)";
    KebStoredDamaged => "Ein auf diesem Gerät gespeicherter Entwurf lässt sich nicht öffnen. Sichern Sie ihn als Datei oder löschen Sie ihn.", "A draft saved on this device cannot be opened. Save it as a file or delete it.";
    KebDraftMissing => "Diesen Entwurf gibt es auf diesem Gerät nicht (mehr).", "This draft does not exist on this device (any more).";
    KebBackToStart => "Zur KEB-Übersicht", "Back to the KEB overview";
    KebSaveOnDevice => "Auf diesem Gerät speichern", "Save on this device";
    KebSaveExplained => "Ihre Angaben bleiben in diesem Browserfenster auch beim Neuladen erhalten. Mit dieser Wahl bleiben sie außerdem im Browser dieses Geräts gespeichert, auch nach dem Fertigstellen, bis Sie den Antrag löschen; sie werden nirgendwohin übertragen.", "Your answers stay in this browser window, even when you reload the page. With this choice they also stay in this device's browser, after finishing too, until you delete the application; they are not sent anywhere.";
    KebSaved => "Gespeichert", "Saved";
    KebSaveFailed => "Speichern auf diesem Gerät ist nicht möglich (Speicher voll oder gesperrt). Sichern Sie den Entwurf als Datei.", "Saving on this device is not possible (storage full or blocked). Save the draft as a file.";
    KebAllSteps => "Alle Schritte", "All steps";
    KebStatusNotStarted => "Nicht begonnen", "Not started";
    KebStatusInProgress => "In Bearbeitung", "In progress";
    KebStatusDone => "Erledigt", "Completed";
    KebRetry => "Erneut senden", "Send again";
    KebOutboxWaiting => "Anträge, die auf eine Verbindung warten: {n}", "Applications waiting for a connection: {n}";
    KebFinishedApplications => "Fertige Anträge", "Finished applications";
    KebStateFinished => "fertig – noch nicht eingereicht", "ready – not yet handed in";
    KebStateHandedIn => "von Ihnen eingereicht", "handed in by you";
    KebStateAccepted => "gesendet und angenommen", "sent and accepted";
    KebStateWaiting => "wartet auf den Versand", "waiting to be sent";
    KebOpenApplication => "Antrag und Dokument ansehen", "View the application and document";
    KebIsFinished => "Dieser Antrag ist fertiggestellt; seine Angaben ändern sich nicht mehr.", "This application is finished; its answers no longer change.";
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every text of a table exists in both languages with the same placeholders.
    pub fn both_languages<K: crate::i18n::Translate + std::fmt::Debug>(all: &[K]) {
        for key in all {
            let (de, en) = (key.text(Lang::De), key.text(Lang::En));
            assert!(!de.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            let holes = |s: &str| s.split('{').skip(1).map(|x| x.split('}').next().unwrap_or("").to_string()).collect::<Vec<_>>();
            let (mut a, mut b) = (holes(de), holes(en));
            a.sort();
            b.sort();
            assert_eq!(a, b, "{key:?}");
        }
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        both_languages(KebKey::ALL);
    }
}
