/**
 * SARIF 2.1.0. Each finding is a result: FAIL is kind "fail" with a level from its severity,
 * PASS is kind "pass", ERROR is kind "open" (posture could not decide), MUTED keeps its original
 * kind and carries an external suppression with the reason. The resource is a logical location
 * named by its ARN (cloud resources have no file), and the finding id is the partial fingerprint,
 * so code-scanning dashboards match the same finding across runs.
 */
export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' };
/** GitHub code scanning reads `security-severity` (0-10) from rule properties. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', informational: '0.0' };
function ruleDescriptor(id, sample, meta) {
    const r = sample.remediation;
    const fix = [r.text, r.cli && `CLI: ${r.cli}`, r.cloudformation && `CloudFormation: ${r.cloudformation}`, r.terraform && `Terraform: ${r.terraform}`].filter(Boolean).join('\n\n');
    return {
        id,
        name: id,
        shortDescription: { text: meta?.title ?? sample.title },
        fullDescription: { text: [meta?.description, meta?.risk].filter(Boolean).join(' ') || sample.title },
        help: { text: fix },
        helpUri: r.url,
        defaultConfiguration: { level: LEVEL[sample.severity] },
        properties: {
            tags: ['security', sample.service, sample.topic],
            'security-severity': SECURITY_SEVERITY[sample.severity],
            severity: sample.severity,
            ...(meta?.references?.length ? { references: meta.references } : {}),
        },
    };
}
function originalStatus(f) {
    if (f.status !== 'MUTED')
        return f.status;
    const s = f.evidence.suppression?.originalStatus;
    return s ?? 'FAIL';
}
export function renderSarif(result, ctx = {}) {
    const metaById = new Map((ctx.rules ?? []).map((r) => [r.id, r]));
    const ruleIds = [];
    const samples = new Map();
    for (const f of result.findings)
        if (!samples.has(f.ruleId)) {
            samples.set(f.ruleId, f);
            ruleIds.push(f.ruleId);
        }
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const results = result.findings.map((f) => {
        const status = originalStatus(f);
        const kind = status === 'FAIL' ? 'fail' : status === 'PASS' ? 'pass' : 'open';
        const name = f.resource.arn ?? `${f.resource.account}/${f.resource.region}/${f.resource.id}`;
        return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            kind,
            level: kind === 'fail' ? LEVEL[f.severity] : 'none',
            message: { text: f.message },
            locations: [
                {
                    logicalLocations: [{ name: f.resource.name ?? f.resource.id, fullyQualifiedName: name, kind: 'resource' }],
                    properties: { resourceType: f.resource.type, account: f.resource.account, region: f.resource.region },
                },
            ],
            partialFingerprints: { 'postureFindingId/v1': f.id },
            ...(f.status === 'MUTED'
                ? { suppressions: [{ kind: 'external', justification: f.evidence.suppression?.reason ?? 'suppressed' }] }
                : {}),
            properties: { status: f.status, severity: f.severity, service: f.service, topic: f.topic, evidence: f.evidence },
        };
    });
    const incomplete = result.scan.collection.filter((c) => c.state !== 'ok');
    const log = {
        $schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: [
            {
                tool: {
                    driver: {
                        name: 'posture',
                        version: result.scan.tool.version,
                        rules: ruleIds.map((id) => ruleDescriptor(id, samples.get(id), metaById.get(id))),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        startTimeUtc: result.scan.started,
                        endTimeUtc: result.scan.finished,
                        toolExecutionNotifications: incomplete.map((c) => ({
                            level: 'warning',
                            message: { text: `${c.account} ${c.region} ${c.collector}: ${c.state}${c.message ? ` (${c.message})` : ''}` },
                        })),
                    },
                ],
                properties: { accounts: result.scan.accounts, regions: result.scan.regions, complete: result.scan.complete, source: result.scan.source },
                results,
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
