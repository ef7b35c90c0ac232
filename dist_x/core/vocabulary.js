/** The fixed vocabularies shared by rules, findings and reports (documented in docs/findings.md). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'];
export function severityRank(s) {
    return SEVERITIES.length - SEVERITIES.indexOf(s);
}
export const SERVICES = [
    'cloudwatch',
    'logs',
    'synthetics',
    'vpc',
    'ec2',
    'config',
    'resource-groups',
    'ecr',
    'ecs',
    'eks',
    'sagemaker',
    'iam',
    'kms',
    'cloudtrail',
    's3',
    'sns',
    'dlc',
];
/** The five services posture exists for, and which finding services belong to each. */
export const PRODUCT_SERVICES = {
    'Amazon CloudWatch': ['cloudwatch', 'logs', 'synthetics'],
    'Amazon VPC': ['vpc', 'ec2'],
    'AWS Config': ['config'],
    'AWS Resource Groups': ['resource-groups'],
    'AWS Deep Learning Containers': ['dlc', 'ecr', 'ecs', 'eks', 'sagemaker'],
};
/** The security topics AWS documents for our services. */
export const TOPICS = [
    'data-protection',
    'identity-and-access-management',
    'logging-and-monitoring',
    'compliance-validation',
    'resilience',
    'infrastructure-security',
    'interface-vpc-endpoints',
    'canary-security',
    'security-groups',
    'network-acls',
    'configuration-and-vulnerability-analysis',
    'incident-response',
    'confused-deputy-prevention',
    'security-best-practices',
];
export const FINDING_STATUSES = ['PASS', 'FAIL', 'ERROR', 'MUTED'];
/** How a (account, region, collector) unit of collection ended. */
export const COLLECTION_STATES = ['ok', 'access-denied', 'throttled', 'error', 'opted-out', 'unsupported'];
/** Pseudo-region under which global services (IAM, S3 bucket list, STS) are recorded. */
export const GLOBAL_REGION = 'global';
