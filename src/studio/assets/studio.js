// The translation studio's page: builds the segment list from the studio's JSON and talks
// back to it. Translator text is only ever set as text (textContent, value), never as
// HTML; the page's content security policy runs no other script.
const body = document.body;
const slug = body.dataset.slug, lang = body.dataset.lang, dir = body.dataset.dir;
const token = document.querySelector('meta[name="safha-token"]').content;
const api = `/_translate/api/${encodeURIComponent(slug)}/${encodeURIComponent(lang)}`;
const list = document.querySelector('.segments');
const statusLine = document.querySelector('.status');
const frame = document.querySelector('.preview iframe.web');
const pdfFrame = document.querySelector('.preview iframe.pdf');
// Which page of the edition's PDF holds each segment (the preview build writes it).
let pages = null;
let base = null;
let filter = 'all';
const rows = new Map();

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function say(text) { statusLine.textContent = text; }

async function post(action, payload) {
  const r = await fetch(`${api}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Safha-Token': token },
    body: JSON.stringify(payload),
  });
  let data = {};
  try { data = await r.json(); } catch { data = { error: `the studio answered ${r.status}` }; }
  return { status: r.status, data };
}

function diffView(seg) {
  const old = el('p', { class: 'old', lang: 'en', dir: 'ltr' }, el('span', { class: 'tag', text: 'Was: ' }));
  const now = el('p', { class: 'new', lang: 'en', dir: 'ltr' }, el('span', { class: 'tag', text: 'Now: ' }));
  for (const c of seg.diff || []) {
    if (c.op === 'equal') { old.append(c.text); now.append(c.text); }
    else if (c.op === 'delete') old.append(el('del', { text: c.text }));
    else now.append(el('ins', { text: c.text }));
  }
  return el('div', { class: 'diff', 'aria-label': 'How the English changed' }, old, now);
}

function problemsView(row, problems, invalid) {
  const box = row.querySelector('.problems');
  box.replaceChildren();
  if (invalid) box.append(el('li', { class: 'error', text: invalid }));
  for (const p of problems || []) {
    const li = el('li', { class: p.severity },
      el('span', { class: 'msg', text: p.message }),
      p.hint ? el('span', { class: 'hint', text: ' ' + p.hint }) : null);
    if (p.fixed) {
      const b = el('button', { type: 'button', class: 'fix', text: `Fix: write ${p.fix}` });
      b.addEventListener('click', () => {
        const area = row.querySelector('textarea');
        area.value = p.fixed;
        area.dispatchEvent(new Event('input'));
        area.focus();
      });
      li.append(' ', b);
    }
    box.append(li);
  }
  row.dataset.problems = String((problems || []).length + (invalid ? 1 : 0));
  updateCounts();
}

function render(seg) {
  const id = seg.id;
  const areaId = `t-${id}`;
  const area = el('textarea', {
    id: areaId, lang, dir, rows: Math.min(12, Math.max(2, Math.ceil(seg.english.length / 60))),
    class: seg.fluent ? 'fluent' : 'plain', spellcheck: 'true',
  });
  area.value = seg.translation ?? '';
  const badge = el('span', { class: `badge ${seg.status}`, text: seg.status === 'done' ? 'translated' : seg.status });
  const save = el('button', { type: 'button', class: 'save', text: 'Save' });
  const accept = el('button', { type: 'button', class: 'accept', text: 'Accept the new English', hidden: seg.status !== 'stale' });
  const row = el('article', { class: 'seg', 'data-id': id, 'data-status': seg.status, tabindex: '-1' },
    el('header', {},
      el('span', { class: 'kind', text: seg.places > 1 ? `${seg.kind} · ${seg.places} places` : seg.kind }), ' ',
      el('code', { class: 'id', text: id }), ' ', badge),
    el('div', { class: 'pair' },
      el('div', { class: 'source' },
        el('p', { class: 'english', lang: 'en', dir: 'ltr', text: seg.english }),
        seg.status === 'stale' ? diffView(seg) : null),
      el('div', { class: 'target' },
        el('label', { for: areaId, class: 'visually-hidden', text: `${seg.kind} ${id} in ${lang}` }),
        area,
        seg.fluent ? el('p', { class: 'help', text: 'This message holds Fluent (variables or variants): edit it as Fluent; { $name } stays as it is.' }) : null,
        el('ul', { class: 'problems', 'aria-live': 'polite' }),
        el('div', { class: 'actions' }, save, ' ', accept))));
  rows.set(id, { row, seg });
  let timer = null;
  area.addEventListener('input', () => {
    row.classList.add('edited');
    // A fix offered for the text before this edit would undo it.
    row.querySelectorAll('.fix').forEach(b => { b.disabled = true; });
    clearTimeout(timer);
    timer = setTimeout(() => check(id), 300);
  });
  area.addEventListener('focus', () => showInPreview(id));
  save.addEventListener('click', () => saveSeg(id));
  accept.addEventListener('click', () => acceptSeg(id));
  problemsView(row, seg.problems);
  return row;
}

async function check(id) {
  const { row, seg } = rows.get(id);
  const text = row.querySelector('textarea').value;
  const { data } = await post('check', { id, text, fluent: seg.fluent });
  problemsView(row, data.problems, data.invalid);
}

function setStatus(id, status) {
  const { row, seg } = rows.get(id);
  seg.status = status;
  row.dataset.status = status;
  const badge = row.querySelector('.badge');
  badge.className = `badge ${status}`;
  badge.textContent = status === 'done' ? 'translated' : status;
  row.querySelector('.accept').hidden = status !== 'stale';
  if (status !== 'stale') row.querySelector('.diff')?.remove();
  updateCounts();
}

async function saveSeg(id, overwrite = false) {
  const { row, seg } = rows.get(id);
  const text = row.querySelector('textarea').value;
  const { status, data } = await post('save', { id, text, fluent: seg.fluent, base });
  if (status === 409 && data.conflict) return conflict(id, data);
  if (data.invalid) { problemsView(row, [], data.invalid); say(`Not saved: ${data.invalid}`); return; }
  if (!data.saved) { say(`Not saved: ${data.error || status}`); return; }
  base = data.base;
  row.classList.remove('edited');
  row.querySelector('.conflict')?.remove();
  if (text.trim() === '') setStatus(id, 'missing');
  else if (seg.status === 'missing') setStatus(id, 'done');
  problemsView(row, data.problems);
  say(`Saved ${id}. The preview updates when the rebuild is done.`);
}

function conflict(id, data) {
  const { row } = rows.get(id);
  row.querySelector('.conflict')?.remove();
  const mine = row.querySelector('textarea').value;
  const box = el('div', { class: 'conflict', role: 'alert' },
    el('p', { text: `${data.error}. Both versions of this message:` }),
    el('p', { class: 'label', text: 'On disk:' }),
    el('p', { class: 'version', lang, dir, text: data.disk ?? '(not translated)' }),
    el('p', { class: 'label', text: 'Yours:' }),
    el('p', { class: 'version', lang, dir, text: mine }));
  const keep = el('button', { type: 'button', text: 'Save mine over it' });
  const take = el('button', { type: 'button', text: 'Use the version on disk' });
  keep.addEventListener('click', () => { base = data.base; box.remove(); saveSeg(id); });
  take.addEventListener('click', () => { load(); });
  box.append(keep, ' ', take);
  row.querySelector('.target').append(box);
  say(`Not saved: ${data.error}.`);
}

async function acceptSeg(id) {
  const { row } = rows.get(id);
  if (row.classList.contains('edited')) await saveSeg(id);
  const { status, data } = await post('accept', { id, base });
  if (status === 409 && data.conflict) return conflict(id, data);
  if (!data.saved) { say(`Not accepted: ${data.error || status}`); return; }
  base = data.base;
  setStatus(id, 'done');
  say(`${id} now counts as translated from the current English.`);
}

function visible(row) {
  if (filter === 'all') return true;
  if (filter === 'problems') return row.dataset.problems !== '0';
  return row.dataset.status === filter;
}

function updateCounts() {
  const all = [...rows.values()].map(r => r.row);
  const count = { all: all.length, missing: 0, stale: 0, problems: 0 };
  for (const r of all) {
    if (r.dataset.status === 'missing') count.missing++;
    if (r.dataset.status === 'stale') count.stale++;
    if (r.dataset.problems && r.dataset.problems !== '0') count.problems++;
  }
  for (const [k, v] of Object.entries(count)) {
    const n = document.querySelector(`[data-count="${k}"]`);
    if (n) n.textContent = `(${v})`;
  }
  for (const r of all) r.hidden = !visible(r);
}

async function showPdfPage(id) {
  if (!pages) {
    const r = await fetch(pdfFrame.dataset.src.replace(/\.pdf$/, '.pages.json'), { cache: 'no-store' });
    pages = r.ok ? await r.json() : {};
  }
  const page = pages[id];
  const src = `${pdfFrame.dataset.src}#page=${page ?? 1}`;
  pdfFrame.dataset.page = String(page ?? '');
  if (pdfFrame.getAttribute('src') !== src) pdfFrame.setAttribute('src', src);
}

function showInPreview(id) {
  showPdfPage(id).catch(() => {});
  try {
    const doc = frame.contentDocument;
    const target = doc && doc.querySelector(`[data-segment="${CSS.escape(id)}"]`);
    if (!target) return;
    doc.querySelectorAll('.studio-here').forEach(e => e.classList.remove('studio-here'));
    target.classList.add('studio-here');
    target.scrollIntoView({ block: 'center' });
  } catch { /* the preview is not loaded yet */ }
}

function move(step) {
  const shown = [...rows.values()].map(r => r.row).filter(r => !r.hidden);
  const at = shown.findIndex(r => r.contains(document.activeElement));
  const next = shown[Math.max(0, Math.min(shown.length - 1, at + step))];
  next?.querySelector('textarea')?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

document.addEventListener('keydown', (e) => {
  const row = document.activeElement?.closest?.('.seg');
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && row) { e.preventDefault(); saveSeg(row.dataset.id); }
  else if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); move(1); }
  else if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
  else if (e.altKey && (e.key === 'a' || e.key === 'A') && row) { e.preventDefault(); acceptSeg(row.dataset.id); }
});

for (const b of document.querySelectorAll('[data-filter]')) {
  b.addEventListener('click', () => {
    filter = b.dataset.filter;
    for (const o of document.querySelectorAll('[data-filter]')) o.setAttribute('aria-pressed', String(o === b));
    updateCounts();
  });
}

frame.addEventListener('load', () => {
  // A rebuild: the PDF and its page numbers may have changed too.
  pages = null;
  pdfFrame.removeAttribute('src');
  const row = document.activeElement?.closest?.('.seg');
  if (row) showInPreview(row.dataset.id);
});

for (const b of document.querySelectorAll('[data-view]')) {
  b.addEventListener('click', () => {
    for (const o of document.querySelectorAll('[data-view]')) o.setAttribute('aria-pressed', String(o === b));
    frame.hidden = b.dataset.view !== 'web';
    pdfFrame.hidden = b.dataset.view !== 'pdf';
  });
}

async function load() {
  const r = await fetch(api);
  const data = await r.json();
  rows.clear();
  list.replaceChildren();
  if (data.error || data.broken) {
    list.append(el('pre', { class: 'broken', role: 'alert', text: data.error || data.broken }));
    return;
  }
  base = data.base;
  for (const seg of data.segments) list.append(render(seg));
  updateCounts();
  say(`${data.segments.length} segments from ${data.file}.`);
  body.dataset.ready = 'true';
}

load();
