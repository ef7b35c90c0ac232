/**
 * OCSF Compliance Finding (class_uid 2003, category Findings), schema version pinned to 1.3.0.
 * Compliance Finding rather than Detection Finding because every posture result is the outcome
 * of a configuration check against a desired state, which is what the class describes; its
 * `compliance.status_id` has exactly our three outcomes (Pass, Fail, Warning = "did not yield a
 * result due to missing information", our ERROR). A muted finding keeps its compliance status
 * and gets finding status Suppressed.
 * The document is a JSON array of events (one per finding), as OCSF consumers ingest.
 */
export const OCSF_VERSION = '1.3.0';
export const OCSF_CLASS_UID = 2003;
export const OCSF_CATEGORY_UID = 2;
/** type_uid = class_uid * 100 + activity_id (1 = Create). */
export const OCSF_TYPE_UID = OCSF_CLASS_UID * 100 + 1;
const SEVERITY_ID = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME = { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export function toOcsf(result, ctx = {}) {
    const time = Date.parse(result.scan.finished);
    const controlsByRule = new Map();
    for (const fw of ctx.frameworks ?? [])
        for (const c of fw.controls)
            for (const r of c.rules)
                controlsByRule.set(r, [...(controlsByRule.get(r) ?? []), `${fw.framework.id} ${c.id}`]);
    return result.findings.map((f) => {
        const suppression = f.evidence.suppression;
        const status = f.status === 'MUTED' ? suppression?.originalStatus ?? 'FAIL' : f.status;
        const account = { uid: f.resource.account, type_id: 10, type: 'AWS Account' };
        const partition = f.resource.arn?.split(':')[1] ?? 'aws';
        const controls = controlsByRule.get(f.ruleId) ?? [];
        return {
            activity_id: 1,
            activity_name: 'Create',
            category_uid: 2,
            category_name: 'Findings',
            class_uid: 2003,
            class_name: 'Compliance Finding',
            type_uid: 200301,
            type_name: 'Compliance Finding: Create',
            severity_id: SEVERITY_ID[f.severity],
            severity: SEVERITY_NAME[f.severity],
            time,
            time_dt: result.scan.finished,
            message: f.message,
            status_id: f.status === 'MUTED' ? 3 : 1,
            status: f.status === 'MUTED' ? 'Suppressed' : 'New',
            metadata: {
                version: OCSF_VERSION,
                product: { name: 'posture', vendor_name: 'posture', version: result.scan.tool.version },
                uid: f.id,
                log_name: 'posture-findings',
            },
            finding_info: {
                uid: f.id,
                title: f.title,
                desc: f.message,
                types: [f.service, f.topic],
                created_time: time,
                analytic: { uid: f.ruleId, name: f.ruleId, type_id: 1, type: 'Rule' },
            },
            compliance: {
                standards: controls.length ? [...new Set(controls.map((c) => c.split(' ')[0]))] : ['posture'],
                control: controls.length ? controls.join(', ') : f.ruleId,
                status_id: status === 'PASS' ? 1 : status === 'FAIL' ? 3 : 2,
                status: status === 'PASS' ? 'Pass' : status === 'FAIL' ? 'Fail' : 'Warning',
                status_detail: f.message,
            },
            resources: [
                {
                    uid: f.resource.arn ?? f.resource.id,
                    ...(f.resource.name ? { name: f.resource.name } : {}),
                    type: f.resource.type,
                    region: f.resource.region,
                    cloud_partition: partition,
                    owner: { account },
                },
            ],
            cloud: { provider: 'AWS', region: f.resource.region, account },
            remediation: { desc: f.remediation.text, references: [f.remediation.url] },
            unmapped: { posture: { status: f.status, evidence: f.evidence, ...(suppression ? { suppression } : {}) } },
        };
    });
}
export function renderOcsf(result, ctx = {}) {
    return JSON.stringify(toOcsf(result, ctx), null, 2) + '\n';
}
