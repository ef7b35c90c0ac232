import { escapeXml } from './xml.js';
/**
 * JUnit XML for CI test reporters: one test case per rule x resource, grouped in one suite per
 * service. FAIL is a <failure>, ERROR an <error> (posture could not see the data), MUTED a
 * <skipped> with the suppression reason.
 */
export function renderJunit(result) {
    const bySvc = new Map();
    for (const f of result.findings) {
        const list = bySvc.get(f.service);
        if (list)
            list.push(f);
        else
            bySvc.set(f.service, [f]);
    }
    const count = (fs, s) => fs.filter((f) => f.status === s).length;
    const all = result.findings;
    const seconds = Math.max(0, (Date.parse(result.scan.finished) - Date.parse(result.scan.started)) / 1000) || 0;
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    out.push(`<testsuites name="posture" tests="${all.length}" failures="${count(all, 'FAIL')}" errors="${count(all, 'ERROR')}" skipped="${count(all, 'MUTED')}" time="${seconds}">`);
    for (const [svc, fs] of [...bySvc].sort(([a], [b]) => a.localeCompare(b))) {
        out.push(`  <testsuite name="${escapeXml(svc)}" tests="${fs.length}" failures="${count(fs, 'FAIL')}" errors="${count(fs, 'ERROR')}" skipped="${count(fs, 'MUTED')}" timestamp="${escapeXml(result.scan.started)}">`);
        for (const f of fs) {
            const where = f.resource.arn ?? `${f.resource.account}/${f.resource.region}/${f.resource.id}`;
            out.push(`    <testcase classname="${escapeXml(`${f.service}.${f.ruleId}`)}" name="${escapeXml(`${f.ruleId} ${where}`)}" time="0">`);
            const detail = `${f.message}\n\nSeverity: ${f.severity}\nResource: ${where}\nFinding id: ${f.id}\nEvidence: ${JSON.stringify(f.evidence, null, 2)}\nRemediation: ${f.remediation.text}\n${f.remediation.url}`;
            if (f.status === 'FAIL')
                out.push(`      <failure message="${escapeXml(f.message)}" type="${escapeXml(f.severity)}">${escapeXml(detail)}</failure>`);
            else if (f.status === 'ERROR')
                out.push(`      <error message="${escapeXml(f.message)}" type="ERROR">${escapeXml(detail)}</error>`);
            else if (f.status === 'MUTED') {
                const s = f.evidence.suppression;
                out.push(`      <skipped message="${escapeXml(`muted: ${s?.reason ?? 'suppressed'}`)}"/>`);
            }
            out.push('    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return out.join('\n') + '\n';
}
