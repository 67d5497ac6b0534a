//! The application's texts (its steps, rules, check and confirmation): a table of their own, so the
//! KEB page, which shares `KebKey` with the application, does not carry them. Adding a key without
//! both languages does not compile.

crate::i18n::texts! {
    AntragKey;
    KebStepApplicant => "Antragsteller", "Applicant";
    KebStepContact => "Ansprechperson", "Contact person";
    KebStepAdvice => "Vorklärung", "Prior consultation";
    KebStepMeasure => "Maßnahme", "Measure";
    KebStepPerspective => "Kommunale Entwicklungsperspektive", "Municipal development perspective";
    KebStepGroups => "Zielgruppen", "Target groups";
    KebStepStructures => "Anbindung an Strukturen", "Links to existing structures";
    KebStepFunding => "Finanzierung", "Funding";
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
    // no example date: the browser shows the date field in its own language's format
    KebHAdviceDate => "Der Tag, an dem Sie mit der Fachberatung gesprochen haben", "The day you spoke to the advisers";
    KebHStart => "Der erste Tag der Maßnahme. Der Antrag muss spätestens {days} Tage vorher beim Sozialministerium vorliegen", "The first day of the measure. The application must reach the Ministry of Social Affairs at least {days} days before";
    KebHStartYear => "Die Maßnahme beginnt im Jahr des Antrags", "The measure starts in the year of the application";
    KebFTitle => "Titel der Maßnahme", "Title of the measure";
    KebFFormat => "Format", "Format";
    KebFStart => "Beginn", "Start";
    KebFEnd => "Ende (freiwillig)", "End (optional)";
    KebHEnd => "Nur bei Maßnahmen über mehrere Tage", "Only for measures over several days";
    KebHDatePattern => "Tag.Monat.Jahr, zum Beispiel {example}", "Day/month/year, for example {example}";
    KebFPlace => "Ort", "Place";
    KebHPlace => "Zum Beispiel Bürgersaal im Rathaus", "For example the town hall's assembly room";
    KebFSituation => "Ausgangssituation", "Starting point";
    KebHSituation => "Wie ist die Lage in Ihrer Kommune heute?", "What is the situation in your municipality today?";
    KebFConcern => "Anliegen", "Purpose";
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
    KebFPrior => "Wie viele KEB hat Ihre Kommune in diesem Jahr schon erhalten oder beantragt?", "How many KEB has your municipality received or applied for this year?";
    KebHPrior => "Je Kommune und Jahr sind höchstens {count} KEB und zusammen {yearmax} möglich", "Each municipality can have at most {count} KEB and {yearmax} in total a year";
    KebMPrior => "Wählen Sie aus, wie viele KEB Ihre Kommune in diesem Jahr schon hat", "Choose how many KEB your municipality has this year";
    KebPriorNone => "Noch keinen", "None yet";
    KebPriorMore => "{n} oder mehr", "{n} or more";
    KebPriorUnknown => "Weiß ich nicht", "I do not know";
    KebFPriorAmount => "Wie viel Förderung war das zusammen?", "How much funding was that in total?";
    KebHPriorAmount => "In Euro, bewilligt oder beantragt", "In euros, granted or applied for";
    KebMPriorAmount => "Geben Sie an, wie viel Förderung Ihre Kommune in diesem Jahr schon erhalten oder beantragt hat", "Enter how much funding your municipality has received or applied for this year";
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
    KebMStartPast => "Der Beginn liegt in der Vergangenheit: Für eine Maßnahme, die schon begonnen hat, ist kein Antrag mehr möglich", "The start is in the past: a measure that has already begun cannot be applied for";
    KebMStartLaterYear => "Die Maßnahme muss im Jahr des Antrags beginnen. Für einen Beginn {year} stellen Sie den Antrag ab dem 1. Januar {year}, spätestens am {deadline}", "The measure must start in the year of the application. For a start in {year}, apply from 1 January {year}, by {deadline} at the latest";
    KebMStartLaterYearLate => "Die Maßnahme muss im Jahr des Antrags beginnen. Für einen Beginn {year} stellen Sie den Antrag ab dem 1. Januar {year}; die Frist vor Beginn ist dann schon knapp – sprechen Sie vorher mit Ihrer Fachberatung", "The measure must start in the year of the application. For a start in {year}, apply from 1 January {year}; the time needed before the start is short then – talk to your adviser first";
    KebMYearlyCount => "Je Kommune und Jahr sind höchstens {count} KEB möglich. Sprechen Sie mit Ihrer Fachberatung über einen Antrag im nächsten Jahr", "Each municipality can have at most {count} KEB a year. Talk to your adviser about applying next year";
    KebMOverYearly => "Je Kommune und Jahr sind zusammen höchstens {max} möglich: Für Ihre Kommune bleiben in diesem Jahr noch {left}", "Each municipality can have at most {max} a year in total: {left} is left for your municipality this year";
    KebWLate => "Der Antrag kommt spät: Er muss {days} Tage vor Beginn beim Sozialministerium vorliegen, für diesen Beginn also bis zum {deadline}. Verspätete Anträge werden in der Regel abgelehnt. Sprechen Sie zuerst mit Ihrer Fachberatung – oder wählen Sie einen späteren Beginn", "The application is late: it must reach the Ministry of Social Affairs {days} days before the start, so for this start by {deadline}. Late applications are normally refused. Talk to your adviser first – or choose a later start";
    KebWLimitsUnknown => "Je Kommune und Jahr sind höchstens {count} KEB und zusammen {max} möglich. Fragen Sie vor dem Einreichen in Ihrer Verwaltung nach, was Ihre Kommune in diesem Jahr schon erhalten hat", "Each municipality can have at most {count} KEB and {max} in total a year. Before handing in, ask in your administration what your municipality has already received this year";
    KebWarning => "Hinweis", "Note";
    KebWarningsTitle => "Bitte beachten Sie", "Please note";
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
    KebMDeclaration => "Bestätigen Sie die Erklärung: Ohne sie ist der Antrag nicht vollständig", "Confirm the declaration: the application is not complete without it";
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
    KebYourNetwork => "Ihr Netzwerk", "Your network";
    KebStepOf => "Schritt {n} von {total}", "Step {n} of {total}";
    KebContinue => "Weiter", "Continue";
    KebSaveAndReturn => "Speichern und zurück zur Prüfung", "Save and return to the check";
    KebCharsLeft => "Noch {n} Zeichen", "{n} characters left";
    KebCharLeft => "Noch {n} Zeichen", "{n} character left";
    KebCharsOver => "{n} Zeichen zu viel", "{n} characters too many";
    KebCharOver => "{n} Zeichen zu viel", "{n} character too many";
    KebChange => "Ändern", "Change";
    KebNotAnswered => "Keine Angabe", "Not answered";
    KebDeclarationTitle => "Erklärung", "Declaration";
    KebDeclaration => "Ich bestätige, dass die Angaben vollständig und richtig sind und dass die Maßnahme mit der Fachberatung vorgeklärt wurde.", "I confirm that the answers are complete and correct and that the measure has been discussed with the adviser.";
    KebSend => "Antrag senden", "Send application";
    KebSending => "Antrag wird gesendet …", "Sending the application …";
    KebQueued => "Keine Verbindung. Ihr Antrag ist auf diesem Gerät zwischengespeichert und wird automatisch gesendet, sobald wieder eine Verbindung besteht.", "No connection. Your application is kept on this device and will be sent automatically as soon as there is a connection again.";
    KebServerError => "Der Antrag konnte nicht angenommen werden (Fehler {status}). Ihre Angaben bleiben erhalten. Bitte versuchen Sie es in einigen Minuten erneut.", "The application could not be accepted (error {status}). Your answers are kept. Please try again in a few minutes.";
    KebRejected => "Der Empfänger hat den Antrag abgelehnt (Fehler {status}). Ihre Angaben bleiben erhalten. Bitte wenden Sie sich an Ihr Netzwerk.", "The receiver refused the application (error {status}). Your answers are kept. Please contact your network.";
    KebHandInTitle => "So reichen Sie den Antrag ein", "How to hand in the application";
    KebIntakeEmail => "{network} nimmt KEB-Anträge per E-Mail an {address} entgegen, als {file}.", "{network} takes KEB applications by email to {address}, as a {file}.";
    KebIntakeUpload => "{network} nimmt KEB-Anträge auf seiner Seite zum Hochladen entgegen, als {file}.", "{network} takes KEB applications on its upload page, as a {file}.";
    KebIntakeUnknown => "{network} hat nicht veröffentlicht, wie es KEB-Anträge entgegennimmt. Sichern Sie den Antrag als PDF-Datei und fragen Sie Ihre Fachberatung, wohin Sie ihn senden.", "{network} has not published how it takes KEB applications. Save the application as a PDF file and ask your adviser where to send it.";
    KebFinish => "Antrag fertigstellen", "Finish the application";
    KebFinishHint => "Danach sichern Sie den Antrag und reichen ihn ein; gesendet wird von hier aus nichts.", "Next you save the application and hand it in; nothing is sent from this page.";
    KebFilePdf => "PDF-Datei", "PDF file";
    KebFileJson => "Antragsdatei (JSON)", "application file (JSON)";
    KebDownloadApplication => "Antragsdatei sichern (JSON)", "Save the application file (JSON)";
    KebPrint => "Drucken oder als PDF speichern", "Print or save as PDF";
    KebEmailTo => "E-Mail an {network} schreiben", "Write an email to {network}";
    KebUploadAt => "Zur Seite zum Hochladen: {network}", "Go to the upload page: {network}";
    KebContactPage => "Kontaktseite: {network}", "Contact page: {network}";
    KebToDoSave => "Sichern Sie den Antrag als {file}.", "Save the application as a {file}.";
    KebToDoMail => "Schreiben Sie eine E-Mail an {address} und hängen Sie die Datei an.", "Email {address} with the file attached.";
    KebToDoUpload => "Laden Sie die Datei auf der Seite von {network} hoch.", "Upload the file on {network}’s page.";
    KebToDoAsk => "Fragen Sie Ihre Fachberatung, wohin Sie den Antrag senden.", "Ask your adviser where to send the application.";
    KebToDoReference => "Nennen Sie bei Rückfragen die Referenz {reference}.", "Quote the reference {reference} if you have questions.";
    KebMailSubject => "KEB-Antrag {reference}: {title}", "KEB application {reference}: {title}";
    KebMailBody => "Guten Tag,\n\nim Anhang finden Sie den KEB-Antrag „{title}“ für {kommune} als {file}.\nReferenz: {reference}\n\nMit freundlichen Grüßen\n{name}", "Hello,\n\nplease find attached the KEB application “{title}” for {kommune} as a {file}.\nReference: {reference}\n\nKind regards\n{name}";
    KebPreparedTitle => "Antrag fertig – noch nicht eingereicht", "Application ready – not yet handed in";
    KebPreparedLead => "Gesendet wurde nichts: Reichen Sie den Antrag wie unten beschrieben bei Ihrem Netzwerk ein.", "Nothing has been sent: hand the application in to your network as described below.";
    KebHandedInTitle => "Antrag fertig – von Ihnen eingereicht", "Application ready – handed in by you";
    KebHandedInLead => "Sie haben alle Schritte als erledigt markiert. Den Eingang bestätigt Ihnen Ihr Netzwerk, nicht diese Seite.", "You have marked every step as done. Your network, not this page, confirms that it has arrived.";
    KebMarkDone => "Erledigt", "Done";
    KebKeptOnDevice => "Der Antrag mit Referenz und Dokument ist auf diesem Gerät gespeichert, bis Sie ihn löschen.", "The application, its reference and the document are saved on this device until you delete them.";
    KebKeptInTab => "Der Antrag ist nur in diesem Browserfenster gespeichert. Schließen Sie es, sind Referenz und Dokument verloren – speichern Sie ihn auf diesem Gerät oder sichern Sie das Dokument.", "The application is only kept in this browser window. If you close it, the reference and the document are lost – save it on this device or save the document.";
    KebReopen => "Antrag wieder bearbeiten", "Edit the application again";
    KebReopenHint => "Danach stellen Sie ihn erneut fertig; er bekommt eine neue Referenz.", "You then finish it again; it gets a new reference.";
    KebUnknownTitle => "Antrag auf diesem Gerät nicht bekannt", "Application not known on this device";
    KebUnknownText => "Zur Referenz {reference} ist in diesem Browser kein Antrag gespeichert. Vielleicht wurde er in einem anderen Fenster fertiggestellt, ohne ihn auf diesem Gerät zu speichern, oder er wurde gelöscht. Ob er eingereicht wurde, lässt sich hier nicht sagen.", "No application with the reference {reference} is saved in this browser. It may have been finished in another window without being saved on this device, or deleted. Whether it was handed in cannot be told here.";
    KebSignaturePlace => "Ort, Datum", "Place, date";
    KebSignature => "Unterschrift für die Kommune (Name, Funktion)", "Signature for the municipality (name, position)";
    KebDocumentTitle => "Antrag auf Förderung eines Kommunalen Entwicklungsbausteins (KEB)", "Application for funding of a municipal development module (KEB)";
    KebDocumentApplicant => "Antragsteller", "Applicant";
    KebDocumentTo => "An", "To";
    KebDocumentDate => "Datum", "Date";
    KebDocumentReference => "Referenz", "Reference";
    KebDocumentDeclared => "Erklärung abgegeben", "Declaration made";
    KebSentTitle => "Antrag gesendet", "Application sent";
    KebReference => "Ihre Referenznummer", "Your reference number";
    KebNextTitle => "Wie es weitergeht", "What happens next";
    KebNext => "Ihr Netzwerk prüft den Antrag und leitet ihn an das Sozialministerium weiter, das über die Förderung entscheidet. Bei Rückfragen meldet sich Ihre Fachberatung. Bewahren Sie die Referenznummer auf.", "Your network checks the application and forwards it to the Ministry of Social Affairs, which decides on the funding. Your adviser will contact you with any questions. Keep the reference number.";
    KebContactTitle => "Kontakt", "Contact";
    KebSummaryTitle => "Ihr Antrag", "Your application";
    KebSentLead => "Ihr Netzwerk hat den Antrag angenommen.", "Your network has accepted the application.";
}

/// A field's label as it stands on the check page and in the application: an answer given is a
/// fact, so the form's "(freiwillig)" mark goes.
pub fn as_fact(label: &str) -> &str {
    label.strip_suffix(" (freiwillig)").or_else(|| label.strip_suffix(" (optional)")).unwrap_or(label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Translate};

    #[test]
    fn the_check_page_drops_the_optional_mark_in_both_languages() {
        assert_eq!(as_fact(AntragKey::KebFRole.text(Lang::De)), "Funktion");
        assert_eq!(as_fact(AntragKey::KebFPhone.text(Lang::En)), "Phone");
        assert_eq!(as_fact("Ort"), "Ort");
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        crate::keb::domain::texts::tests::both_languages(AntragKey::ALL);
    }
}
