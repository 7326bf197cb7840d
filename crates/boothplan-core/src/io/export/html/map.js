// The shared map: draws the plan from the JSON blob and runs pan and zoom, hall tabs, search,
// filters, the booth card, deep links (#booth=ID, #q=TEXT) and print. Plain JavaScript, no
// library, nothing fetched. Text from the plan only ever goes into the page as textContent.
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('map-data').textContent);
  const STATUSES = ['Available', 'Reserved', 'Sold', 'Blocked'];
  const TYPES = ['Inline', 'Corner', 'Peninsula', 'Island'];
  const NS = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);
  const svg = $('map');
  // The map's size on screen, read before the plan is drawn and kept (reading it later would
  // make the browser lay out the whole drawing again).
  let size = { w: svg.clientWidth || 800, h: svg.clientHeight || 600 };

  function el(tag, attrs, parent) {
    const e = document.createElementNS(NS, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, cls, text, parent) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  const norm = (s) => s.normalize('NFKC').toLocaleLowerCase().trim();
  const num = (v) => String(Math.round(v * 100) / 100);
  // Width of a text in em: CJK characters are square, Latin ones about half as wide.
  const ems = (s) => { let w = 0; for (const c of s) w += c.charCodeAt(0) > 0x2e80 ? 1 : 0.58; return w; };

  // ---- The plan, drawn once --------------------------------------------------------------
  const world = el('g', { id: 'world' }, svg);
  const layer = (id) => el('g', { id: id }, world);
  const hallLayer = layer('halls'), zoneLayer = layer('zones'), columnLayer = layer('columns');
  const boothLayer = layer('booths'), exitLayer = layer('exits'), labelLayer = layer('labels');
  const nameLayer = layer('names');
  const highlight = el('rect', { id: 'highlight', visibility: 'hidden' }, world);
  const points = (flat) => { const p = []; for (let i = 0; i + 1 < flat.length; i += 2) p.push(flat[i] + ',' + flat[i + 1]); return p.join(' '); };
  const boundsOf = (flat) => {
    const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (let i = 0; i + 1 < flat.length; i += 2) grow(b, flat[i], flat[i + 1], flat[i], flat[i + 1]);
    return b;
  };
  function grow(b, x0, y0, x1, y1) {
    b.x0 = Math.min(b.x0, x0); b.y0 = Math.min(b.y0, y0); b.x1 = Math.max(b.x1, x1); b.y1 = Math.max(b.y1, y1);
  }
  function text(parent, x, y, size, content, cls, fill) {
    const t = el('text', { x: num(x), y: num(y), 'font-size': num(size), class: cls }, parent);
    if (fill) t.setAttribute('fill', fill);
    t.textContent = content;
    return t;
  }

  const all = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const halls = data.halls.map((h) => {
    el('polygon', { points: points(h.outline), class: 'hall' }, hallLayer);
    const b = boundsOf(h.outline);
    grow(all, b.x0, b.y0, b.x1, b.y1);
    const size = Math.max(2, Math.min((b.x1 - b.x0) / 25, 12));
    text(nameLayer, b.x0, b.y0 - size * 0.35, size, h.name, 'hall-name');
    return { id: h.id, name: h.name, bounds: b };
  });
  const zones = data.zones.map(([hall, theme, name, x, y, w, hgt]) => {
    const t = data.themes[theme];
    el('rect', { x: x, y: y, width: w, height: hgt, class: 'zone', fill: t ? t.zone : '#eee', stroke: t ? t.line : '#999' }, zoneLayer);
    const size = Math.min(hgt * 0.18, w / Math.max(ems(name), 1) * 0.9);
    text(nameLayer, x + w / 2, y + hgt / 2 + size * 0.35, size, name, 'zone-name');
    return { hall: hall, name: name };
  });
  for (const c of data.columns) el('polygon', { points: points(c), class: 'column' }, columnLayer);
  // An exit: the opening on the wall in green and a door leaf swinging into the hall.
  for (const [, x1, y1, x2, y2, nx, ny] of data.exits) {
    el('line', { x1: x1, y1: y1, x2: x2, y2: y2, class: 'exit' }, exitLayer);
    const w = Math.hypot(x2 - x1, y2 - y1);
    if (w === 0 || (nx === 0 && ny === 0)) continue;
    const d = { x: (x2 - x1) / w, y: (y2 - y1) / w };
    const sweep = nx * d.y - ny * d.x > 0 ? 1 : 0;
    const leaf = [x1 + nx * w, y1 + ny * w].map(num).join(' ');
    el('path', { d: 'M' + num(x1) + ' ' + num(y1) + ' L' + leaf + ' A' + num(w) + ' ' + num(w) + ' 0 0 ' + sweep + ' ' + num(x2) + ' ' + num(y2), class: 'door' }, exitLayer);
  }

  const booths = data.booths.map((r, i) => {
    const [id, hall, zone, theme, x, y, w, h, status, type, exhibitor, price] = r;
    const t = data.themes[theme];
    const rect = el('rect', { x: x, y: y, width: w, height: h, class: 'booth', fill: t ? t.fills[status] : '#ccc', stroke: t ? t.line : '#666', 'data-booth': id }, boothLayer);
    rect.boothIndex = i;
    if (hall < 0) grow(all, x, y, x + w, y + h);
    return { i: i, id: id, hall: hall, zone: zone, theme: theme, x: x, y: y, w: w, h: h, status: status, type: type,
      exhibitor: exhibitor, price: price, rect: rect, labelled: false, key: norm(id) + '\n' + norm(exhibitor) };
  });
  // Numbers and names are written only once a booth is seen close enough to read them: at
  // 10,000 booths, text for all of them would cost more than the whole rest of the page.
  function label(b) {
    b.labelled = true;
    const t = data.themes[b.theme];
    const ink = t ? t.inks[b.status] : '#222';
    const { x, y, w, h } = b;
    const size = Math.min(h * 0.26, (w * 0.82) / Math.max(ems(b.id), 2));
    const lift = b.exhibitor ? -h * 0.1 : 0;
    text(labelLayer, x + w / 2, y + h / 2 + size * 0.35 + lift, size, b.id, 'number', ink);
    if (b.exhibitor) {
      const es = Math.min(h * 0.16, (w * 0.92) / Math.max(ems(b.exhibitor), 1));
      text(labelLayer, x + w / 2, y + h / 2 + h * 0.12 + es * 0.35, es, b.exhibitor, 'exhibitor', ink);
    }
  }
  function labelInView() {
    const x1 = view.x + view.w, y1 = view.y + view.h;
    for (const b of booths) {
      if (!b.labelled && b.x < x1 && b.x + b.w > view.x && b.y < y1 && b.y + b.h > view.y) label(b);
    }
  }
  const byId = new Map();
  for (const b of booths) if (!byId.has(b.id)) byId.set(b.id, b);
  if (!isFinite(all.x0)) grow(all, 0, 0, 10, 10);
  const sides = booths.map((b) => Math.min(b.w, b.h)).sort((a, b) => a - b);
  const typical = sides.length ? sides[sides.length >> 1] : 3;

  // ---- View: the SVG viewBox is the part of the floor on screen (so print shows it too) -----
  const view = { x: 0, y: 0, w: 1, h: 1 };
  const measure = () => { size = { w: svg.clientWidth || 800, h: svg.clientHeight || 600 }; };
  const screen = () => size;
  function show() {
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map(num).join(' '));
    const px = screen().w / view.w; // pixels per metre
    const near = typical * px >= 26;
    if (near) labelInView();
    svg.classList.toggle('near', near);
    svg.classList.toggle('close', typical * px >= 64);
  }
  function fit(b, margin) {
    const s = screen();
    const pad = margin === undefined ? 0.04 : margin;
    let w = (b.x1 - b.x0) * (1 + 2 * pad) || 10, h = (b.y1 - b.y0) * (1 + 2 * pad) || 10;
    if (w / h < s.w / s.h) w = h * s.w / s.h; else h = w * s.h / s.w;
    view.x = (b.x0 + b.x1) / 2 - w / 2; view.y = (b.y0 + b.y1) / 2 - h / 2; view.w = w; view.h = h;
    show();
  }
  function toWorld(cx, cy) {
    const r = svg.getBoundingClientRect();
    return { x: view.x + (cx - r.left) / r.width * view.w, y: view.y + (cy - r.top) / r.height * view.h };
  }
  function zoomAt(cx, cy, factor) {
    const p = toWorld(cx, cy);
    const f = Math.min(Math.max(factor, view.w / 5000), view.w / 2);
    view.x = p.x - (p.x - view.x) / f; view.y = p.y - (p.y - view.y) / f; view.w /= f; view.h /= f;
    show();
  }
  function pan(dx, dy) {
    const r = svg.getBoundingClientRect();
    view.x -= dx / r.width * view.w; view.y -= dy / r.height * view.h;
    show();
  }
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const step = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    zoomAt(e.clientX, e.clientY, Math.exp(-step * 0.0015));
  }, { passive: false });

  // Drag pans, two fingers pinch; a press that does not move is a click.
  const pointers = new Map();
  let moved = 0;
  svg.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) moved = 0;
  });
  window.addEventListener('pointermove', (e) => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    if (pointers.size === 1) {
      moved += Math.abs(e.clientX - p.x) + Math.abs(e.clientY - p.y);
      pan(e.clientX - p.x, e.clientY - p.y);
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const before = Math.hypot(a.x - b.x, a.y - b.y);
      const mid0 = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      p.x = e.clientX; p.y = e.clientY;
      const after = Math.hypot(a.x - b.x, a.y - b.y);
      const mid1 = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      pan(mid1.x - mid0.x, mid1.y - mid0.y);
      if (before > 0 && after > 0) zoomAt(mid1.x, mid1.y, after / before);
      moved += 100;
    }
    p.x = e.clientX; p.y = e.clientY;
  });
  const release = (e) => pointers.delete(e.pointerId);
  window.addEventListener('pointerup', release);
  window.addEventListener('pointercancel', release);
  svg.addEventListener('click', (e) => {
    if (moved > 6) return;
    const target = e.target.closest('[data-booth]');
    if (target) select(booths[target.boothIndex], false); else unselect();
  });
  $('zoom-in').addEventListener('click', () => { const r = svg.getBoundingClientRect(); zoomAt(r.left + r.width / 2, r.top + r.height / 2, 1.6); });
  $('zoom-out').addEventListener('click', () => { const r = svg.getBoundingClientRect(); zoomAt(r.left + r.width / 2, r.top + r.height / 2, 1 / 1.6); });
  $('zoom-fit').addEventListener('click', () => fit(currentHall >= 0 ? halls[currentHall].bounds : all));
  window.addEventListener('resize', () => { measure(); const c = { x0: view.x, y0: view.y, x1: view.x + view.w, y1: view.y + view.h }; fit(c, 0); });

  // ---- Hall tabs -----------------------------------------------------------------------------
  let currentHall = -1;
  const tabs = [];
  function tab(label, index) {
    const b = html('button', 'tab', label, $('tabs'));
    b.type = 'button';
    b.addEventListener('click', () => showHall(index));
    tabs.push(b);
  }
  function showHall(index) {
    currentHall = index;
    tabs.forEach((t, i) => t.setAttribute('aria-pressed', String(i === index + 1)));
    fit(index >= 0 ? halls[index].bounds : all);
  }
  tab('All', -1);
  halls.forEach((h, i) => tab(h.name, i));

  // ---- The booth card -----------------------------------------------------------------------
  let selected = null;
  function row(term, value, swatch) {
    const dt = html('dt', '', term, $('card-rows'));
    const dd = html('dd', '', '', $('card-rows'));
    if (swatch) html('span', 'swatch', '', dd).style.background = swatch;
    dd.appendChild(document.createTextNode(value));
    return dt;
  }
  function select(b, centre) {
    selected = b;
    $('card-number').textContent = b.id;
    $('card-rows').replaceChildren();
    const t = data.themes[b.theme];
    const hall = halls[b.hall], zone = zones[b.zone];
    row('Hall', hall ? hall.name : '—');
    if (zone) row('Zone', zone.name);
    row('Theme', t ? t.name : '—', t ? t.colour : null);
    row('Size', num(b.w) + ' × ' + num(b.h) + ' m · ' + num(Math.round(b.w * b.h * 10) / 10) + ' m²');
    row('Type', b.type >= 0 ? TYPES[b.type] : 'no open side');
    row('Status', STATUSES[b.status] + (b.status === 3 ? ' (not for sale)' : ''));
    if (b.exhibitor) row('Exhibitor', b.exhibitor);
    if (b.price !== undefined && data.currency !== null) row('List price', b.price);
    $('booth-card').hidden = false;
    for (const [k, v] of [['x', b.x], ['y', b.y], ['width', b.w], ['height', b.h]]) highlight.setAttribute(k, v);
    highlight.setAttribute('visibility', 'visible');
    if (centre) {
      const span = Math.max(b.w, b.h) * 10;
      const c = { x0: b.x + b.w / 2 - span / 2, y0: b.y + b.h / 2 - span / 2, x1: b.x + b.w / 2 + span / 2, y1: b.y + b.h / 2 + span / 2 };
      fit(c, 0);
    }
    history.replaceState(null, '', '#booth=' + encodeURIComponent(b.id));
  }
  function unselect() {
    selected = null;
    $('booth-card').hidden = true;
    highlight.setAttribute('visibility', 'hidden');
  }
  $('card-close').addEventListener('click', unselect);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') unselect(); });

  // ---- Legend and filters -------------------------------------------------------------------
  const allowed = { theme: new Set(), status: new Set(), type: new Set() };
  function filter(box, kind, value, label, swatch, count) {
    const l = html('label', '', '', $(box));
    const c = html('input', '', undefined, l);
    c.type = 'checkbox'; c.checked = true;
    allowed[kind].add(value);
    c.addEventListener('change', () => { if (c.checked) allowed[kind].add(value); else allowed[kind].delete(value); apply(); });
    const s = html('span', 'swatch', '', l);
    if (swatch) { s.style.background = swatch.fill; s.style.borderColor = swatch.line; } else s.classList.add('none');
    html('span', 'name', label, l);
    html('span', 'n', String(count), l);
  }
  const counts = (f, n) => { const c = new Array(n).fill(0); for (const b of booths) if (f(b) >= 0) c[f(b)]++; return c; };
  const themeCount = counts((b) => b.theme, data.themes.length);
  data.themes.forEach((t, i) => filter('filter-theme', 'theme', i, t.name, { fill: t.colour, line: t.line }, themeCount[i]));
  const t0 = data.themes[0];
  const statusCount = counts((b) => b.status, 4);
  STATUSES.forEach((s, i) => filter('filter-status', 'status', i, s, t0 ? { fill: t0.fills[i], line: t0.line } : null, statusCount[i]));
  const typeCount = counts((b) => b.type, 4);
  TYPES.forEach((s, i) => filter('filter-type', 'type', i, s, null, typeCount[i]));
  const noType = booths.filter((b) => b.type < 0).length;
  if (noType) filter('filter-type', 'type', -1, 'No open side', null, noType);
  for (const b of booths) if (b.theme < 0) allowed.theme.add(-1);
  if (data.exits.length) {
    const l = html('p', 'exits-key', '', $('legend'));
    html('span', 'door-key', '', l);
    html('span', '', 'Exit (' + data.exits.length + ')', l);
  }

  // ---- Search -------------------------------------------------------------------------------
  const search = $('search');
  let matches = [];
  function apply() {
    const q = norm(search.value);
    matches = [];
    for (const b of booths) {
      const shown = allowed.theme.has(b.theme) && allowed.status.has(b.status) && allowed.type.has(b.type);
      const hit = shown && (q === '' || b.key.includes(q));
      b.rect.classList.toggle('off', !shown);
      b.rect.classList.toggle('dim', shown && !hit);
      b.rect.classList.toggle('hit', hit && q !== '');
      if (hit && q !== '') matches.push(b);
    }
    const shownCount = booths.filter((b) => !b.rect.classList.contains('off')).length;
    $('count').textContent = q === '' ? shownCount + ' of ' + booths.length + ' booths shown'
      : matches.length + (matches.length === 1 ? ' booth matches' : ' booths match');
    const list = $('results');
    list.replaceChildren();
    for (const b of matches.slice(0, 200)) {
      const li = html('li', '', '', list);
      const button = html('button', 'result', '', li);
      button.type = 'button';
      button.setAttribute('data-result', b.id);
      html('strong', '', b.id, button);
      if (b.exhibitor) html('span', '', b.exhibitor, button);
      button.addEventListener('click', () => select(b, true));
    }
  }
  function showMatches() {
    if (!matches.length) return;
    const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const m of matches) grow(b, m.x, m.y, m.x + m.w, m.y + m.h);
    const pad = typical * 4;
    fit({ x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad }, 0);
  }
  search.addEventListener('input', () => {
    apply();
    history.replaceState(null, '', search.value ? '#q=' + encodeURIComponent(search.value) : '#');
  });
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    if (matches.length === 1) select(matches[0], true); else showMatches();
  });

  // ---- Deep links ---------------------------------------------------------------------------
  function followHash() {
    const hash = location.hash.replace(/^#/, '');
    const eq = hash.indexOf('=');
    if (eq < 0) return;
    let value;
    try { value = decodeURIComponent(hash.slice(eq + 1).replace(/\+/g, ' ')); } catch (err) { return; }
    const key = hash.slice(0, eq);
    if (key === 'booth') {
      const b = byId.get(value);
      if (b) select(b, true);
    } else if (key === 'q') {
      search.value = value;
      apply();
      showMatches();
    }
  }
  window.addEventListener('hashchange', followHash);

  $('print').addEventListener('click', () => window.print());
  $('subtitle').textContent = (data.public ? 'Visitor map' : 'Floor plan') + ' · ' + data.date + ' · ' + booths.length + ' booths';

  showHall(-1);
  apply();
  followHash();
  // Ready once the first frame with the plan is drawn: data-ready holds the milliseconds since
  // the page was opened (what the speed budget measures).
  requestAnimationFrame(() => setTimeout(() => {
    document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
  }, 0));
})();
