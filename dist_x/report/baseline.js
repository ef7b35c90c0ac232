import { PostureError } from '../core/errors.js';
const open = (f) => f.status === 'FAIL' || f.status === 'ERROR';
export function diffBaseline(baseline, current) {
    const major = (v) => v.split('.')[0];
    if (typeof baseline?.schemaVersion !== 'string' || !Array.isArray(baseline.findings))
        throw new PostureError('baseline: not a posture findings document (expected schemaVersion and findings)');
    if (major(baseline.schemaVersion) !== major(current.schemaVersion))
        throw new PostureError(`baseline: schemaVersion ${baseline.schemaVersion} is not compatible with ${current.schemaVersion}`);
    const before = new Map(baseline.findings.map((f) => [f.id, f.status]));
    const now = new Map(current.findings.map((f) => [f.id, f.status]));
    const added = [];
    const unchanged = [];
    for (const f of current.findings.filter(open))
        (before.get(f.id) === f.status ? unchanged : added).push(f);
    const resolved = baseline.findings.filter((f) => open(f) && !(now.get(f.id) === 'FAIL' || now.get(f.id) === 'ERROR'));
    return { added, unchanged, resolved };
}
/** The current result reduced to findings that are new since the baseline (by finding id and status). */
export function newSince(baseline, current) {
    return { ...current, findings: diffBaseline(baseline, current).added };
}
