import { ReadOnlyViolation } from './readOnly.js';
const DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'AuthorizationError',
    'AuthorizationErrorException',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'ExpiredTokenException',
]);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'SlowDown', 'RequestThrottled']);
const OPTED_OUT = new Set(['OptInRequired', 'AuthFailure', 'InvalidRegion', 'SubscriptionRequiredException']);
/** Turns an SDK error into the collection state it means, with a message free of credentials. */
export function classifyAwsError(error) {
    if (error instanceof ReadOnlyViolation)
        return { state: 'error', message: error.message };
    const e = error;
    const name = e?.name ?? e?.Code ?? 'Error';
    const message = `${name}: ${redactMessage(String(e?.message ?? error))}`.slice(0, 500);
    if (DENIED.has(name) || e?.$metadata?.httpStatusCode === 403)
        return { state: 'access-denied', message };
    if (THROTTLED.has(name) || e?.$metadata?.httpStatusCode === 429)
        return { state: 'throttled', message };
    if (OPTED_OUT.has(name))
        return { state: 'opted-out', message };
    return { state: 'error', message };
}
/** Error texts from AWS can echo access key ids; never let one reach a report. */
function redactMessage(text) {
    return text.replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '$1****');
}
export function isNotFound(error) {
    const name = error?.name ?? '';
    return /NotFound|NoSuch|DoesNotExist|ResourceNotFoundException/.test(name);
}
