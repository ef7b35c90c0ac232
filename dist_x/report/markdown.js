import { SEVERITIES } from '../core/vocabulary.js';
import { summarise } from './summary.js';
import { worstFirst } from './table.js';
/** Most finding rows listed; a job summary or PR comment has a size limit (GitHub: 1 MiB / 65536 chars). */
export const MARKDOWN_ROW_LIMIT = 50;
/** Markdown table cell: names and messages are attacker-controlled, so no HTML, links or layout survive. */
export function mdCell(value) {
    return String(value ?? '')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .trim();
}
export function renderMarkdown(result, ctx = {}) {
    const s = summarise(result);
    const scan = result.scan;
    const out = [];
    out.push(`## posture: ${s.byStatus.FAIL} failing, ${s.byStatus.ERROR} could not be checked`);
    out.push('');
    out.push(`Scanned ${scan.accounts.map(mdCell).join(', ')} in ${scan.regions.length} region(s) with ${scan.rulesEvaluated} rules (${scan.source}, posture ${mdCell(scan.tool.version)}). ` +
        `**${s.byStatus.FAIL} FAIL**, ${s.byStatus.ERROR} ERROR, ${s.byStatus.PASS + s.passNotListed} PASS${s.byStatus.MUTED ? `, ${s.byStatus.MUTED} MUTED` : ''}.`);
    if (!scan.complete)
        out.push('', `> Incomplete scan: ${scan.collection.filter((c) => c.state !== 'ok').length} collection unit(s) could not be read; rules that needed them report ERROR.`);
    out.push('', '| Severity | FAIL |', '|---|---:|');
    for (const sev of SEVERITIES)
        out.push(`| ${sev} | ${s.failBySeverity[sev]} |`);
    if (s.byService.length) {
        out.push('', '| Service | FAIL | ERROR | PASS | MUTED |', '|---|---:|---:|---:|---:|');
        for (const r of s.byService)
            out.push(`| ${mdCell(r.service)} | ${r.FAIL} | ${r.ERROR} | ${r.PASS} | ${r.MUTED} |`);
    }
    for (const fw of ctx.frameworks ?? []) {
        const m = fw.summary;
        out.push('', `**${mdCell(fw.framework.name)} ${mdCell(fw.framework.version)}**: ${m.compliancePercent === null ? 'no automated control evaluated' : `${m.compliancePercent}% of evaluated controls pass`} ` +
            `(${m.pass} pass, ${m.fail} fail, ${m.error} error, ${m.manual} manual, ${m['not-evaluated']} not evaluated of ${m.total}).`);
    }
    const shown = result.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').sort(worstFirst);
    if (shown.length) {
        out.push('', '<details><summary>Failing and unchecked findings</summary>', '', '| Status | Severity | Rule | Region | Resource | Message |', '|---|---|---|---|---|---|');
        for (const f of shown.slice(0, MARKDOWN_ROW_LIMIT))
            out.push(`| ${f.status} | ${f.severity} | ${mdCell(f.ruleId)} | ${mdCell(f.resource.region)} | ${mdCell(f.resource.name ?? f.resource.id)} | ${mdCell(f.message)} |`);
        if (shown.length > MARKDOWN_ROW_LIMIT)
            out.push('', `… and ${shown.length - MARKDOWN_ROW_LIMIT} more in the full report.`);
        out.push('', '</details>');
    }
    return out.join('\n') + '\n';
}
