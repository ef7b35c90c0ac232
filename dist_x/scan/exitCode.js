import { SEVERITIES, severityRank } from '../core/vocabulary.js';
/**
 * 0: clean. 1: a FAIL at or above --fail-on. 2: usage or fatal error (set by the CLI).
 * 3: the scan was incomplete (some unit could not be read); it outranks 1 because an
 * incomplete scan cannot vouch for what it did not see.
 */
export const EXIT = { clean: 0, findings: 1, usage: 2, incomplete: 3 };
export function exitCodeFor(result, failOn) {
    if (!result.scan.complete || result.findings.some((f) => f.status === 'ERROR'))
        return EXIT.incomplete;
    if (failOn && result.findings.some((f) => f.status === 'FAIL' && severityRank(f.severity) >= severityRank(failOn)))
        return EXIT.findings;
    return EXIT.clean;
}
export function parseSeverity(value) {
    const v = value.toLowerCase();
    if (!SEVERITIES.includes(v))
        throw new Error(`must be one of ${SEVERITIES.join(', ')}`);
    return v;
}
