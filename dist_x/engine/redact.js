import { NO_CUSTOMER_TEXT } from '../core/evidence.js';
/**
 * Evidence quotes configuration, and configuration sometimes holds secrets (tags, environment
 * variables). Values that look like secrets are replaced before anything is printed or saved.
 */
const SECRET_KEY = /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credential|auth)/i;
// One alternation: AWS access key id | private key | GitHub token | Slack token | JWT | credentials in a URL.
const SECRET_VALUE = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|-----BEGIN [A-Z ]*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}\b|\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b|\b[a-zA-Z]+:\/\/[^\s:/@]+:[^\s@/]+@/;
/** A run of 40 base64 characters, the length of an AWS secret access key (tested first: most values have none). */
const BASE64_RUN_40 = /[A-Za-z0-9/+=]{40}/;
/** The shape of an AWS secret access key: 40 base64 characters mixing cases and digits. */
function hasSecretAccessKeyShape(value) {
    if (value.length < 40 || !BASE64_RUN_40.test(value))
        return false;
    for (const m of value.matchAll(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g)) {
        const t = m[0];
        if (/[A-Z]/.test(t) && /[a-z]/.test(t) && /[0-9]/.test(t))
            return true;
    }
    return false;
}
/** Verdicts on values by shape alone; evidence quotes the same ARNs and ids across many findings. */
const shapeVerdicts = new Map();
const SHAPE_CACHE_MAX = 200_000;
function hasSecretShape(value) {
    let verdict = shapeVerdicts.get(value);
    if (verdict === undefined) {
        verdict = SECRET_VALUE.test(value) || hasSecretAccessKeyShape(value);
        if (shapeVerdicts.size >= SHAPE_CACHE_MAX)
            shapeVerdicts.clear();
        shapeVerdicts.set(value, verdict);
    }
    return verdict;
}
export function looksSecret(key, value) {
    // Every value an evidence object quotes passes here: the cheap length test comes first.
    if (value.length < 6)
        return false;
    if (hasSecretShape(value))
        return true;
    return key !== undefined && SECRET_KEY.test(key) && value.length >= 6 && !/^arn:/.test(value);
}
export const REDACTED = '****';
/**
 * Returns the value with secret-looking strings replaced. Parts with nothing to redact are returned
 * as they are (not copied): most evidence has no secret, and findings are many.
 */
export function redactEvidence(value, key, depth = 0) {
    if (typeof value === 'string')
        return looksSecret(key, value) ? REDACTED : value;
    if (!value || typeof value !== 'object' || depth > 12)
        return value;
    if (NO_CUSTOMER_TEXT in value)
        return value;
    // Objects that define their JSON form (lazy analysis results, dates) are redacted in that form.
    if (typeof value.toJSON === 'function')
        return redactEvidence(value.toJSON(), key, depth);
    // Plain loops, not forEach/Object.entries: every finding's evidence passes here, millions on a large estate.
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const r = redactEvidence(v, key, depth + 1);
            if (r !== v)
                (out ??= [...value])[i] = r;
        }
        return out ?? value;
    }
    const record = value;
    let out;
    // {name, value} pairs (ECS environment) carry the key in a sibling field.
    const pairKey = typeof record.name === 'string' ? record.name : undefined;
    for (const k of Object.keys(record)) {
        const v = record[k];
        const r = redactEvidence(v, k === 'value' && pairKey ? pairKey : k, depth + 1);
        if (r !== v)
            (out ??= { ...record })[k] = r;
    }
    return out ?? value;
}
