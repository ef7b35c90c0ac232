import { SEVERITIES } from '../core/vocabulary.js';
export function summarise(result) {
    const byStatus = { FAIL: 0, ERROR: 0, PASS: 0, MUTED: 0 };
    const failBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    const svc = new Map();
    for (const f of result.findings) {
        byStatus[f.status]++;
        if (f.status === 'FAIL')
            failBySeverity[f.severity]++;
        const row = svc.get(f.service) ?? { service: f.service, FAIL: 0, ERROR: 0, PASS: 0, MUTED: 0 };
        row[f.status]++;
        svc.set(f.service, row);
    }
    const byService = [...svc.values()].sort((a, b) => b.FAIL - a.FAIL || b.ERROR - a.ERROR || a.service.localeCompare(b.service));
    const passNotListed = Math.max(0, (result.scan.counts?.PASS ?? 0) - byStatus.PASS);
    return { byStatus, failBySeverity, byService, passNotListed };
}
