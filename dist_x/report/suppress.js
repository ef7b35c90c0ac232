import { z } from 'zod';
/**
 * The `suppressions:` section of posture.config.yaml:
 *
 *   suppressions:
 *     - reason: Bastion is reachable by design; reviewed in SEC-142
 *       expires: 2026-12-31
 *       match:
 *         any:
 *           - { rule: vpc_security_group_ingress_from_internet_to_port_22, resource: 'sg-0abc*' }
 *           - all: [ { region: eu-west-1 }, { tag: { env: sandbox-* } } ]
 *
 * A leaf matches when every field it names matches (rule, account, region, resource: a glob on the
 * resource id or ARN, tag: key -> value glob); a list value means any of its entries. `all` is
 * AND, `any` is OR, and both nest. Globs: `*` any run of characters, `?` one character.
 */
const strOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const leafSchema = z
    .object({
    rule: strOrList.optional(),
    account: strOrList.optional(),
    region: strOrList.optional(),
    resource: strOrList.optional(),
    tag: z.record(z.string().min(1), z.string()).refine((t) => Object.keys(t).length > 0, 'name at least one tag').optional(),
})
    .strict()
    .refine((l) => Object.values(l).some((v) => v !== undefined), 'a match names at least one of rule, account, region, resource, tag (or uses all/any)');
export const matchExprSchema = z.lazy(() => z.union([z.object({ all: z.array(matchExprSchema).min(1) }).strict(), z.object({ any: z.array(matchExprSchema).min(1) }).strict(), leafSchema]));
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCalendarDay = (s) => {
    const m = DAY.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};
export const suppressionSchema = z
    .object({
    reason: z.string().trim().min(1, 'a suppression needs a reason'),
    /** Last day (UTC) the suppression applies. */
    expires: z
        .union([z.string(), z.date()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .refine(isCalendarDay, 'expected a date as YYYY-MM-DD')
        .optional(),
    match: matchExprSchema,
})
    .strict();
export const suppressionsSchema = z.array(suppressionSchema);
export function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 's');
}
const anyGlob = (patterns, values) => (Array.isArray(patterns) ? patterns : [patterns]).some((p) => {
    const re = globToRegExp(p);
    return values.some((v) => v !== undefined && re.test(v));
});
export function matches(expr, f, tagsOf) {
    if ('all' in expr)
        return expr.all.every((e) => matches(e, f, tagsOf));
    if ('any' in expr)
        return expr.any.some((e) => matches(e, f, tagsOf));
    if (expr.rule !== undefined && !anyGlob(expr.rule, [f.ruleId]))
        return false;
    if (expr.account !== undefined && !anyGlob(expr.account, [f.resource.account]))
        return false;
    if (expr.region !== undefined && !anyGlob(expr.region, [f.resource.region]))
        return false;
    if (expr.resource !== undefined && !anyGlob(expr.resource, [f.resource.id, f.resource.arn]))
        return false;
    if (expr.tag !== undefined) {
        const tags = tagsOf?.(f.resource);
        if (!tags)
            return false;
        for (const [k, v] of Object.entries(expr.tag))
            if (!(k in tags) || !globToRegExp(v).test(tags[k]))
                return false;
    }
    return true;
}
/** The suppression is in force through the end of its `expires` day (UTC). */
export function isExpired(s, asOf) {
    return s.expires !== undefined && Date.parse(`${s.expires}T23:59:59.999Z`) < asOf.getTime();
}
/**
 * Mutes FAIL and ERROR findings matched by an unexpired suppression: status becomes MUTED and
 * `evidence.suppression` keeps the original status, the reason and the expiry. PASS findings are
 * left alone (there is nothing to accept). The first matching suppression wins.
 */
export function applySuppressions(findings, suppressions, asOf, tagsOf) {
    const mutedBy = suppressions.map(() => 0);
    const expiredHits = suppressions.map(() => 0);
    const out = findings.map((f) => {
        if (f.status !== 'FAIL' && f.status !== 'ERROR')
            return f;
        for (let i = 0; i < suppressions.length; i++) {
            const s = suppressions[i];
            if (!matches(s.match, f, tagsOf))
                continue;
            if (isExpired(s, asOf)) {
                expiredHits[i]++;
                continue;
            }
            mutedBy[i]++;
            return {
                ...f,
                status: 'MUTED',
                evidence: { ...f.evidence, suppression: { originalStatus: f.status, reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) } },
            };
        }
        return f;
    });
    const warnings = suppressions.flatMap((s, i) => isExpired(s, asOf) ? [`suppression ${i + 1} ("${s.reason}") expired on ${s.expires}${expiredHits[i] ? `; ${expiredHits[i]} finding(s) it matches are reported again` : ''}`] : []);
    return { findings: out, warnings, mutedBy };
}
