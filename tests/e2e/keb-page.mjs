// Page object for the KEB wizard: what an applicant sees and does, in the words on the screen.

/** The day the KEB tests apply on (the browser's clock is set to it): the answers' dates fit it. */
export const KEB_TODAY = '2026-06-01';

/** Sets the context's clock to `day` (10:00 in Germany); timers keep running. */
export async function fixClock(context, day = KEB_TODAY) {
  await context.clock.setFixedTime(new Date(`${day}T10:00:00+02:00`));
}

/** The answers below with the measure starting on `start` (typed as a person would). */
export function answersStarting(start) {
  return { ...ANSWERS, Maßnahme: { ...ANSWERS.Maßnahme, fields: { ...ANSWERS.Maßnahme.fields, Beginn: start } } };
}

export const ANSWERS = {
  // the network and the adviser are facts for Freiburg (one of each), not questions
  Antragsteller: { radios: ['Die Kommune selbst'] },
  Ansprechperson: {
    fields: { Name: 'Maria Beispiel', 'Funktion (freiwillig)': 'Stabsstelle Bürgerengagement', 'E-Mail-Adresse': 'm.beispiel@freiburg.example', 'Telefon (freiwillig)': '+49 761 000000' },
  },
  // dates typed as people write them (text fields: domain::dates); the start keeps the four weeks
  Vorklärung: { fields: { 'Datum der Vorklärung': '4.5.26' } },
  Maßnahme: {
    fields: { 'Titel der Maßnahme': 'Zukunftswerkstatt „Ehrenamt 2030“', Beginn: '10.09.2026', Ort: 'Bürgersaal im Rathaus' },
    radios: ['Zukunftswerkstatt'],
  },
  'Kommunale Entwicklungsperspektive': {
    fields: {
      Ausgangssituation: 'Viele Vereine finden keinen Vorstand mehr.',
      Anliegen: 'Engagierte und Verwaltung planen gemeinsam.',
      'Mittel und Methode': 'Eine Zukunftswerkstatt mit drei Phasen.',
      Ziel: 'Ein Engagementplan für 2030.',
    },
  },
  Zielgruppen: { checks: ['Bürgerinnen und Bürger', 'Mandatsträgerinnen und Mandatsträger'] },
  'Anbindung an Strukturen': { fields: { 'An welche bestehenden oder geplanten Strukturen knüpft die Maßnahme an?': 'Bürgerstiftung und Seniorenrat.' } },
  Finanzierung: {
    // amounts as people write them
    costs: [['Moderation', '1200,-'], ['Raummiete und Bewirtung', '800,50 €']],
    radios: ['Noch keinen'],
    fields: { 'Eigenbeitrag der Kommune': '500', 'Worin besteht der Eigenbeitrag?': 'Räume und Personal', 'Beantragte Förderung': '1.500,00 €' },
  },
};

export class KebPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  get errorSummary() { return this.page.locator('.be-error-summary'); }
  errorLinks() { return this.errorSummary.locator('a').allTextContents(); }
  inlineErrors() { return this.page.locator('.be-error-message').allTextContents(); }

  /** From the KEB page: find the Kommune, check it may apply, start a draft. */
  async start(search = 'Freiburg', name = 'Freiburg im Breisgau') {
    await this.app.open('/keb');
    const box = this.page.getByLabel('Name, PLZ oder Gemeindeschlüssel Ihrer Kommune');
    await box.fill(search);
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('button', { name: 'Antrag beginnen' }).click();
    await this.waitForStep('Antragsteller');
  }

  async waitForStep(title) {
    await this.page.locator('h1', { hasText: title }).waitFor({ timeout: 20_000 });
  }

  async continue() {
    await this.page.getByRole('button', { name: /^(Weiter|Speichern und zurück zur Prüfung)$/ }).click();
  }

  async saveOnDevice() {
    await this.page.getByLabel('Auf diesem Gerät speichern').check();
  }

  /** Fills a step with the answers above (or others of the same shape). */
  async answer(a) {
    for (const r of a.radios ?? []) await this.page.getByLabel(r, { exact: true }).check();
    for (const c of a.checks ?? []) await this.page.getByLabel(c, { exact: true }).check();
    for (const [i, [label, amount]] of (a.costs ?? []).entries()) {
      if (i > 0) await this.page.getByRole('button', { name: 'Weitere Kostenposition' }).click();
      await this.page.getByLabel(`Kostenposition ${i + 1}: Wofür?`).fill(label);
      await this.page.getByLabel(`Kostenposition ${i + 1}: Betrag`).fill(amount);
    }
    for (const [label, value] of Object.entries(a.fields ?? {})) await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** Every step from "Antragsteller" to the check page; `onStep(title)` looks at each step first. */
  async answerAll(answers = ANSWERS, onStep = async () => {}) {
    const titles = Object.keys(answers);
    for (const [i, title] of titles.entries()) {
      await this.waitForStep(title);
      await onStep(title);
      await this.answer(answers[title]);
      await this.continue();
      await this.waitForStep(titles[i + 1] ?? 'Angaben prüfen');
    }
  }

  /** The facts a step states (not asked): label → value. */
  async facts() {
    return this.page.locator('main dl.be-facts').evaluateAll((lists) => Object.fromEntries(lists.flatMap((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]))));
  }

  /** Reads the check page: label → answer. */
  async summary() {
    return this.page.locator('.be-summary-row').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.querySelector('dt').textContent.trim(), r.querySelector('dd').textContent.trim()])));
  }

  async declareAndSend() {
    await this.page.getByLabel(/Ich bestätige/).check();
    await this.page.getByRole('button', { name: 'Antrag senden' }).click();
  }
}
