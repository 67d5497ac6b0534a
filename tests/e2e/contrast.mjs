// Text contrast as computed in the page (axe skips text on some backgrounds): every visible link and
// button, at rest, under the pointer and with keyboard focus. WCAG 2.2 AA: 4.5:1, 3:1 from 24 px or 18.7 px bold.

/** Runs in the page: the contrast of `el`'s text against the first opaque background behind it. */
function measure(el) {
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const style = getComputedStyle(el);
  let bg = null;
  for (let n = el; n && n.nodeType === 1; n = n.parentElement || n.getRootNode().host) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || c[3] > 0.9) { bg = c.slice(0, 3); break; }
  }
  bg ??= [255, 255, 255];
  const fg = rgb(style.color).slice(0, 3);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return { ratio: (a + 0.05) / (b + 0.05), needed: large ? 3 : 4.5, text: el.textContent.trim().slice(0, 40), color: style.color, background: `rgb(${bg})` };
}

/** Links, buttons and the summaries that fold content open, of `scope` (a selector), whose text falls below AA in any of the three states. */
export async function contrastProblems(page, scope = '#be-main') {
  const targets = page.locator(`${scope} a:visible, ${scope} button:visible, ${scope} summary:visible`);
  const problems = [];
  for (let i = 0; i < await targets.count(); i++) {
    const el = targets.nth(i);
    // focus before any pointer use, so the browser shows keyboard focus (:focus-visible)
    for (const state of ['rest', 'focus', 'hover']) {
      if (state === 'focus') await el.focus();
      if (state === 'hover') { await el.evaluate((e) => e.blur()); if (!(await el.hover({ timeout: 1000 }).then(() => true, () => false))) continue; }
      const m = await el.evaluate(measure);
      if (m.ratio < m.needed) problems.push(`${state}: "${m.text}" ${m.color} on ${m.background}: ${m.ratio.toFixed(2)}:1`);
    }
    await page.mouse.move(0, 0);
  }
  return problems;
}
