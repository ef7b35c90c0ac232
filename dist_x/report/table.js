import Table from 'cli-table3';
import pc from 'picocolors';
import { SEVERITIES, severityRank } from '../core/vocabulary.js';
import { safeText } from './text.js';
const statusOrder = { FAIL: 0, ERROR: 1, MUTED: 2, PASS: 3 };
/** Worst first: failing before erroring, then by severity, then by rule and resource. */
export function worstFirst(a, b) {
    return (statusOrder[a.status] - statusOrder[b.status] ||
        severityRank(b.severity) - severityRank(a.severity) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.resource.id.localeCompare(b.resource.id));
}
export function renderTable(result, opts) {
    const c = pc.createColors(opts.color);
    const sevColor = { critical: c.magenta, high: c.red, medium: c.yellow, low: c.cyan, informational: c.dim };
    const out = [];
    const f = result.findings;
    const scan = result.scan;
    out.push(c.bold(`posture scan of ${scan.accounts.map(safeText).join(', ')} in ${scan.regions.length} region(s)`) + c.dim(` (${scan.source}, ${scan.rulesEvaluated} rules)`));
    const count = (pred) => f.filter(pred).length;
    const n = scan.counts;
    out.push(`Findings: ${c.red(`${n.FAIL} FAIL`)}, ${c.yellow(`${n.ERROR} ERROR`)}, ${c.green(`${n.PASS} PASS`)}` + (n.MUTED ? `, ${n.MUTED} MUTED` : '') + (opts.includePass ? '' : c.dim(' (PASS rows hidden; --include-pass shows them)')));
    const bySev = new Table({ head: ['Severity', 'FAIL', 'ERROR'], style: { head: [], border: [] } });
    for (const s of SEVERITIES)
        bySev.push([sevColor[s](s), String(count((x) => x.severity === s && x.status === 'FAIL')), String(count((x) => x.severity === s && x.status === 'ERROR'))]);
    out.push(bySev.toString());
    const services = [...new Set(f.map((x) => x.service))];
    const svcRows = services
        .map((s) => {
        const mine = f.filter((x) => x.service === s);
        const fails = mine.filter((x) => x.status === 'FAIL');
        const worst = fails.reduce((w, x) => (!w || severityRank(x.severity) > severityRank(w) ? x.severity : w), undefined);
        return { s, fail: fails.length, error: mine.filter((x) => x.status === 'ERROR').length, pass: mine.filter((x) => x.status === 'PASS').length, worst };
    })
        .sort((a, b) => (b.worst ? severityRank(b.worst) : 0) - (a.worst ? severityRank(a.worst) : 0) || b.fail - a.fail || a.s.localeCompare(b.s));
    const bySvc = new Table({ head: opts.includePass ? ['Service', 'FAIL', 'ERROR', 'PASS', 'Worst'] : ['Service', 'FAIL', 'ERROR', 'Worst'], style: { head: [], border: [] } });
    for (const r of svcRows)
        bySvc.push([r.s, String(r.fail), String(r.error), ...(opts.includePass ? [String(r.pass)] : []), r.worst ? sevColor[r.worst](r.worst) : '-']);
    out.push(bySvc.toString());
    const shown = f.filter((x) => x.status !== 'PASS' || opts.includePass).sort(worstFirst);
    const limited = opts.limit !== undefined ? shown.slice(0, opts.limit) : shown;
    if (limited.length) {
        const list = new Table({ head: ['Status', 'Severity', 'Rule', 'Region', 'Resource', 'Message'], style: { head: [], border: [] }, colWidths: [8, 10, 40, 12, 30, 60], wordWrap: true });
        for (const x of limited)
            list.push([
                x.status === 'FAIL' ? c.red('FAIL') : x.status === 'ERROR' ? c.yellow('ERROR') : x.status === 'PASS' ? c.green('PASS') : x.status,
                sevColor[x.severity](x.severity),
                safeText(x.ruleId),
                safeText(x.resource.region),
                safeText(x.resource.name ?? x.resource.id),
                safeText(x.message),
            ]);
        out.push(list.toString());
        if (limited.length < shown.length)
            out.push(c.dim(`… and ${shown.length - limited.length} more (use --format json or --output for all)`));
    }
    const incomplete = scan.collection.filter((s) => s.state !== 'ok');
    if (incomplete.length) {
        out.push(c.yellow(`Incomplete: ${incomplete.length} collection unit(s) could not be read; the rules that needed them report ERROR:`));
        for (const s of incomplete.slice(0, 10))
            out.push(`  ${safeText(s.region)} ${safeText(s.collector)}: ${s.state}${s.message ? ` (${safeText(s.message)})` : ''}`);
        if (incomplete.length > 10)
            out.push(`  … and ${incomplete.length - 10} more`);
    }
    return out.join('\n') + '\n';
}
