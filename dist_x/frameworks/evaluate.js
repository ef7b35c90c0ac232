/**
 * pass: the control's rules produced findings and none failed or errored (muted findings count as
 * accepted, and are counted). fail: any FAIL. error: any ERROR and no FAIL (posture could not
 * see everything it needed). manual: the control has no rules; someone must verify it.
 * not-evaluated: it has rules but they produced nothing (not selected, or nothing to judge).
 */
export const CONTROL_STATUSES = ['pass', 'fail', 'error', 'manual', 'not-evaluated'];
export function controlStatus(counts, hasRules) {
    if (!hasRules)
        return 'manual';
    if (counts.fail > 0)
        return 'fail';
    if (counts.error > 0)
        return 'error';
    if (counts.pass + counts.muted > 0)
        return 'pass';
    return 'not-evaluated';
}
/** `passed`: PASS results per rule that were counted rather than kept as findings. */
export function evaluateFramework(framework, findings, passed) {
    const byRule = new Map();
    for (const f of findings) {
        const list = byRule.get(f.ruleId);
        if (list)
            list.push(f);
        else
            byRule.set(f.ruleId, [f]);
    }
    const controls = framework.controls.map((c) => {
        const mine = c.rules.flatMap((r) => byRule.get(r) ?? []);
        const counts = { pass: 0, fail: 0, error: 0, muted: 0 };
        for (const f of mine)
            counts[f.status === 'PASS' ? 'pass' : f.status === 'FAIL' ? 'fail' : f.status === 'ERROR' ? 'error' : 'muted']++;
        for (const r of c.rules)
            counts.pass += passed?.get(r) ?? 0;
        return {
            id: c.id,
            title: c.title,
            section: c.section,
            assessment: c.assessment,
            ...(c.level !== undefined ? { level: c.level } : {}),
            ...(c.note ? { note: c.note } : {}),
            rules: c.rules,
            status: controlStatus(counts, c.rules.length > 0),
            counts,
            findingIds: [...new Set(mine.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').map((f) => f.id))],
        };
    });
    const tally = { pass: 0, fail: 0, error: 0, manual: 0, 'not-evaluated': 0 };
    for (const c of controls)
        tally[c.status]++;
    const decided = tally.pass + tally.fail + tally.error;
    return {
        framework: { id: framework.id, name: framework.name, version: framework.version, url: framework.url },
        controls,
        summary: { ...tally, total: controls.length, compliancePercent: decided ? Math.round((tally.pass / decided) * 1000) / 10 : null },
    };
}
