/**
 * The read-only guarantee. Every AWS request posture sends passes `assertReadOnly` first (from the
 * client factory's middleware), so a mistake in a collector cannot change a customer's account.
 *
 * Rule: an operation is allowed when its name starts with a read verb AND it is not one of the
 * read-verb operations that return secrets, create credentials or have side effects.
 */
const READ_VERBS = ['Describe', 'List', 'Get', 'BatchGet', 'Select', 'Lookup', 'Search'];
/** Read-verb operations posture must never call, with why. */
const DENIED = {
    GetSecretValue: 'returns secrets',
    BatchGetSecretValue: 'returns secrets',
    GetParameter: 'may return decrypted secrets',
    GetParameters: 'may return decrypted secrets',
    GetParametersByPath: 'may return decrypted secrets',
    GetPasswordData: 'returns instance passwords',
    GetAuthorizationToken: 'creates registry credentials',
    GetDownloadUrlForLayer: 'downloads image layers',
    GetSessionToken: 'creates credentials',
    GetFederationToken: 'creates credentials',
    GetObject: 'reads customer data',
    GetObjectTorrent: 'reads customer data',
    SelectObjectContent: 'reads customer data',
    GetLogEvents: 'reads customer log data',
    GetQueryResults: 'reads customer log data',
    GetConsoleScreenshot: 'reads instance console',
    GetConsoleOutput: 'reads instance console',
    GetDataKey: 'not a read: generates key material',
};
/** Operations that are not reads by name but change nothing in the scanned account. */
const EXTRA_ALLOWED = new Set(['AssumeRole']);
export function readOnlyVerdict(operation) {
    if (EXTRA_ALLOWED.has(operation))
        return { allowed: true };
    const denied = DENIED[operation];
    if (denied)
        return { allowed: false, reason: denied };
    if (READ_VERBS.some((v) => operation.startsWith(v) && /^[A-Z]/.test(operation.slice(v.length))))
        return { allowed: true };
    return { allowed: false, reason: 'not a read-only operation' };
}
export class ReadOnlyViolation extends Error {
    service;
    operation;
    name = 'ReadOnlyViolation';
    constructor(service, operation, reason) {
        super(`posture refused ${service}:${operation} (${reason}); the scanner only reads`);
        this.service = service;
        this.operation = operation;
    }
}
export function assertReadOnly(service, operation) {
    const v = readOnlyVerdict(operation);
    if (!v.allowed)
        throw new ReadOnlyViolation(service, operation, v.reason);
}
