/* app.js — the page for students (doc/web.md): the form, the link, and the deadlines as
 * kzmig.wasm works them out.  The rules, the deadlines' words and the calendar file are
 * the C core's (web/kzweb.c); this script only asks and shows.
 *
 * Every word of the page is here, inside _() or N_() (P_() with a plural), so xgettext
 * -L JavaScript gathers them into po/kzmig.pot with the CLI's; they are looked up in the
 * same catalogs, compiled into the wasm.  A "%s" or "%d" in a word is filled by fmt().
 */
'use strict';
(function () {
  const N_ = (s) => s; // marks a word to translate where it is shown

  // The page's words, by the data-t keys of index.html.
  const T = {
    skip: N_('Skip to the form'),
    title: N_('Migration deadlines in Kazakhstan'),
    intro: N_('For foreign students and their hosts: when to register, extend and leave, ' +
      'where to go, and what a missed day costs. Your facts stay in this browser.'),
    language: N_('Language'),
    facts: N_('Your facts'),
    arrival: N_('Day you arrived in Kazakhstan'),
    citizenship: N_('Citizenship'),
    citizenship_hint: N_('Type a country or its two-letter code, and pick it from the list.'),
    entry: N_('How you entered'),
    entry_infer: N_('Work it out from my facts'),
    entry_visa_free: N_('Visa-free'),
    entry_visa: N_('On a visa'),
    birth: N_('Date of birth'),
    birth_hint: N_('Under 16, some duties do not apply.'),
    visa_expiry: N_('Visa valid until'),
    trp_expiry: N_('Temporary residence permit (TRP) valid until'),
    passport_expiry: N_('Passport valid until'),
    trips: N_('Earlier stays in Kazakhstan'),
    trips_hint: N_('Each stay before this arrival, first and last day, in the last 180 days.'),
    trip_add: N_('Add a stay'),
    moves: N_('Changes of address since the arrival'),
    moves_hint: N_('The day you moved to a new address or travelled inside Kazakhstan.'),
    move_add: N_('Add a move'),
    more: N_('More options'),
    host: N_('Your host (the receiving party)'),
    host_individual: N_('a private person'),
    host_small: N_('a small business or a non-profit (a university)'),
    host_medium: N_('a medium-sized business'),
    host_large: N_('a large business'),
    count_from: N_('Counting working days'),
    count_arrival: N_('the arrival day is day 1 (if it is a working day)'),
    count_next_day: N_('from the day after the arrival'),
    today: N_('Today'),
    today_hint: N_('Leave empty for today in Kazakhstan (Asia/Almaty).'),
    show: N_('Show my deadlines'),
    deadlines: N_('Your deadlines'),
    download: N_('Download for your calendar (.ics)'),
    import: N_('Add the deadlines to your phone'),
    import_intro: N_('The file has one event per deadline, with reminders 7 days and 1 day ' +
      'before. It is made in this browser: nothing is sent anywhere.'),
    android: N_('Android'),
    android_1: N_('Tap "Download for your calendar". The file goes to Downloads.'),
    android_2: N_('Open it from the notification or the Files app, and choose your ' +
      'calendar app (Google Calendar, Samsung Calendar).'),
    android_3: N_('Confirm to add the events. If your calendar app does not open the file, ' +
      'import it on a computer in Google Calendar: Settings, Import & export, Import.'),
    iphone: N_('iPhone'),
    iphone_1: N_('Open this page in Safari and tap "Download for your calendar".'),
    iphone_2: N_('Safari shows the events of the file: tap "Add All".'),
    iphone_3: N_('Choose the calendar to keep them in. If the file went to Downloads ' +
      'instead, open it from the Files app.'),
    import_again: N_('When a date changes, make the file again and import it: the events ' +
      'keep their identity, so the calendar updates them instead of adding new ones.'),
    not_advice: N_('Not legal advice: check with the migration service.'),
  };
  const STATUS = {
    upcoming: N_('upcoming'), open: N_('window open'), 'due-today': N_('due today'),
    overdue: N_('overdue'), 'not-required': N_('not required'), problem: N_('problem'),
  };
  const WHO = {
    'receiving-party': N_('your host (the receiving party)'), immigrant: N_('you'),
    institution: N_('your institution'),
  };
  const DATES = ['arrival', 'birth', 'visa_expiry', 'passport_expiry', 'trp_expiry', 'today'];
  const CHOICES = ['entry', 'host', 'count_from'];
  const LANGS = ['en', 'ru', 'kk'];

  const $ = (id) => document.getElementById(id);
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  let K = null; // the wasm's exports
  let lang = 'en';
  let countries = []; // [code, the data's name in the page's language]
  let countriesEn = []; // [code, the data's English name]: typed names are read in both
  const words = new Map();
  const rejected = {}; // a field's value from the link that its input would not take
  let icsURL = null;
  let timer = 0;

  /* Calls a kzw_* export with text as its input; returns its answer as a string. */
  function call(fn, text, ...args) {
    const b = enc.encode(text);
    const p = K.kzw_input(b.length);
    new Uint8Array(K.memory.buffer, p, b.length).set(b);
    const n = K[fn](b.length, ...args);
    return dec.decode(new Uint8Array(K.memory.buffer, K.kzw_output(), n));
  }

  function _(s) {
    if (K === null || lang === 'en') return s;
    const k = lang + '\n' + s;
    if (!words.has(k)) words.set(k, call('kzw_tr', s, -1));
    return words.get(k);
  }

  function P_(one, many, n) {
    if (K === null || lang === 'en') return n === 1 ? one : many;
    return call('kzw_tr', one + '\0' + many, n);
  }

  /* s with its %s and %d (or %1$s) filled by the arguments in turn. */
  function fmt(s, ...a) {
    let i = 0;
    return s.replace(/%(?:(\d+)\$)?[sd]/g, (m, pos) => String(a[pos ? pos - 1 : i++]));
  }

  /* Today in Kazakhstan: one zone, UTC+5, since 1 Mar 2024 (as the CLI's today_almaty). */
  function almatyToday() {
    return new Date(Date.now() + 5 * 3600e3).toISOString().slice(0, 10);
  }

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {}))
      if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const c of kids) if (c !== null) e.append(c);
    return e;
  }

  /* ---- the form ---------------------------------------------------------------------- */

  /* The data's name of a country in the page's language (kzw_countries after kzw_lang). */
  function countryName(code, name) {
    return name;
  }

  function fillCountries() {
    const list = $('countries');
    list.replaceChildren(...countries.map(([c, n]) =>
      el('option', { value: countryName(c, n) + ' (' + c + ')' })));
  }

  /* The two-letter code the citizenship field names: "Uzbekistan (UZ)", "uz", a name. */
  function citizenshipCode(v) {
    v = v.trim();
    let m = /\(([A-Za-z]{2})\)$/.exec(v) || /^([A-Za-z]{2})$/.exec(v);
    if (m) return m[1].toUpperCase();
    const low = v.toLowerCase();
    for (const [c, n] of countries.concat(countriesEn))
      if (n.toLowerCase() === low) return c;
    return v === '' ? '' : null;
  }

  function setCitizenship(code) {
    const c = countries.find((x) => x[0] === code.toUpperCase());
    $('citizenship').value = c ? countryName(c[0], c[1]) + ' (' + c[0] + ')' : code;
  }

  function addRow(kind, from, to) {
    const rows = $(kind).querySelector('.rows');
    const n = rows.children.length + 1;
    const row = el('fieldset', { class: 'row' });
    const legend = el('legend', {}, fmt(kind === 'trips' ? _('Stay %d') : _('Move %d'), n));
    const inputs = kind === 'trips' ? [[_('First day'), from], [_('Last day'), to]]
      : [[_('Day of the move'), from]];
    row.append(legend);
    for (const [label, v] of inputs) {
      const input = el('input', { type: 'date' });
      input.value = v || '';
      if (v && input.value !== v) row.dataset.raw = kind === 'trips' ? from + ':' + to : from;
      row.append(el('label', {}, el('span', {}, label), input));
    }
    const rm = el('button', { type: 'button', class: 'remove' }, _('Remove'));
    rm.addEventListener('click', () => {
      row.remove();
      renumber(kind);
      changed();
      $(kind).querySelector('.add').focus();
    });
    row.append(rm);
    rows.append(row);
    return row;
  }

  function renumber(kind) {
    [...$(kind).querySelectorAll('.rows > fieldset')].forEach((row, i) => {
      row.querySelector('legend').textContent =
        fmt(kind === 'trips' ? _('Stay %d') : _('Move %d'), i + 1);
    });
  }

  function rowValues(kind) {
    const out = [];
    for (const row of $(kind).querySelectorAll('.rows > fieldset')) {
      const v = [...row.querySelectorAll('input')].map((i) => i.value);
      if (v.some((x) => x === '') && row.dataset.raw) out.push(row.dataset.raw);
      else if (v.every((x) => x !== '')) out.push(v.join(':'));
    }
    return out;
  }

  /* The facts of the form, in the link's names and order: [[name, value], ...]. */
  function facts() {
    const f = [];
    const date = (k) => $(k).value || rejected[k] || '';
    f.push(['arrival', date('arrival')]);
    const cc = citizenshipCode($('citizenship').value);
    f.push(['citizenship', cc === null ? $('citizenship').value.trim() : cc]);
    for (const k of ['birth', 'visa_expiry', 'passport_expiry', 'trp_expiry']) f.push([k, date(k)]);
    f.push(['entry', $('entry').value]);
    f.push(['host', $('host').value === 'small' ? '' : $('host').value]);
    f.push(['count_from', $('count_from').value === 'arrival' ? '' : $('count_from').value]);
    f.push(['today', date('today')]);
    for (const t of rowValues('trips')) f.push(['trip', t]);
    for (const m of rowValues('moves')) f.push(['moved', m]);
    return f.filter(([, v]) => v !== '');
  }

  function syncURL(f) {
    const q = new URLSearchParams(f);
    if (lang !== 'en') q.set('lang', lang);
    const s = q.toString();
    history.replaceState(null, '', s ? '?' + s : location.pathname);
  }

  /* The form from the link's query (the roster's column names; trips and moves also as
   * lists, as in a roster). */
  function readURL() {
    const q = new URLSearchParams(location.search);
    for (const k of DATES) {
      if (!q.has(k)) continue;
      const v = q.get(k).trim();
      $(k).value = v;
      if ($(k).value !== v) rejected[k] = v;
    }
    if (q.has('citizenship')) setCitizenship(q.get('citizenship').trim());
    for (const k of CHOICES) {
      if (!q.has(k)) continue;
      const v = q.get(k).trim().toLowerCase();
      if ([...$(k).options].some((o) => o.value === v)) $(k).value = v;
      else rejected[k] = q.get(k);
    }
    if (q.has('host') || q.has('count_from') || q.has('today')) $('more').open = true;
    const split = (k) => (q.has(k) ? q.get(k).split(/[\s,;]+/).filter(Boolean) : []);
    for (const t of [...q.getAll('trip'), ...split('trips')]) {
      const [a, b] = t.trim().split(':');
      const row = addRow('trips', a, b || '');
      if (!b) row.dataset.raw = t.trim();
    }
    for (const m of [...q.getAll('moved'), ...split('moves')]) addRow('moves', m.trim());
  }

  /* ---- the deadlines ------------------------------------------------------------------- */

  function request(f) {
    const all = f.slice();
    for (const k of CHOICES) if (rejected[k] !== undefined) all.push([k, rejected[k]]);
    if (!all.some(([k]) => k === 'today')) all.push(['today', almatyToday()]);
    return all.map(([k, v]) => k + '=' + String(v).replace(/[\r\n]/g, ' ')).join('\n');
  }

  function showErrors(errors) {
    for (const e of document.querySelectorAll('.error[id$="-err"]')) e.textContent = '';
    for (const i of document.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
    for (const e of errors) {
      const box = $(e.field + '-err');
      const msg = e.msg || (e.field === 'citizenship' ? _('Choose your country from the list.')
        : _('This is needed.'));
      if (box) box.textContent += (box.textContent ? ' ' : '') + msg;
      const input = $(e.field);
      if (input) input.setAttribute('aria-invalid', 'true');
      if (e.field === 'host' || e.field === 'count_from' || e.field === 'today') $('more').open = true;
    }
  }

  function daysWords(d) {
    if (d.days_left === null) return '';
    if (d.days_left === 0) return _('today');
    if (d.days_left > 0) return fmt(P_('in %d day', 'in %d days', d.days_left), d.days_left);
    return fmt(P_('%d day ago', '%d days ago', -d.days_left), -d.days_left);
  }

  function item(d) {
    const rows = [];
    const row = (label, value, cls) => {
      if (value) rows.push(el('dt', {}, label), el('dd', cls ? { class: cls } : {}, value));
    };
    if (d.status === 'problem') row(_('Problem'), d.reason, 'bad');
    if (d.status === 'not-required') row(_('Not required'), d.reason);
    if (d.move) row(_('After the move on'), d.event_long);
    if (d.opens) row(_('Window opens'), d.opens_long +
      (d.status === 'open' ? ' ' + _('(open now)') : ''));
    if (d.apply_by) row(_('Apply by'), d.apply_by_long);
    row(_('Who'), _(WHO[d.responsible] || d.responsible));
    row(_('Where'), d.where);
    if (d.fine) row(_('If missed'), d.fine.words + (d.fine.provisional && d.fine.why
      ? ' (' + fmt(_('provisional: %s'), d.fine.why) + ')' : ''));
    if (d.repeat) row(_('Again within a year'), d.repeat.words);
    if (d.provisional) row(_('Provisional'), d.provisional_why, 'warn');
    row(fmt(_('Basis (%s)'), d.stay_words), d.basis);
    const when = el('p', { class: 'when' });
    if (d.due) {
      when.append(el('time', { datetime: d.due, class: 'due' }, d.due_long), ' ',
        el('span', { class: 'left' }, daysWords(d)), ' ');
    }
    when.append(el('span', { class: 'status' }, _(STATUS[d.status] || d.status)));
    return el('li', {
      class: 'deadline st-' + d.status, 'data-id': d.id, 'data-due': d.due,
      'data-opens': d.opens, 'data-status': d.status,
    }, el('h3', {}, d.title), when, el('dl', {}, ...rows));
  }

  function stamp() {
    return new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  }

  function setCalendar(req, res) {
    if (icsURL) URL.revokeObjectURL(icsURL);
    icsURL = null;
    const text = res.deadlines.length ? call('kzw_ics', req + '\nstamp=' + stamp()) : '';
    $('calendar').hidden = text === '';
    if (text === '') return;
    icsURL = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    $('ics').href = icsURL;
    $('ics').download = 'kzmig-' + res.citizenship + '-' + res.arrival + '.ics';
  }

  /* Works the deadlines out and shows them.  `asked`: the person pressed the button, or
   * came by a link with facts (then what is missing or wrong is said); `focus`: and the
   * focus goes to the answer. */
  function update(asked, focus) {
    const f = facts();
    syncURL(f);
    const has = (k) => f.some(([n]) => n === k);
    // While a country is being typed, the answer stays as it was until it is one.
    if (!asked && has('citizenship') && citizenshipCode($('citizenship').value) === null) {
      document.body.dataset.state = 'done';
      return;
    }
    if (!asked && !(has('arrival') && has('citizenship'))) {
      $('status').textContent = _('Enter the day you arrived and your citizenship below, ' +
        'then press "Show my deadlines".');
      document.body.dataset.state = 'done';
      return;
    }
    const req = request(f);
    const text = call('kzw_due', req);
    const res = text ? JSON.parse(text) : { errors: [{ field: 'arrival', msg: _('Out of memory.') }], deadlines: [] };
    showErrors(res.errors);
    const list = $('list');
    if (res.errors.length) {
      list.replaceChildren();
      $('status').textContent = fmt(P_('Please correct %d fact above.',
        'Please correct %d facts above.', res.errors.length), res.errors.length);
      $('calendar').hidden = true;
      $('provisional-note').hidden = true;
    } else {
      list.replaceChildren(...res.deadlines.map(item));
      $('status').textContent = fmt(_('For a citizen of %s (%s) who arrived on %s.'),
        countryName(res.citizenship, res.country), res.citizenship, res.arrival_long) + ' ' +
        fmt(_('Today: %s (Asia/Almaty).'), res.today_long) + ' ' +
        fmt(P_('%d deadline.', '%d deadlines.', res.deadlines.length), res.deadlines.length);
      const prov = res.deadlines.some((d) => d.provisional);
      $('provisional-note').hidden = !prov;
      $('provisional-note').textContent = fmt(_('A provisional date may still change: the ' +
        'data has the decrees on days off for %d to %d.'), res.confirmed_from,
        res.confirmed_through);
      setCalendar(req, res);
    }
    $('about').textContent = fmt(_('Worked out by kzmig in this browser. Data as of %s.'),
      res.as_of);
    if (focus) {
      const first = document.querySelector('[aria-invalid="true"]');
      (first || $('results')).focus();
    }
    document.body.dataset.state = 'done';
    document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 250);
  }

  /* ---- languages ----------------------------------------------------------------------- */

  function setLang(l) {
    lang = LANGS.includes(l) ? l : 'en';
    K.kzw_lang(LANGS.indexOf(lang));
    countries = JSON.parse(call('kzw_countries', ''));
    document.documentElement.lang = lang;
    $('lang').value = lang;
    for (const e of document.querySelectorAll('[data-t]')) e.textContent = _(T[e.dataset.t]);
    document.title = _(T.title);
    renumber('trips');
    renumber('moves');
    for (const b of document.querySelectorAll('.remove')) b.textContent = _('Remove');
    for (const row of document.querySelectorAll('.rows > fieldset')) {
      const spans = row.querySelectorAll('label > span');
      const names = spans.length === 2 ? [_('First day'), _('Last day')] : [_('Day of the move')];
      spans.forEach((s, i) => { s.textContent = names[i]; });
    }
    const cc = citizenshipCode($('citizenship').value);
    fillCountries();
    if (cc) setCitizenship(cc);
  }

  function startLang() {
    const q = new URLSearchParams(location.search).get('lang');
    if (q) return q;
    for (const l of navigator.languages || [])
      if (LANGS.includes(l.slice(0, 2))) return l.slice(0, 2);
    return 'en';
  }

  async function start() {
    // The wasm imports the WASI calls of wasi-libc's stdio, which the page never makes:
    // each answers "not supported".
    const wasi = new Proxy({}, { get: () => () => 52 });
    const bytes = await (await fetch('kzmig.wasm')).arrayBuffer();
    const { instance } = await WebAssembly.instantiate(bytes, { wasi_snapshot_preview1: wasi });
    K = instance.exports;
    K._initialize();
    countries = countriesEn = JSON.parse(call('kzw_countries', ''));
    setLang(startLang());
    readURL();
    $('facts').addEventListener('submit', (e) => { e.preventDefault(); update(true, true); });
    $('facts').addEventListener('input', (e) => {
      if (e.target.name) delete rejected[e.target.name];
      const row = e.target.closest('.rows > fieldset');
      if (row) delete row.dataset.raw;
      changed();
    });
    $('facts').addEventListener('change', changed);
    for (const kind of ['trips', 'moves']) {
      $(kind).querySelector('.add').addEventListener('click', () => {
        addRow(kind).querySelector('input').focus();
      });
    }
    $('lang').addEventListener('change', () => { setLang($('lang').value); update(false); });
    update(facts().length > 0);
  }

  start().catch((e) => {
    document.body.dataset.state = 'error';
    $('status').textContent = 'kzmig.wasm: ' + e;
  });
})();
