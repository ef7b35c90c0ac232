const LABEL = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', informational: 'INFORMATIONAL' };
/** ASFF resource types Security Hub defines for what posture reports; anything else is `Other`. */
const ASFF_TYPES = new Set([
    'AwsEc2SecurityGroup', 'AwsEc2Instance', 'AwsEc2Vpc', 'AwsEc2Subnet', 'AwsEc2NetworkAcl', 'AwsEc2NetworkInterface', 'AwsEc2RouteTable',
    'AwsEc2VpcPeeringConnection', 'AwsIamRole', 'AwsIamPolicy', 'AwsKmsKey', 'AwsCloudTrailTrail', 'AwsS3Bucket', 'AwsSnsTopic',
    'AwsEcrRepository', 'AwsEcsCluster', 'AwsEcsService', 'AwsEcsTaskDefinition', 'AwsEksCluster', 'AwsCloudWatchAlarm',
    'AwsSageMakerNotebookInstance', 'AwsAccount',
]);
export function asffResourceType(cfnType) {
    // AWS::EC2::SecurityGroup -> AwsEc2SecurityGroup: all-capital segments are title-cased.
    const t = cfnType
        .split('::')
        .map((seg) => (/^[A-Z0-9]+$/.test(seg) ? seg[0] + seg.slice(1).toLowerCase() : seg))
        .join('');
    return ASFF_TYPES.has(t) ? t : 'Other';
}
function partitionOf(arn) {
    const p = arn?.split(':')[1];
    return p === 'aws-cn' || p === 'aws-us-gov' ? p : 'aws';
}
const clip = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
export function toAsffFindings(result, ctx = {}) {
    const home = ctx.asffRegion ?? result.scan.regions.find((r) => r !== 'global') ?? 'us-east-1';
    return result.findings.map((f) => {
        const region = f.resource.region === 'global' ? home : f.resource.region;
        const partition = partitionOf(f.resource.arn);
        const original = f.evidence.suppression;
        const status = f.status === 'MUTED' ? original?.originalStatus ?? 'FAIL' : f.status;
        return {
            SchemaVersion: '2018-10-08',
            Id: clip(`posture/${f.ruleId}/${f.id}`, 512),
            ProductArn: `arn:${partition}:securityhub:${home}:${f.resource.account}:product/${f.resource.account}/default`,
            GeneratorId: clip(`posture/${f.ruleId}`, 512),
            AwsAccountId: f.resource.account,
            Types: ['Software and Configuration Checks/AWS Security Best Practices'],
            CreatedAt: result.scan.finished,
            UpdatedAt: result.scan.finished,
            Severity: { Label: LABEL[f.severity], Original: f.severity },
            Title: clip(f.title, 256),
            Description: clip(f.message, 1024),
            Remediation: { Recommendation: { Text: clip(f.remediation.text, 512), Url: f.remediation.url } },
            ProductFields: { 'posture/RuleId': f.ruleId, 'posture/FindingId': f.id, 'posture/Status': f.status, 'posture/Service': f.service, 'posture/Topic': f.topic, 'posture/Region': f.resource.region },
            Resources: [{ Type: asffResourceType(f.resource.type), Id: clip(f.resource.arn ?? f.resource.id, 512), Partition: partition, Region: region }],
            Compliance: { Status: status === 'PASS' ? 'PASSED' : status === 'FAIL' ? 'FAILED' : 'WARNING' },
            Workflow: { Status: f.status === 'MUTED' ? 'SUPPRESSED' : status === 'PASS' ? 'RESOLVED' : 'NEW' },
            RecordState: 'ACTIVE',
            ...(f.status === 'MUTED' ? { Note: { Text: clip(`Muted by posture: ${original?.reason ?? 'suppressed'}`, 512), UpdatedBy: 'posture', UpdatedAt: result.scan.finished } } : {}),
        };
    });
}
/** Splits findings into BatchImportFindings-sized requests. */
export function asffBatches(findings, size = 100) {
    const out = [];
    for (let i = 0; i < findings.length; i += size)
        out.push({ Findings: findings.slice(i, i + size) });
    return out;
}
export function renderAsff(result, ctx = {}) {
    return JSON.stringify({ Findings: toAsffFindings(result, ctx) }, null, 2) + '\n';
}
