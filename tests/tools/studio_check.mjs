// Translates in safha's studio as a translator would, in headless Chromium (driven by
// playwright-core), and reports what happened as JSON.
//
//   node studio_check.mjs URL FTL_FILE SHOTS_DIR
//
// URL: the studio page of one article and language (`safha serve`'s /_translate/<slug>/<lang>/);
// FTL_FILE: that translation's file on disk (changed behind the page's back, to see the
// conflict). The page must have a missing segment, a stale one and one with a problem.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const tools = process.env.SAFHA_NODE_MODULES ??
  resolve(import.meta.dirname, '../../.tools/node_modules');
const require = createRequire(join(tools, 'noop.js'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [url, ftl, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.SAFHA_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const out = { errors: [] };
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', e => out.errors.push(String(e)));
// 409 is the conflict this script provokes.
page.on('response', r => { if (r.status() >= 400 && r.status() !== 409 && !r.url().endsWith('favicon.ico')) out.errors.push(`${r.status()} ${r.url()}`); });
// Not the load event: it waits for the preview, an edition the studio builds on request,
// which a debug build under the full suite's load took over 30 s to make (twice in five
// runs of .ci/run); the page is ready to translate when it says so.
await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90000 });
await page.waitForSelector('body[data-ready]', { timeout: 60000 });
await page.evaluate(() => document.fonts.ready);

const segRow = (status) => page.locator(`.seg[data-status="${status}"]`).first();
out.segments = await page.locator('.seg').count();
out.font = await page.evaluate(() => {
  const area = document.querySelector('textarea[dir="rtl"]');
  return { family: getComputedStyle(area).fontFamily,
           loaded: document.fonts.check('16px "Studio Nastaliq"'),
           lang: area.getAttribute('lang') };
});
out.structure = await page.locator('.seg .kind').allTextContents();

// Filters.
await page.click('[data-filter="missing"]');
out.missingShown = await page.locator('.seg:not([hidden])').count();
await page.click('[data-filter="stale"]');
out.staleShown = await page.locator('.seg:not([hidden])').count();
out.diff = {
  del: await page.locator('.seg:not([hidden]) .diff del').allTextContents(),
  ins: await page.locator('.seg:not([hidden]) .diff ins').allTextContents(),
};
await page.click('[data-filter="problems"]');
out.problemsShown = await page.locator('.seg:not([hidden])').count();
out.fixes = await page.locator('.seg:not([hidden]) .fix').allTextContents();
await page.click('[data-filter="all"]');

// Accessibility, and how it looks at two widths.
// Through the DevTools protocol, which the page's content security policy does not govern.
await page.evaluate(axeSource);
out.axe = await page.evaluate(async () =>
  (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })));
await page.screenshot({ path: join(shots, 'studio-1280.png') });
await page.setViewportSize({ width: 375, height: 800 });
out.overflow375 = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth + 1);
await page.screenshot({ path: join(shots, 'studio-375.png') });
await page.setViewportSize({ width: 1280, height: 900 });

// A missing segment translated, with markup a translator might paste: saved with the
// keyboard, shown as text, and the preview reloads with it.
const missing = segRow('missing');
out.missingId = await missing.getAttribute('data-id');
const area = missing.locator('textarea');
await area.fill('نیا <img src=x onerror="window.pwned=1"> پیراگراف۔');
const frameLoad = page.evaluate(() => new Promise(res => {
  const t0 = performance.now();
  document.querySelector('.preview iframe').addEventListener('load', () => res(performance.now() - t0), { once: true });
  setTimeout(() => res(false), 20000);
}));
await area.press('Control+Enter');
await page.waitForFunction(() => document.querySelector('.status').textContent.startsWith('Saved'), null, { timeout: 10000 });
out.savedStatus = await page.locator('.status').textContent();
// Milliseconds from the keypress to the preview's reload (reported, not judged here).
out.previewMs = await frameLoad;
out.previewReloaded = typeof out.previewMs === 'number';
out.previewHasText = await page.evaluate(() => {
  const doc = document.querySelector('.preview iframe').contentDocument;
  return doc ? doc.body.textContent.includes('پیراگراف') : false;
});
out.injected = await page.evaluate(() => ({
  pwned: window.pwned === 1,
  imgs: document.querySelectorAll('img').length,
  previewImgs: document.querySelector('.preview iframe').contentDocument.querySelectorAll('img[src="x"]').length,
}));
out.badgeAfterSave = await page.locator(`.seg[data-id="${out.missingId}"] .badge`).textContent();

// The PDF page beside the segment: the last paragraph's, then the title's.
await page.click('[data-view="pdf"]');
await page.locator(`.seg[data-id="${out.missingId}"] textarea`).focus();
await page.waitForFunction(() => document.querySelector('.preview iframe.pdf').dataset.page, null, { timeout: 10000 });
out.pdfPageOfLast = await page.evaluate(() => document.querySelector('.preview iframe.pdf').dataset.page);
await page.screenshot({ path: join(shots, 'studio-pdf-1280.png') });
await page.locator('.seg').first().locator('textarea').focus();
await page.waitForFunction(() => document.querySelector('.preview iframe.pdf').dataset.page === '1', null, { timeout: 10000 }).catch(() => {});
out.pdfPageOfTitle = await page.evaluate(() => document.querySelector('.preview iframe.pdf').dataset.page);
await page.click('[data-view="web"]');

// A stale segment accepted with the keyboard.
const stale = segRow('stale');
out.staleId = await stale.getAttribute('data-id');
await stale.locator('textarea').focus();
await page.keyboard.press('Alt+a');
await page.waitForFunction(() => document.querySelector('.status').textContent.includes('now counts'), null, { timeout: 10000 });
out.staleAfter = await page.locator(`.seg[data-id="${out.staleId}"]`).getAttribute('data-status');

// Checks as you type: an Arabic yeh, and its one-click fix.
const first = page.locator('.seg').first();
const firstArea = first.locator('textarea');
const before = await firstArea.inputValue();
await firstArea.fill(before + ' علي');
// The check of what was typed: now two of them.
await page.waitForFunction(() => document.querySelector('.seg .problems').textContent.includes('2 Arabic letters'), null, { timeout: 10000 });
out.liveProblem = await first.locator('.problems li').first().textContent();
await first.locator('.fix').first().click();
out.afterFix = await firstArea.inputValue();

// Someone changes the file on disk: the save is refused, both versions shown.
const disk = readFileSync(ftl, 'utf8');
writeFileSync(ftl, disk.replace(/^(title = )(.*)$/m, '$1$2 (disk)'));
await firstArea.fill(before + ' (mine)');
await firstArea.press('Control+Enter');
await page.waitForSelector('.conflict', { timeout: 10000 });
out.conflict = await page.locator('.conflict').textContent();
out.fileAfterConflict = readFileSync(ftl, 'utf8');
await browser.close();
console.log(JSON.stringify(out));
