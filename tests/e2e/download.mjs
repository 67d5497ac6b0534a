// Downloads as a user gets them: click a button, read the saved file.
import { readFile } from 'node:fs/promises';

/** Records the MIME type of every Blob the page turns into a download URL. */
export async function recordBlobTypes(page) {
  await page.addInitScript(() => {
    const create = URL.createObjectURL;
    window.__blobTypes = [];
    URL.createObjectURL = (blob) => { window.__blobTypes.push(blob.type); return create.call(URL, blob); };
  });
}

/** Clicks the button; returns { name, text, type } of the saved file. */
export async function downloadVia(page, button) {
  // folded download offers open as a user opens them: by their summary (a folded button is not in the
  // accessibility tree, so the button's own locator cannot find it)
  const folded = page.locator('details.be-download:not([open]) > summary:visible');
  for (let i = await folded.count(); i > 0; i--) await folded.first().click();
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile(await dl.path(), 'utf8');
  const type = await page.evaluate(() => window.__blobTypes.at(-1));
  return { name: dl.suggestedFilename(), text, type };
}
