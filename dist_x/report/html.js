import { createHash } from 'node:crypto';
import { SEVERITIES } from '../core/vocabulary.js';
import { summarise } from './summary.js';
/**
 * One self-contained HTML report: inline CSS and JS, no fetches (a Content-Security-Policy with
 * default-src 'none' and a hash for the one script enforces it), works from file://.
 * Resource names, tags and messages are attacker-controlled, so the data travels as JSON in a
 * <script type="application/json"> with every `<`, `>` and `&` escaped, and the page inserts it
 * with textContent only. The charts are drawn here from counts and fixed vocabularies, escaped too.
 */
export function escapeHtml(value) {
    return String(value ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** JSON that cannot end its <script> element or open a comment, and survives any HTML parser state. */
export function embedJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
const SEV_COLOR = { critical: '#7b1fa2', high: '#c62828', medium: '#ef6c00', low: '#0277bd', informational: '#757575' };
function barChart(title, rows) {
    const max = Math.max(1, ...rows.map((r) => r.value));
    const h = 22;
    const width = 420;
    const bars = rows
        .map((r, i) => {
        const w = Math.round((r.value / max) * (width - 170));
        return `<text x="0" y="${i * h + 15}" class="lbl">${escapeHtml(r.label)}</text><rect x="120" y="${i * h + 3}" width="${w}" height="${h - 8}" fill="${r.color}"></rect><text x="${126 + w}" y="${i * h + 15}" class="val">${r.value}</text>`;
    })
        .join('');
    return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${rows.length * h + 4}">${bars}</svg></figure>`;
}
function charts(s) {
    const sev = barChart('Failing findings by severity', SEVERITIES.map((v) => ({ label: v, value: s.failBySeverity[v], color: SEV_COLOR[v] })));
    const svc = barChart('Failing findings by service', s.byService.map((r) => ({ label: r.service, value: r.FAIL, color: '#c62828' })));
    return sev + svc;
}
const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main{max-width:1200px;margin:0 auto;padding:12px 20px}
header{border-bottom:1px solid #ddd;background:#fff}
h1{font-size:20px;margin:8px 0}
.counts{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0}
.count{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:90px}
.count b{display:block;font-size:22px}
.FAIL b{color:#c62828}.ERROR b{color:#ef6c00}.PASS b{color:#2e7d32}.MUTED b{color:#757575}
.charts{display:flex;gap:24px;flex-wrap:wrap}
figure{margin:8px 0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}
svg .lbl,svg .val{font:12px system-ui,sans-serif;fill:#333}
table{border-collapse:collapse;background:#fff;margin:8px 0}
td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}
.filters{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0;align-items:center}
.filters input{min-width:260px}
details.f{background:#fff;border:1px solid #ddd;border-radius:6px;margin:6px 0;padding:6px 10px}
details.f summary{cursor:pointer}
.badge{display:inline-block;border-radius:4px;padding:0 6px;margin-right:6px;color:#fff;font-size:12px}
.s-FAIL{background:#c62828}.s-ERROR{background:#ef6c00}.s-PASS{background:#2e7d32}.s-MUTED{background:#757575}
pre{background:#f4f4f4;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-word}
.muted{color:#666}
`;
const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('posture-data').textContent);
  var findings = data.result.findings;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function options(select, values) {
    values.forEach(function (v) { var o = el('option', v); o.value = v; select.appendChild(o); });
  }
  var uniq = function (xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }).sort(); };
  var fStatus = document.getElementById('f-status'), fSev = document.getElementById('f-severity');
  var fSvc = document.getElementById('f-service'), fText = document.getElementById('f-text');
  options(fStatus, ['FAIL', 'ERROR', 'MUTED', 'PASS']);
  options(fSev, data.severities);
  options(fSvc, uniq(findings.map(function (f) { return f.service; })));

  var fw = document.getElementById('frameworks');
  data.frameworks.forEach(function (r) {
    var s = r.summary;
    var box = el('section');
    box.appendChild(el('h3', r.framework.name + ' ' + r.framework.version));
    box.appendChild(el('p', (s.compliancePercent === null ? 'No automated control evaluated' : s.compliancePercent + '% of evaluated controls pass') +
      ' (' + s.pass + ' pass, ' + s.fail + ' fail, ' + s.error + ' error, ' + s.manual + ' manual, ' + s['not-evaluated'] + ' not evaluated of ' + s.total + ')'));
    var d = el('details'); d.appendChild(el('summary', 'Controls'));
    var t = el('table'); var hr = el('tr');
    ['Control', 'Status', 'Title', 'Rules'].forEach(function (h) { hr.appendChild(el('th', h)); });
    t.appendChild(hr);
    r.controls.forEach(function (c) {
      var tr = el('tr');
      tr.appendChild(el('td', c.id)); tr.appendChild(el('td', c.status)); tr.appendChild(el('td', c.title));
      tr.appendChild(el('td', c.rules.length ? c.rules.join(', ') : '-'));
      t.appendChild(tr);
    });
    d.appendChild(t); box.appendChild(d); fw.appendChild(box);
  });

  var order = { FAIL: 0, ERROR: 1, MUTED: 2, PASS: 3 };
  var sevRank = {}; data.severities.forEach(function (s, i) { sevRank[s] = i; });
  var sorted = findings.slice().sort(function (a, b) {
    return order[a.status] - order[b.status] || sevRank[a.severity] - sevRank[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  });
  var list = document.getElementById('findings');
  var rows = sorted.map(function (f) {
    var d = el('details', undefined, 'f');
    d.setAttribute('data-status', f.status);
    d.setAttribute('data-severity', f.severity);
    d.setAttribute('data-service', f.service);
    var sm = el('summary');
    sm.appendChild(el('span', f.status, 'badge s-' + f.status));
    sm.appendChild(el('span', f.severity + ' ', 'muted'));
    sm.appendChild(el('b', f.title));
    sm.appendChild(el('span', ' ' + (f.resource.name || f.resource.id) + ' (' + f.resource.region + ')', 'muted'));
    d.appendChild(sm);
    d.appendChild(el('p', f.message));
    var meta = el('p', 'Rule ' + f.ruleId + ' | ' + f.service + ' | ' + f.topic + ' | account ' + f.resource.account + ' | ' + f.resource.type + ' ' + (f.resource.arn || f.resource.id) + ' | finding ' + f.id, 'muted');
    d.appendChild(meta);
    d.appendChild(el('h4', 'Evidence'));
    d.appendChild(el('pre', JSON.stringify(f.evidence, null, 2)));
    d.appendChild(el('h4', 'Remediation'));
    d.appendChild(el('p', f.remediation.text));
    ['cli', 'cloudformation', 'terraform'].forEach(function (k) {
      if (f.remediation[k]) { d.appendChild(el('div', k, 'muted')); d.appendChild(el('pre', f.remediation[k])); }
    });
    if (/^https:\\/\\//.test(f.remediation.url)) {
      var a = el('a', f.remediation.url); a.setAttribute('href', f.remediation.url); a.setAttribute('rel', 'noopener noreferrer'); d.appendChild(a);
    }
    d._text = [f.ruleId, f.title, f.message, f.resource.id, f.resource.arn, f.resource.name, f.resource.region, f.resource.account].join(' ').toLowerCase();
    list.appendChild(d);
    return d;
  });
  var shown = document.getElementById('shown-count');
  function apply() {
    var st = fStatus.value, sv = fSev.value, sc = fSvc.value, q = fText.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (d) {
      var ok = (!st || d.getAttribute('data-status') === st) && (!sv || d.getAttribute('data-severity') === sv) &&
        (!sc || d.getAttribute('data-service') === sc) && (!q || d._text.indexOf(q) >= 0);
      d.hidden = !ok; if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' findings shown';
  }
  [fStatus, fSev, fSvc].forEach(function (s) { s.addEventListener('change', apply); });
  fText.addEventListener('input', apply);
  apply();
})();
`;
export function renderHtml(result, ctx = {}) {
    const s = summarise(result);
    const scan = result.scan;
    const data = { result, frameworks: ctx.frameworks ?? [], severities: SEVERITIES };
    const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
    const count = (k) => `<div class="count ${k}"><b id="count-${k}">${s.byStatus[k]}</b>${k}</div>`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>posture report: ${escapeHtml(scan.accounts.join(', '))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>posture report</h1>
<p class="muted">Account(s) ${escapeHtml(scan.accounts.join(', '))}; ${scan.regions.length} region(s); ${scan.rulesEvaluated} rules; ${escapeHtml(scan.source)} scan from ${escapeHtml(scan.started)} to ${escapeHtml(scan.finished)}; posture ${escapeHtml(scan.tool.version)}.${scan.complete ? '' : ` <b>Incomplete: ${scan.collection.filter((c) => c.state !== 'ok').length} collection unit(s) could not be read; rules that needed them report ERROR.</b>`}</p>
<div class="counts">${count('FAIL')}${count('ERROR')}${count('PASS')}${count('MUTED')}</div>${s.passNotListed ? `<p class="muted" id="pass-not-listed">${s.passNotListed} further PASS result(s) were counted but not listed (scan with --include-pass to list them).</p>` : ''}
</header>
<main>
<div class="charts">${charts(s)}</div>
<div id="frameworks"></div>
<h2>Findings</h2>
<noscript><p>The findings list needs JavaScript; the same data is in findings.json.</p></noscript>
<div class="filters">
<label>Status <select id="f-status"><option value="">all</option></select></label>
<label>Severity <select id="f-severity"><option value="">all</option></select></label>
<label>Service <select id="f-service"><option value="">all</option></select></label>
<label>Search <input id="f-text" type="search" placeholder="rule, resource, ARN, message"></label>
<span id="shown-count" class="muted"></span>
</div>
<div id="findings"></div>
</main>
<script type="application/json" id="posture-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
