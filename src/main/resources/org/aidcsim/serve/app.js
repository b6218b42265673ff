// The live design page: the form is generated from the scenario format's JSON Schema for the design
// being edited; every change sends the design (as JSON, which YAML reads too) to /api/evaluate and
// draws what comes back. No build step, no library.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  let schema = null;
  let design = null;      // the design as the page holds it: plain objects, the file's fields only
  let last = null;        // the last answer
  let pinned = null;
  let inFlight = null;    // the request being answered; a newer change aborts it
  let timer = null;

  const fmt = (v, d) => (v === null || v === undefined || Number.isNaN(v)) ? '–'
    : Number(v).toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d});

  // ---- schema walking -------------------------------------------------------------------------
  /** The properties a schema object offers for a value: its own and those of the union branch the value chose. */
  function propertiesOf(s, value) {
    const props = Object.assign({}, s.properties || {});
    for (const branch of s.allOf || []) {
      const cond = branch.if && branch.if.properties;
      if (!cond) continue;
      const ok = Object.keys(cond).every(k => value && value[k] === cond[k].const);
      if (ok && branch.then && branch.then.properties) Object.assign(props, branch.then.properties);
    }
    return props;
  }
  function help(s) {
    const parts = [s.description || ''];
    if (s.minimum !== undefined || s.maximum !== undefined) parts.push('bounds: ' + (s.minimum ?? s.exclusiveMinimum ?? '…')
      + ' to ' + (s.maximum ?? s.exclusiveMaximum ?? '…'));
    return parts.join('\n');
  }
  function getAt(obj, path) {
    return path.reduce((o, k) => (o === undefined || o === null) ? undefined : o[k], obj);
  }
  function setAt(obj, path, v) {
    let o = obj;
    for (let i = 0; i < path.length - 1; i++) {
      if (o[path[i]] === undefined || o[path[i]] === null) o[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
      o = o[path[i]];
    }
    if (v === undefined) delete o[path[path.length - 1]]; else o[path[path.length - 1]] = v;
  }
  const dotted = (path) => path.map((k, i) => typeof k === 'number' ? '[' + k + ']' : (i ? '.' : '') + k).join('');

  // ---- the form --------------------------------------------------------------------------------
  /** True when {@code key} chooses a branch of {@code parent} (cooling.technology, a profile's type). */
  function discriminates(parent, key) {
    return (parent.allOf || []).some(b => b.if && b.if.properties && b.if.properties[key]);
  }
  function input(s, path, value, parent) {
    const label = document.createElement('label');
    label.dataset.path = dotted(path);
    label.title = help(s);
    const name = document.createElement('span');
    name.textContent = path[path.length - 1];
    label.appendChild(name);
    let el;
    if (s.enum) {
      el = document.createElement('select');
      el.appendChild(new Option(s.default !== undefined ? '(default: ' + s.default + ')' : '', ''));
      s.enum.forEach(v => el.appendChild(new Option(v, v)));
      el.value = value === undefined ? '' : String(value);
    } else if (s.type === 'boolean') {
      el = document.createElement('select');
      el.appendChild(new Option(s.default !== undefined ? '(default: ' + s.default + ')' : '', ''));
      el.appendChild(new Option('true', 'true'));
      el.appendChild(new Option('false', 'false'));
      el.value = value === undefined ? '' : String(value);
    } else {
      el = document.createElement('input');
      el.type = 'text';
      el.placeholder = s.default !== undefined && typeof s.default !== 'object' ? String(s.default) : '';
      el.value = value === undefined || typeof value === 'object' ? '' : String(value);
    }
    el.dataset.path = dotted(path);
    const hint = [];
    if (s.minimum !== undefined || s.exclusiveMinimum !== undefined || s.maximum !== undefined) {
      hint.push((s.minimum ?? s.exclusiveMinimum ?? '') + '…' + (s.maximum ?? ''));
    }
    const unit = /\(([^()]*)\)\s*(Default|$)/.exec(s.description || '');
    if (unit && unit[1].length <= 12) hint.push(unit[1]);
    label.dataset.hint = hint.join(' ');
    el.addEventListener('input', () => {
      const raw = el.value;
      let v = raw === '' ? undefined : raw;
      if (v !== undefined && (s.type === 'number' || s.type === 'integer') && raw.trim() !== '' && !Number.isNaN(Number(raw))) v = Number(raw);
      if (v !== undefined && s.type === 'boolean') v = raw === 'true';
      setAt(design, path, v);
      if (parent && discriminates(parent, path[path.length - 1])) {
        // another branch: drop the fields the old one had and the new one has not, and show the new one's
        const obj = getAt(design, path.slice(0, -1)) || {};
        const keep = propertiesOf(parent, obj);
        Object.keys(obj).forEach(k => { if (!(k in keep)) delete obj[k]; });
        buildForm();
      }
      syncText();
      schedule();
    });
    label.appendChild(el);
    return label;
  }
  function fields(s, path, value, into) {
    const props = propertiesOf(s, value);
    for (const [key, p] of Object.entries(props)) {
      if (key === '$schema') continue;
      const v = value ? value[key] : undefined;
      const here = path.concat([key]);
      if (p.type === 'object' || (p.properties || p.allOf)) {
        // a section the design does not fill starts folded: its defaults apply
        const set = document.createElement('details');
        set.className = 'section';
        set.open = v !== undefined && v !== null;
        const legend = document.createElement('summary');
        legend.textContent = dotted(here) + (set.open ? '' : ' (defaults)');
        legend.title = p.description || '';
        set.appendChild(legend);
        fields(p, here, v, set);
        into.appendChild(set);
      } else if (p.type === 'array' && p.items && (p.items.type === 'object' || p.items.properties || p.items.allOf)) {
        (Array.isArray(v) ? v : []).forEach((item, i) => {
          const set = document.createElement('fieldset');
          const legend = document.createElement('legend');
          legend.textContent = dotted(here.concat([i]));
          set.appendChild(legend);
          fields(p.items, here.concat([i]), item, set);
          into.appendChild(set);
        });
      } else if (p.type === 'array') {
        into.appendChild(input({type: 'string', description: (p.description || '') + ' (a list: values separated by commas)'},
          here, Array.isArray(v) ? v.join(', ') : undefined));
      } else {
        into.appendChild(input(p, here, v, s));
      }
    }
  }
  function buildForm() {
    const form = $('form');
    form.textContent = '';
    fields(schema, [], design, form);
  }

  // ---- evaluating ------------------------------------------------------------------------------
  function syncText() {
    $('yaml').value = JSON.stringify(design, null, 2);
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => evaluate(JSON.stringify(design), false), 60);
  }
  /** @param fromText true when the text box was sent: its lines and columns mean something, and it becomes the design */
  async function evaluate(text, fromText) {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const started = performance.now();
    $('status').textContent = 'evaluating…';
    document.body.dataset.state = 'evaluating';
    try {
      const r = await fetch('/api/evaluate', {method: 'POST', body: text, signal: controller.signal,
        headers: {'Content-Type': 'text/plain'}});
      const answer = await r.json();
      if (controller !== inFlight) return;
      showErrors(answer.errors || [], fromText);
      if (fromText && answer.document) {
        design = answer.document;
        buildForm();
      }
      // figures of the last design that ran stay, marked as such, until the design runs again
      $('results').classList.toggle('stale', !!answer.errors);
      if (!answer.errors) {
        last = answer;
        show(answer);
      }
      $('status').textContent = (answer.errors ? 'not evaluated: ' + answer.errors.length + ' problem(s)' : 'evaluated')
        + ' in ' + Math.round(performance.now() - started) + ' ms';
      document.body.dataset.state = answer.errors ? 'invalid' : 'done';
    } catch (e) {
      if (e.name !== 'AbortError') {
        $('status').textContent = 'no answer: ' + e;
        document.body.dataset.state = 'failed';
      }
    }
  }
  function showErrors(errors, fromText) {
    document.querySelectorAll('label.error').forEach(l => { l.classList.remove('error'); l.querySelector('.msg')?.remove(); });
    $('errors').textContent = '';
    for (const e of errors) {
      const p = document.createElement('p');
      p.textContent = (fromText && e.line ? 'line ' + e.line + ':' + e.column + ': ' : '') + (e.path ? e.path + ': ' : '') + e.message;
      if (e.path) {
        p.className = 'link';
        p.addEventListener('click', () => document.querySelector('[data-path="' + CSS.escape(e.path) + '"]')?.scrollIntoView());
      }
      $('errors').appendChild(p);
      const label = document.querySelector('label[data-path="' + CSS.escape(e.path) + '"]');
      if (label) {
        label.classList.add('error');
        const m = document.createElement('span');
        m.className = 'msg';
        m.textContent = e.message;
        label.appendChild(m);
      }
    }
  }

  // ---- results ---------------------------------------------------------------------------------
  function table(rows, head) {
    const t = document.createElement('table');
    if (head) {
      const tr = t.insertRow();
      head.forEach(h => { const th = document.createElement('th'); th.textContent = h; tr.appendChild(th); });
    }
    for (const row of rows) {
      const tr = t.insertRow();
      row.forEach((c, i) => { const td = tr.insertCell(); td.textContent = c; if (i > 0) td.className = 'n'; });
    }
    return t;
  }
  function figure(label, value, raw, id) {
    const d = document.createElement('div');
    d.className = 'figure';
    d.innerHTML = '<div class="note"></div><div class="big"></div>';
    d.firstChild.textContent = label;
    d.lastChild.textContent = value;
    if (id) { d.lastChild.id = id; d.lastChild.dataset.raw = String(raw); }
    return d;
  }
  function show(a) {
    const s = a.summary, m = s.metrics;
    $('name').textContent = s.scenario.name;
    const h = $('headline');
    h.textContent = '';
    h.appendChild(figure('annual PUE', fmt(m.pue, 3), m.pue, 'pue'));
    h.appendChild(figure('grid → chip', fmt(100 * m.end_to_end_efficiency, 2) + ' %', m.end_to_end_efficiency, 'grid-to-chip'));
    h.appendChild(figure('facility energy', fmt(m.facility_energy_mwh, 0) + ' MWh', m.facility_energy_mwh, 'facility-energy'));
    const currency = (s.economics && s.economics.currency) || '';
    h.appendChild(figure('CAPEX', fmt(m.capex / 1e6, 1) + ' M ' + currency, m.capex, 'capex'));
    h.appendChild(figure('TCO', fmt(m.tco / 1e6, 1) + ' M ' + currency, m.tco, 'tco'));
    $('energy').textContent = '';
    $('energy').appendChild(table(Object.entries(s.energy_by_end_use_mwh || {}).map(([k, v]) =>
      [k.replaceAll('_', ' '), typeof v === 'number' ? fmt(v, 1) + ' MWh' : JSON.stringify(v)]), ['end use', 'energy']));
    const stages = (s.power_chain && s.power_chain.stages) || [];
    $('chain').textContent = '';
    $('chain').appendChild(table(stages.map(st => [st.name, fmt(100 * st.design_efficiency, 2) + ' %',
      fmt(st.loss_mwh, 1) + ' MWh']), ['stage', 'efficiency at design', 'annual loss']));
    const sizing = (s.cooling && s.cooling.sizing) || {};
    $('cooling').textContent = '';
    $('cooling').appendChild(table([
      ['coolant flow at peak', fmt(sizing.coolant_flow_l_per_min, 0) + ' L/min'],
      ['CDUs', sizing.cdu_count === undefined ? '–' : String(sizing.cdu_count)],
      ['hours with any chiller running', fmt(m.chiller_hours, 0) + ' h'],
      ['heat-rejection capacity', fmt(sizing.heat_rejection_capacity_kw, 0) + ' kW'],
      ['water use', fmt(m.water_use_m3, 0) + ' m³']]));
    const frameworks = (s.standards && s.standards.frameworks) || [];
    $('standards').textContent = '';
    $('standards').appendChild(table(frameworks.map(f => [f.title, f.status])));
    $('warnings').textContent = '';
    (s.warnings || []).forEach(w => { const li = document.createElement('li'); li.textContent = w; $('warnings').appendChild(li); });
    monthly(a.monthly_pue || []);
    showPinned();
  }
  function monthly(values) {
    const w = 520, hgt = 180, pad = 28;
    const max = Math.max(1.01, ...values.filter(v => v !== null));
    const months = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
    let svg = '<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + hgt + '" role="img" aria-label="monthly PUE">';
    const bw = (w - pad) / 12;
    values.forEach((v, i) => {
      if (v === null) return;
      const bh = (hgt - 2 * pad) * (v - 1) / (max - 1);
      const x = pad + i * bw + 3, y = hgt - pad - bh;
      svg += '<rect x="' + x + '" y="' + y + '" width="' + (bw - 6) + '" height="' + bh + '" fill="#1f77b4"></rect>';
      svg += '<text x="' + (x + (bw - 6) / 2) + '" y="' + (y - 4) + '" font-size="10" text-anchor="middle">' + v.toFixed(3) + '</text>';
      svg += '<text x="' + (x + (bw - 6) / 2) + '" y="' + (hgt - pad + 14) + '" font-size="10" text-anchor="middle">' + months[i] + '</text>';
    });
    svg += '<text x="2" y="' + (hgt - pad) + '" font-size="10">1.0</text></svg>';
    $('monthly').innerHTML = svg;
  }
  function showPinned() {
    const p = $('pinned');
    p.textContent = '';
    if (!pinned || !last) return;
    const keys = [['pue', 'PUE', 3], ['end_to_end_efficiency', 'grid → chip', 4], ['facility_energy_mwh', 'facility energy MWh', 0],
      ['capex', 'CAPEX', 0], ['tco', 'TCO', 0], ['water_use_m3', 'water m³', 0]];
    p.appendChild(table(keys.map(([k, label, d]) => [label, fmt(pinned.summary.metrics[k], d), fmt(last.summary.metrics[k], d)]),
      ['', 'pinned', 'current']));
  }
  function download(name, type, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], {type}));
    a.download = name;
    a.click();
  }

  // ---- sweeps ----------------------------------------------------------------------------------
  let sweepInFlight = null;
  let weatherFiles = [];
  async function sweep() {
    const climate = $('sweep-field').value === 'climate';
    const field = climate ? 'site.weather.file' : 'it.groups[0].rack_power_kw';
    const values = $('sweep-values').value.split(',').map(v => v.trim()).filter(v => v !== '')
      .map(v => climate ? v : Number(v));
    if (sweepInFlight) sweepInFlight.abort();
    const controller = new AbortController();
    sweepInFlight = controller;
    $('sweep-status').textContent = 'running ' + values.length + ' designs…';
    document.body.dataset.sweep = 'running';
    try {
      const r = await fetch('/api/sweep', {method: 'POST', signal: controller.signal,
        body: JSON.stringify({yaml: JSON.stringify(design), field, values})});
      const answer = await r.json();
      if (controller !== sweepInFlight) return;
      if (answer.errors) {
        $('sweep-status').textContent = answer.errors.map(e => e.message).join('; ');
        document.body.dataset.sweep = 'failed';
        return;
      }
      drawSweep(answer, climate);
      $('sweep-status').textContent = answer.rows.length + ' designs';
      document.body.dataset.sweep = 'done';
    } catch (e) {
      if (e.name !== 'AbortError') $('sweep-status').textContent = 'no answer: ' + e;
    }
  }
  function drawSweep(answer, climate) {
    const rows = answer.rows.filter(r => r.pue !== undefined && r.pue !== null);
    const w = 560, h = 220, pad = 40;
    const maxP = 1 + 1.25 * (Math.max(1.01, ...rows.map(r => r.pue)) - 1);
    const y = (p) => h - pad - (h - 2 * pad) * (p - 1) / (maxP - 1);
    let svg = '<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + (h + (climate ? 60 : 0)) + '">';
    svg += '<text x="4" y="12" font-size="11">annual PUE (bars from 1.0)</text>';
    const step = (w - 2 * pad) / Math.max(1, answer.rows.length);
    answer.rows.forEach((r, i) => {
      const x = pad + i * step + step / 2;
      const label = climate ? String(r.value).split('/').pop().replace('.epw', '').slice(0, 28) : String(r.value);
      if (r.pue === undefined || r.pue === null) {
        svg += '<text x="' + x + '" y="' + (h - pad - 4) + '" font-size="13" text-anchor="middle" fill="#d62728">×<title>'
          + String(r.error || 'not feasible').replace(/[<&]/g, c => c === '<' ? '&lt;' : '&amp;') + '</title></text>';
      } else {
        svg += '<rect x="' + (x - step * 0.3) + '" y="' + y(r.pue) + '" width="' + step * 0.6 + '" height="' + (h - pad - y(r.pue))
          + '" fill="#1f77b4"><title>' + label + ': PUE ' + r.pue.toFixed(4) + '</title></rect>';
        svg += '<text x="' + x + '" y="' + (y(r.pue) - 3) + '" font-size="10" text-anchor="middle">' + r.pue.toFixed(3) + '</text>';
      }
      svg += climate ? '<text transform="translate(' + x + ',' + (h - pad + 10) + ') rotate(35)" font-size="9">' + label + '</text>'
        : '<text x="' + x + '" y="' + (h - pad + 14) + '" font-size="10" text-anchor="middle">' + label + '</text>';
    });
    svg += '<text x="' + (w / 2) + '" y="' + (h - 4 + (climate ? 60 : 0)) + '" font-size="11" text-anchor="middle">'
      + (climate ? 'weather file' : 'rack power (kW); × not feasible (hover for why)') + '</text></svg>';
    $('sweep-chart').innerHTML = svg;
  }

  // ---- start -----------------------------------------------------------------------------------
  $('apply').addEventListener('click', () => evaluate($('yaml').value, true));
  $('pin').addEventListener('click', () => { pinned = last; showPinned(); });
  $('download-yaml').addEventListener('click', () => {
    const text = $('yaml').value;
    download(text.trim().startsWith('{') ? 'scenario.json' : 'scenario.yaml', 'text/plain', text);
  });
  $('download-json').addEventListener('click', () => last && download('summary.json', 'application/json',
    JSON.stringify(last.summary, null, 2)));
  $('download-report').addEventListener('click', async () => {
    const r = await fetch('/api/report', {method: 'POST', body: JSON.stringify(design)});
    if (r.ok) download('report.html', 'text/html', await r.text());
    else showErrors((await r.json()).errors || []);
  });
  $('sweep-run').addEventListener('click', sweep);
  $('sweep-field').addEventListener('change', () => {
    $('sweep-values').value = $('sweep-field').value === 'climate' ? weatherFiles.join(',') : '20,40,60,80,100,130,160';
  });
  fetch('/api/weather').then(r => r.json()).then(w => { weatherFiles = w.files; });
  Promise.all([fetch('/api/schema').then(r => r.json()), fetch('/api/scenario').then(r => r.json())]).then(([s, sc]) => {
    schema = s;
    design = sc.document;
    $('file').textContent = sc.file;
    $('yaml').value = sc.yaml;
    // ?set=path=value (repeatable) edits fields as the form does: for links and for the browser test
    buildForm();
    const edits = new URLSearchParams(location.search).getAll('set');
    for (const edit of edits) {
      // typed into the field's input, as a user would: the form's own handler takes it
      const at = edit.indexOf('=');
      const el = document.querySelector('input[data-path="' + CSS.escape(edit.slice(0, at)) + '"],select[data-path="'
        + CSS.escape(edit.slice(0, at)) + '"]');
      if (el) {
        el.value = edit.slice(at + 1);
        el.dispatchEvent(new Event('input'));
        if (el.tagName === 'SELECT' && el.value !== edit.slice(at + 1)) {
          showErrors([{path: edit.slice(0, at), message: 'the link asks for "' + edit.slice(at + 1) + '", which is not one of its '
            + 'choices'}], false);
        }
      } else {
        showErrors([{path: '', message: 'the link names a field this page does not have: ' + edit.slice(0, at)}], false);
        document.body.dataset.state = 'invalid';
      }
    }
    if (edits.length === 0) evaluate(sc.yaml, true);
    if (new URLSearchParams(location.search).has('sweep')) setTimeout(sweep, 0);
  });
})();
