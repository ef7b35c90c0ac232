/**
 * End of standard support per Kubernetes minor version on Amazon EKS (UTC dates), from the "Amazon
 * EKS Kubernetes release calendar" (https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html):
 * 1.27–1.33 read from the AWS user guide source (awsdocs/amazon-eks-user-guide), 1.34 and 1.35 from
 * the same calendar as republished (endoflife.date/amazon-eks, checked 2026-11). Standard support
 * lasts 14 months from the EKS release, followed by 12 months of paid extended support.
 * As of 2026-11-24 the oldest version in standard support is 1.34 (1.33 left it on 2026-07-29).
 * Update this table (or override it through the rule's parameters) as AWS publishes new versions.
 */
export const EKS_STANDARD_SUPPORT_ENDS = {
    '1.27': '2024-07-24',
    '1.28': '2024-11-26',
    '1.29': '2025-03-23',
    '1.30': '2025-07-23',
    '1.31': '2025-11-26',
    '1.32': '2026-03-23',
    '1.33': '2026-07-29',
    '1.34': '2026-12-02',
    '1.35': '2027-03-27',
};
/** "1.29" → [1, 29]; anything else → undefined. */
export function minorVersion(v) {
    const m = /^(\d+)\.(\d+)/.exec(v ?? '');
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
export function compareVersions(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
/** Where a version stands on `asOf` against a calendar of end-of-standard-support dates. */
export function standardSupport(version, calendar, asOf) {
    const v = minorVersion(version);
    const known = Object.keys(calendar)
        .map((k) => ({ k, v: minorVersion(k) }))
        .filter((x) => x.v !== undefined)
        .sort((a, b) => compareVersions(a.v, b.v));
    if (!v || !known.length)
        return { kind: 'unknown' };
    const entry = known.find((x) => compareVersions(x.v, v) === 0);
    if (entry) {
        const ends = calendar[entry.k];
        // Extended support (and its billing) starts at the beginning of the end date, UTC.
        return asOf.getTime() >= Date.parse(`${ends}T00:00:00Z`) ? { kind: 'ended', endedOn: ends } : { kind: 'standard', endsOn: ends };
    }
    if (compareVersions(v, known[0].v) < 0)
        return { kind: 'older-than-calendar', oldest: known[0].k };
    if (compareVersions(v, known[known.length - 1].v) > 0)
        return { kind: 'newer-than-calendar', newest: known[known.length - 1].k };
    return { kind: 'unknown' };
}
