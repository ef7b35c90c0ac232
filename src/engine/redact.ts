/**
 * Evidence quotes configuration, and configuration sometimes holds secrets (tags, environment
 * variables). Values that look like secrets are replaced before anything is printed or saved.
 */
const SECRET_KEY = /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credential|auth)/i;
const SECRET_VALUE: RegExp[] = [
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/, // AWS access key id
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/, // GitHub token
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, // Slack token
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/, // JWT
  /\b[a-z]+:\/\/[^\s:/@]+:[^\s@/]+@/i, // credentials in a URL
];

/** The shape of an AWS secret access key: 40 base64 characters mixing cases and digits. */
function hasSecretAccessKeyShape(value: string): boolean {
  for (const m of value.matchAll(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g)) {
    const t = m[0];
    if (/[A-Z]/.test(t) && /[a-z]/.test(t) && /[0-9]/.test(t)) return true;
  }
  return false;
}

export function looksSecret(key: string | undefined, value: string): boolean {
  if (SECRET_VALUE.some((re) => re.test(value)) || hasSecretAccessKeyShape(value)) return true;
  return key !== undefined && SECRET_KEY.test(key) && value.length >= 6 && !/^arn:/.test(value);
}

export const REDACTED = '****';

export function redactEvidence(value: unknown, key?: string, depth = 0): unknown {
  if (depth > 12) return value;
  // Objects that define their JSON form (lazy analysis results, dates) are redacted in that form.
  if (value && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON: () => unknown }).toJSON();
  if (typeof value === 'string') return looksSecret(key, value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redactEvidence(v, key, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // {name, value} pairs (ECS environment) carry the key in a sibling field.
    const pairKey = typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : undefined;
    for (const [k, v] of Object.entries(value)) out[k] = redactEvidence(v, k === 'value' && pairKey ? pairKey : k, depth + 1);
    return out;
  }
  return value;
}
