"""The inline CSS and JavaScript of chorus's HTML pages (no external asset, ever).

Colours meet WCAG AA contrast on their backgrounds; a highlight is shown by colour *and*
by an outline, so it does not rely on colour alone. The script only toggles classes:
every piece of text it touches is already in the page, escaped by the renderer.
"""

from __future__ import annotations

CSS = """
:root {
  --ink: #1b1b1b; --muted: #555; --paper: #fcfcfa; --panel: #fff; --line: #d8d6d0;
  --accent: #0a58a8; --hl: #ffe27a; --hl-edge: #8a6d00; --peek: #fff3c4;
  --bad: #a8201a; --good: #1d6b36; --mark: #2d4f7c;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
}
* { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font: 16px/1.55 var(--sans); }
body { margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: var(--panel); padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
/* A run with no break (a page's address, a file's long name) may wrap anywhere rather than
   push the page, a column or the list wider than the window (the list's other cells keep
   their words whole: a table narrows a column to what may break). */
header.top, .col, .page > :not(table), table.list td:first-child { overflow-wrap: anywhere; }
header.top { padding: 1rem 1.5rem .75rem; border-bottom: 1px solid var(--line);
  background: var(--panel); }
header.top h1 { margin: 0; font-size: 1.5rem; line-height: 1.25; }
/* A summary sentence as the headline runs to three lines or more at a title's size. */
header.top h1.sentence { font-size: 1.2rem; }
header.top .kicker { margin: 0; color: var(--muted); font-size: .85rem;
  letter-spacing: .06em; text-transform: uppercase; }
header.top .meta { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
nav.app { display: flex; gap: 1rem; font-size: .9rem; margin-bottom: .35rem; }
header.top.app-head > * { max-width: 60rem; margin-left: auto; margin-right: auto; }
.layout { display: grid; grid-template-columns: minmax(22rem, 2fr) 3fr; align-items: start; }
.reading { padding: 1rem 1.5rem 3rem; min-width: 0; overflow-wrap: break-word; }
.reading h2, .pane h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem;
  border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.reading > section:first-child > h2 { margin-top: .5rem; }
.hint { color: var(--muted); font-size: .85rem; margin: .25rem 0 .75rem; }
ol.summary { padding-left: 1.6rem; margin: 0; font-family: var(--serif); font-size: 1.07rem; }
ol.summary li { margin: 0 0 .7rem; padding-left: .2rem; }
ol.summary li::marker { color: var(--muted); font-family: var(--sans); font-size: .85rem; }
[data-sources] { cursor: pointer; border-radius: 3px; }
[data-sources]:hover { background: var(--peek); }
[data-sources].active { background: var(--hl);
  text-decoration: underline solid 2px var(--hl-edge); text-underline-offset: .2em; }
.cite { font-family: var(--sans); font-size: .75rem; font-weight: 600; color: var(--mark);
  text-decoration: none; white-space: nowrap; vertical-align: .35em; margin-left: .1rem; }
.cite:hover { text-decoration: underline; }
.cites { white-space: nowrap; }
#hl-status { min-height: 1.4em; font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
#hl-jump { font-size: .85rem; }
#hl-clear { margin: .25rem 0 0; padding: .1rem .7rem; font-size: .85rem; color: var(--accent);
  background: var(--panel); border: 1px solid var(--accent); }
nav.contents ul, nav.source-links ul { list-style: none; display: flex; flex-wrap: wrap;
  gap: .25rem .9rem; padding: 0; margin: .5rem 0 0; font-size: .85rem; }
nav.contents .count { color: var(--muted); }
nav.source-links { margin: 0 1rem .5rem; max-height: 4.5rem; overflow-y: auto; }
nav.source-links ul { margin: 0; gap: .1rem .75rem; }
.pane { position: sticky; top: 0; height: 100vh; display: flex; flex-direction: column;
  border-left: 1px solid var(--line); background: var(--panel); min-width: 0; }
.pane > h2 { margin: .75rem 1rem .25rem; }
.pane > .hint { margin: 0 1rem .5rem; }
.columns { flex: 1; display: grid; grid-auto-flow: column;
  grid-auto-columns: minmax(15rem, 1fr); overflow-x: auto; min-height: 0; }
.col { display: flex; flex-direction: column; min-height: 0; border-right: 1px solid var(--line); }
.col:last-child { border-right: 0; }
.col > header { padding: .5rem .75rem; border-bottom: 1px solid var(--line); background: #f4f3ef; }
.col > header h3 { margin: 0; font-size: .95rem; display: flex; align-items: baseline;
  min-width: 0; }
.col > header h3 .num { flex: none; }
.col > header p { margin: .1rem 0 0; font-size: .8rem; color: var(--muted); }
.num { display: inline-block; min-width: 1.6em; padding: 0 .3em; margin-right: .3em;
  border-radius: 3px; background: var(--mark); color: #fff; text-align: center; font-size: .8rem; }
.body { flex: 1; overflow-y: auto; padding: .25rem .75rem 1rem; font-family: var(--serif);
  font-size: .95rem; }
.body p { margin: .55rem 0; }
/* A long article's paragraph out of sight is not laid out until it comes near: a 4.5 MB
   article's page (29,000 sentences) spent 1.4 s laying out paragraphs nobody had seen. */
.body.long > p { content-visibility: auto; contain-intrinsic-size: auto 5em; }
.s { border-radius: 2px; transition: background-color .15s; }
.s.cited { text-decoration: underline dotted #8f8f8f; text-underline-offset: .2em; }
.s.peek { background: var(--peek); }
.s.hl { background: var(--hl); text-decoration: underline solid 2px var(--hl-edge); }
.removed { display: none; color: #5c5c5c; font-family: var(--sans); font-size: .85rem;
  border-left: 3px solid #c9c6bd; padding-left: .5rem; white-space: pre-line; }
.removed b { font-weight: 600; text-transform: uppercase; font-size: .7rem; letter-spacing: .05em; }
body:has(#show-removed:checked) .removed { display: block; }
.toggle { font-size: .85rem; margin: 0 1rem .5rem; }
details { margin: .5rem 0; }
details > summary { cursor: pointer; color: var(--accent); font-size: .85rem; }
details ul { padding-left: 1.1rem; font-size: .85rem; color: #444; }
.col details { margin: 0; padding: .4rem .75rem; border-top: 1px solid var(--line); }
ul.items { padding-left: 1.2rem; margin: .25rem 0 .5rem; }
ul.items li { margin: .35rem 0; }
ul.items ul.items { margin-top: .2rem; }
.who { font-weight: 600; }
ul.tags { list-style: none; padding: 0; margin: .25rem 0 .5rem; display: flex; flex-wrap: wrap;
  gap: .35rem; }
ul.tags li { border: 1px solid var(--line); border-radius: 4px; padding: .05rem .45rem;
  background: var(--panel); font-size: .9rem; }
ul.tags small { color: var(--muted); }
.chip { display: inline-block; font-size: .75rem; color: var(--muted);
  border: 1px solid var(--line); border-radius: 999px; padding: 0 .45rem; margin-left: .25rem; }
.empty, .note, .context { color: var(--muted); font-style: italic; }
/* A unique fact's lead-in on a line of its own, so that the fact's start is plain. */
.context { display: block; font-size: .85rem; }
.note { font-size: .9rem; }
figure { margin: .5rem 0 1rem; }
figure svg { max-width: 100%; height: auto; display: block; }
figure.scroll { overflow-x: auto; }
figure.scroll svg { max-width: none; }
figcaption { font-size: .85rem; color: var(--muted); }
svg text { font-family: var(--sans); fill: #222; }
svg .axis { stroke: #6b6b6b; stroke-width: 1.5; }
svg .tick { stroke: #9a9a9a; }
svg .dot { fill: var(--accent); }
svg .dot-label { fill: #fff; font-size: 11px; font-weight: 700; }
svg .yes { fill: var(--mark); }
svg .no { fill: #eeece6; stroke: #d0cdc4; }
svg .small { font-size: 12px; fill: #333; }
ol.legend { font-size: .85rem; padding-left: 1.6rem; margin: .25rem 0; }
ol.legend li { margin: .15rem 0; }
.notes li { font-size: .9rem; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: 1rem 1.25rem; }
.page { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
form label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
form textarea { width: 100%; min-height: 14rem; font: .95rem/1.45 var(--serif); padding: .5rem;
  border: 1px solid #8c8c8c; border-radius: 4px; }
form input[type=number] { width: 7rem; padding: .3rem; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0;
  border-radius: 4px; padding: .55rem 1.2rem; margin-top: 1.2rem; cursor: pointer; }
table.list { width: 100%; border-collapse: collapse; font-size: .92rem; }
table.list th, table.list td { text-align: left; padding: .4rem .5rem;
  border-bottom: 1px solid var(--line); }
table.list td.when { white-space: nowrap; }
.error { border-left: 4px solid var(--bad); background: #fbeeed; padding: .75rem 1rem; }
.working:empty { display: none; }
.working { border-left: 4px solid var(--accent); padding: .5rem 1rem; margin-bottom: 0; }
button:disabled { opacity: .7; cursor: progress; }
@media (max-width: 62rem) {
  .layout { display: block; }
  .pane { position: static; height: 75vh; border-left: 0; border-top: 1px solid var(--line); }
  /* Stacked, the sources are far below: what was highlighted, and the way there, stay in sight. */
  #hl-bar:has(#hl-status:not(:empty)) { position: fixed; left: 0; right: 0; bottom: 0; z-index: 5;
    display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; padding: .4rem 1rem;
    background: var(--panel); border-top: 2px solid var(--hl-edge); }
  #hl-bar #hl-status { margin: 0; color: var(--ink); }
  body:has(#hl-status:not(:empty)) { padding-bottom: 4.5rem; }
}
@media (max-width: 30rem) {
  .page { padding: 1rem .75rem 2rem; }
  table.list th, table.list td { padding: .4rem .3rem; }
  table.list td.when { white-space: normal; }
}
@media print {
  html { background: #fff; font-size: 11pt; }
  .layout { display: block; }
  .pane { position: static; height: auto; border: 0; }
  .columns { display: block; overflow: visible; }
  .col { border: 0; break-inside: auto; margin-bottom: 1rem; }
  .body { overflow: visible; }
  .body.long > p { content-visibility: visible; }
  figure.scroll svg { max-width: 100%; }
  .toggle, .hint, .skip, nav, #hl-bar { display: none; }
  [data-sources].active, .s.hl, .s.peek { background: none; text-decoration: none; }
  .cite { color: #000; }
  a { color: #000; }
}
"""

SCRIPT = """
(() => {
  'use strict';
  const status = document.getElementById('hl-status');
  const byKey = (key) => document.getElementById('s-' + key.replace(':', '-'));
  const targets = (el) => (el.dataset.sources || '').split(' ').filter(Boolean)
    .map(byKey).filter(Boolean);
  const clear = (cls) => document.querySelectorAll('.' + cls)
    .forEach((e) => e.classList.remove(cls));
  let active = null;
  function reveal(target, first) {
    const box = target.closest('.body');
    const strip = target.closest('.columns');
    if (!box || !strip) return;
    const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (offset < 0 || offset > box.clientHeight - 40) box.scrollTop += offset - 48;
    const column = target.closest('.col').getBoundingClientRect();
    const view = strip.getBoundingClientRect();
    if (first && (column.left < view.left || column.right > view.right)) {
      strip.scrollLeft += column.left - view.left;
    }
  }
  // A long article's paragraphs out of sight stand at an estimated height until laid out:
  // as those near a revealed sentence are, it moves, and is revealed again for a moment.
  let settling = null;
  document.addEventListener('contentvisibilityautostatechange', () => {
    if (!settling || settling.frame || performance.now() > settling.until) return;
    const now = settling;
    now.frame = requestAnimationFrame(() => {
      now.frame = 0;
      now.found.forEach((t) => reveal(t, false));
    });
  }, true);
  const jump = document.getElementById('hl-jump');
  const clearButton = document.getElementById('hl-clear');
  function activate(el) {
    if (active) { active.classList.remove('active'); active.setAttribute('aria-pressed', 'false'); }
    clear('hl');
    active = el;
    el.classList.add('active');
    el.setAttribute('aria-pressed', 'true');
    const found = targets(el);
    found.forEach((t, n) => { t.classList.add('hl'); reveal(t, n === 0); });
    settling = { found, until: performance.now() + 1000, frame: 0 };
    if (status) {
      // An outlet once, however many of its sentences are lit (a name's mentions, a fact's
      // lead-in): read out, "[1] latimes.com" six times over said nothing more. In the
      // columns' order, as the item's marks read ("[1][2]"), not its sentences' ("[2], [1]").
      const outlets = [...document.querySelectorAll('.col')]
        .filter((col) => found.some((t) => col.contains(t))).map((col) => col.dataset.label);
      status.textContent = found.length
        ? 'Highlighted in ' + outlets.join(', ') + '.'
        : 'No source sentence found on this page.';
    }
    if (jump) {
      jump.hidden = !found.length;
      if (found.length) jump.href = '#' + found[0].id;
    }
    if (clearButton) clearButton.hidden = false;
  }
  function deactivate() {
    if (!active) return;
    active.classList.remove('active');
    active.setAttribute('aria-pressed', 'false');
    active = null;
    settling = null;
    clear('hl');
    if (status) status.textContent = '';
    if (jump) jump.hidden = true;
    if (clearButton) clearButton.hidden = true;
  }
  if (clearButton) clearButton.addEventListener('click', deactivate);
  document.querySelectorAll('[data-sources]').forEach((el) => {
    el.addEventListener('click', () => activate(el));
    el.addEventListener('focus', () => activate(el));
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); activate(el); }
    });
    el.addEventListener('mouseenter', () => targets(el).forEach((t) => t.classList.add('peek')));
    el.addEventListener('mouseleave', () => clear('peek'));
  });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') deactivate(); });
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
  });
})();
"""

FORM_SCRIPT = """
(() => {
  'use strict';
  const form = document.getElementById('brief-form');
  const button = form.querySelector('button[type=submit]');
  const status = document.getElementById('working');
  const label = button.textContent;
  let timer = 0;
  // The post is answered only when the briefing is made (a minute or more for a large
  // cluster): till then the page said nothing, and a second click briefed it twice.
  form.addEventListener('submit', () => {
    const started = Date.now();
    form.setAttribute('aria-busy', 'true');
    button.disabled = true;
    button.textContent = 'Briefing…';
    status.textContent = 'Briefing the articles… The report opens here when it is ready; '
      + 'a large story takes a minute or more.';
    // The seconds go on the button, not in the status, which a screen reader reads out.
    timer = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      button.textContent = 'Briefing… ' + seconds + ' s';
    }, 1000);
  });
  // Back from the report, a browser may show this page as it was left: ready it again.
  window.addEventListener('pageshow', () => {
    clearInterval(timer);
    form.removeAttribute('aria-busy');
    button.disabled = false;
    button.textContent = label;
    status.textContent = '';
  });
})();
"""
