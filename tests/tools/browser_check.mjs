// Opens safha's pages in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) and reports, as JSON, what a reader's browser does with them.
//
//   node browser_check.mjs pages SPEC.json   SPEC: {"pages": [{"file", "shots"}], "shots_dir"}
//   node browser_check.mjs overlay URL FILE BROKEN_TEXT
//
// pages: at 375 and 1280 px wide, per page: horizontal overflow, the direction and language
// of every element whose own text is mostly Arabic script, the web fonts document.fonts
// loaded, Nastaliq text clipped by a container or squeezed by its line height, parallel
// pairs (data-segment) starting level, and axe-core's accessibility violations; screenshots.
// overlay: opens URL (a page of `safha serve`), writes BROKEN_TEXT into FILE, waits for the
// error overlay, restores FILE, waits for the page to reload without it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const tools = process.env.SAFHA_NODE_MODULES ??
  resolve(import.meta.dirname, '../../.tools/node_modules');
const require = createRequire(join(tools, 'noop.js'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.SAFHA_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

async function measure(page, width) {
  return await page.evaluate((width) => {
    const arabic = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
    const letters = /\p{L}/gu;
    const listDepth = (o) => {
      const marked = [...o.classList].find(c => c.startsWith('depth-'));
      if (marked) return Number(marked.slice(6));
      let depth = 1;
      for (let e = o.parentElement; e; e = e.parentElement) if (e.matches('ol, ul')) depth++;
      return depth;
    };
    const ownText = (el) => [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('');
    const out = { width, scrollWidth: document.documentElement.scrollWidth, innerWidth, sticking: [],
                  urdu: 0, urduWrongDir: [], urduWrongLang: [], clipped: [], squeezed: [], pairs: 0, unlevel: [],
                  // The counter style of each numbered list, by its direction, with its
                  // depth: the lists it is in, or the parallel page's depth-N class.
                  rtlLists: [...document.querySelectorAll('ol:not(.footnotes-list)')]
                    .filter(o => getComputedStyle(o).direction === 'rtl')
                    .map(o => [listDepth(o), getComputedStyle(o).listStyleType]),
                  ltrLists: [...document.querySelectorAll('ol:not(.footnotes-list)')]
                    .filter(o => getComputedStyle(o).direction === 'ltr')
                    .map(o => [listDepth(o), getComputedStyle(o).listStyleType]),
                  // The parallel table (none: null): how much of its box's width its first
                  // row's cells span, and whether all the translation's cells stand below
                  // all the source's (stacked, as on a phone).
                  table: (() => {
                    const t = document.querySelector('.parallel-table');
                    if (!t || !t.rows.length) return null;
                    const boxes = (cells) => [...cells].map(c => c.getBoundingClientRect());
                    const first = boxes(t.rows[0].cells);
                    const span = Math.max(...first.map(b => b.right)) - Math.min(...first.map(b => b.left));
                    const source = boxes(t.querySelectorAll('th:not(.target), td:not(.target)'));
                    const target = boxes(t.querySelectorAll('.target'));
                    return {
                      share: span / t.parentElement.clientWidth,
                      stacked: target.length > 0 &&
                        Math.min(...target.map(b => b.top)) >= Math.max(...source.map(b => b.bottom)) - 1,
                    };
                  })() };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width > 0 && cs.visibility !== 'hidden' && (r.right > innerWidth + 1 || r.left < -1)) {
        // Inside a scrolling container it is reachable; the skip link hides by clipping.
        let inScroller = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const o = getComputedStyle(a).overflowX;
          if (o !== 'visible') { inScroller = true; break; }
        }
        if (!inScroller && cs.clipPath === 'none') out.sticking.push(el.tagName + (el.className ? '.' + el.className : ''));
      }
      const t = ownText(el);
      const ar = (t.match(arabic) || []).length;
      const all = (t.match(letters) || []).length;
      if (ar === 0 || ar * 2 <= all) continue;
      out.urdu++;
      const where = el.tagName + ':' + t.trim().slice(0, 30);
      if (cs.direction !== 'rtl') out.urduWrongDir.push(where);
      const langEl = el.closest('[lang]');
      // Urdu, or Arabic quoted in it (a verse, a hadith).
      if (!langEl || !/^(ur|ar)\b/.test(langEl.getAttribute('lang'))) out.urduWrongLang.push(where);
      const lh = parseFloat(cs.lineHeight), fs = parseFloat(cs.fontSize);
      // Nastaliq needs about 2.5 em from its tallest mark to its deepest; headings may be
      // a little tighter, running text may not.
      const heading = /^H[1-6]$/.test(el.tagName);
      if (!(lh / fs >= (heading ? 1.9 : 2.2))) out.squeezed.push(where + ` (${(lh / fs).toFixed(2)})`);
      for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        // A visually hidden element (the skip link until focused) is clipped on purpose.
        if (s.clipPath !== 'none') break;
        if ((s.overflowY !== 'visible' || s.overflowX !== 'visible') && a.scrollHeight > a.clientHeight + 1) {
          out.clipped.push(where + ' in ' + a.tagName);
          break;
        }
      }
    }
    // Units after a number in right-to-left text (52°C): whether the number's first digit
    // is drawn left of the unit's letter, as typed.
    out.units = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const block = n.parentElement.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, figcaption');
      if (!block || getComputedStyle(block).direction !== 'rtl') continue;
      for (const m of n.data.matchAll(/\d+°[CF]/g)) {
        const at = (i) => {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect().left;
        };
        out.units.push({ text: m[0], ltr: at(m.index) < at(m.index + m[0].length - 1) });
      }
    }
    // Right-to-left couplets: each misra's drawn extent (left, right), and the quote's box.
    out.couplets = [];
    for (const p of document.querySelectorAll('blockquote.verse p.couplet')) {
      if (getComputedStyle(p).direction !== 'rtl') continue;
      const r = document.createRange();
      r.selectNodeContents(p);
      const lines = [];
      for (const x of [...r.getClientRects()].filter(x => x.width > 0).sort((a, b) => a.top - b.top)) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(x.top - last.top) < 12) {
          last.left = Math.min(last.left, x.left);
          last.right = Math.max(last.right, x.right);
        } else {
          lines.push({ top: x.top, left: x.left, right: x.right });
        }
      }
      const q = p.closest('blockquote').getBoundingClientRect();
      out.couplets.push({ lines, quote: { left: q.left, right: q.right } });
    }
    const bySeg = new Map();
    for (const el of document.querySelectorAll('[data-segment]')) {
      const k = el.getAttribute('data-segment');
      if (!bySeg.has(k)) bySeg.set(k, []);
      bySeg.get(k).push(el);
    }
    for (const [k, els] of bySeg) {
      if (els.length !== 2) continue;
      out.pairs++;
      const d = Math.abs(els[0].getBoundingClientRect().top - els[1].getBoundingClientRect().top);
      if (d > 2) out.unlevel.push(`${k}: ${d.toFixed(1)} px`);
    }
    return out;
  }, width);
}

async function checkPages(spec) {
  const results = [];
  for (const p of spec.pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Offline, as a reader opening the files: only file: and data: requests.
    await context.route(/^(?!file:|data:).*/, route => route.abort());
    const page = await context.newPage();
    const url = pathToFileURL(resolve(p.file)).href;
    const r = { file: p.file, widths: [] };
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      r.widths.push(await measure(page, width));
      if (p.shots && spec.shots_dir) {
        mkdirSync(spec.shots_dir, { recursive: true });
        await page.screenshot({ path: join(spec.shots_dir, `${p.shots}-${width}.png`) });
      }
    }
    // Before the print check: switching media makes Chromium rebuild its font set.
    r.fonts = await page.evaluate(() => [...document.fonts].map(f => ({
      family: f.family.replace(/"/g, ''), weight: f.weight, style: f.style, status: f.status })));
    await page.emulateMedia({ media: 'print' });
    r.print = await page.evaluate(() => {
      const header = document.querySelector('.site-header');
      const main = document.querySelector('main');
      return { headerHidden: !header || getComputedStyle(header).display === 'none',
               mainShown: !!main && getComputedStyle(main).display !== 'none' && main.getBoundingClientRect().height > 0 };
    });
    await page.emulateMedia({ media: 'screen' });
    // The fonts the page's text is actually drawn with (Chromium's own account): a family
    // that is none of the page's web fonts means a character they do not cover.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll',
      { nodeId: root.nodeId, selector: 'main :is(h1, h2, h3, h4, p, li, td, th, figcaption)' });
    const used = new Set();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) used.add(f.familyName);
    }
    r.platformFonts = [...used].sort();
    r.lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    r.dir = await page.evaluate(() => document.documentElement.getAttribute('dir'));
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const res = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return res.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                                         sample: v.nodes.slice(0, 2).map(n => n.html.slice(0, 120)) }));
    });
    r.axe = axe;
    results.push(r);
    await context.close();
  }
  return results;
}

async function checkOverlay(url, file, broken) {
  const original = readFileSync(file, 'utf8');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  writeFileSync(file, broken);
  let overlay = null, recovered = false, error = null;
  try {
    const box = await page.waitForSelector('#safha-error', { timeout: 15000 });
    overlay = await box.textContent();
  } catch (e) { error = String(e); }
  writeFileSync(file, original);
  try {
    await page.waitForEvent('load', { timeout: 15000 });
    recovered = (await page.$('#safha-error')) === null;
  } catch (e) { error = error ?? String(e); }
  await context.close();
  return { overlay, recovered, error };
}

const [mode, ...args] = process.argv.slice(2);
let out;
if (mode === 'pages') out = await checkPages(JSON.parse(readFileSync(args[0], 'utf8')));
else if (mode === 'overlay') out = await checkOverlay(args[0], args[1], args[2]);
else throw new Error('usage: browser_check.mjs pages SPEC.json | overlay URL FILE BROKEN');
await browser.close();
process.stdout.write(JSON.stringify(out, null, 1));
