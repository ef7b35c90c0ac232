/**
 * The account's own recorder. Service-linked recorders (created by another AWS service for its own
 * use, e.g. CloudWatch telemetry) record only what that service needs and cannot be changed by the
 * customer, so they do not count as "AWS Config is enabled".
 */
export const isCustomerRecorder = (r) => !r.servicePrincipal;
export const IAM_GLOBAL_TYPES = ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy'];
/** Every current and future supported type: the "all" strategy, or "exclusions" with nothing excluded. */
export function recordsAllTypes(r) {
    const g = r.recordingGroup;
    if (g.allSupported)
        return true;
    return g.recordingStrategy === 'EXCLUSION_BY_RESOURCE_TYPES' && g.exclusionResourceTypes.length === 0;
}
/**
 * Whether the recorder records the global IAM types (users, groups, roles, customer managed policies):
 * with the "all" strategy only when includeGlobalResourceTypes is on; with exclusions unless they
 * are excluded; with inclusions when all four are listed.
 */
export function recordsIamTypes(r) {
    const g = r.recordingGroup;
    if (g.allSupported)
        return g.includeGlobalResourceTypes;
    if (g.recordingStrategy === 'EXCLUSION_BY_RESOURCE_TYPES')
        return !IAM_GLOBAL_TYPES.some((t) => g.exclusionResourceTypes.includes(t));
    return IAM_GLOBAL_TYPES.every((t) => g.resourceTypes.includes(t));
}
export const RECORDER_DOC = 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html';
export const CONFIG_1 = 'AWS FSBP Config.1';
export const CIS_CONFIG = 'CIS AWS Foundations 3.3 (v3.0) / 3.3 (v5.0)';
/** A delivery channel's S3 bucket, as collected by s3.deliveryBuckets (undefined: another account or unreadable). */
export function deliveryBucketOf(channel, buckets) {
    return buckets.find((b) => b.name === channel.s3BucketName || b.id === channel.s3BucketName);
}
export const bucketUnknown = (c, what) => `Delivery bucket ${c.s3BucketName} of channel ${c.name} is not in the inventory (another account, or not readable), so its ${what} cannot be judged.`;
