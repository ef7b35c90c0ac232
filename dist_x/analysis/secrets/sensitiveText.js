/**
 * Spots secrets in free text that AWS stores unencrypted and shows to anyone with read access:
 * tags, names, descriptions. AWS: "Don't store personally identifiable information (PII) or other
 * confidential or sensitive information in tags."
 *
 * Two kinds of evidence:
 * - a value shaped like a well-known credential (access key id, private key, provider tokens, JWT,
 *   a URL with a password), wherever it appears;
 * - a tag whose key names a secret (password, secret, token, api key...) and whose value looks like
 *   one: no spaces, at least 8 characters, two or more character classes, and not a reference to
 *   where the secret is kept (an ARN, an SSM or Secrets Manager path, a CloudFormation dynamic reference).
 *
 * Email addresses are not flagged by default: owner/contact tags with work addresses are common and
 * usually mandated. Add a pattern through the rule's `extraPatterns` parameter to flag them.
 * Results name the tag key and the kind of secret, never the value.
 */
const SHAPES = [
    { kind: 'AWS access key id', re: /\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/ },
    { kind: 'private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
    { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
    { kind: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
    { kind: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
    { kind: 'Stripe secret key', re: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/ },
    { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { kind: 'JSON web token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
    { kind: 'password in URL', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@[^\s/]+/i },
];
/** "password=..." inside free text; the value must itself look like a secret ("secret: enabled" does not). */
const INLINE = /\b(?:pass(?:word|wd)?|pwd|secret|api[-_]?key|token)\s*[:=]\s*([^\s,;]+)/gi;
/** Key names that say the value is a secret. `token` etc. must be whole words, so "tokenizer" or "secretary" do not match. */
const SECRET_KEY_NAME = /(^|[^a-z])(pass(word|wd|phrase)?|pwd|secret|token|api[-_ ]?key|apikey|private[-_ ]?key|access[-_ ]?key|client[-_ ]?secret|credentials?|conn(ection)?[-_ ]?string)([^a-z]|$)/i;
/** Values that point at where a secret is kept rather than being one. */
const REFERENCE = /^(arn:|ssm:|secretsmanager:|\{\{resolve:|\$\{|s3:\/\/|https?:\/\/[^@]*$|\/)/i;
/** camelCase keys ("DbPassword") are split into words first. */
const namesSecret = (key) => SECRET_KEY_NAME.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
const DATE_OR_NUMBER = /^[\d\s:./+-]+$|^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
function looksLikeSecretValue(v) {
    if (v.length < 8 || /\s/.test(v) || REFERENCE.test(v) || DATE_OR_NUMBER.test(v))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(v)).length;
    return classes >= 2;
}
/** 40 base64 characters mixing upper case, lower case and digits: the shape of an AWS secret access key. */
function hasSecretAccessKeyShape(text) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g))
        if (/[A-Z]/.test(m[0]) && /[a-z]/.test(m[0]) && /[0-9]/.test(m[0]))
            return true;
    return false;
}
function shapeOf(text, extra) {
    for (const s of SHAPES)
        if (s.re.test(text))
            return s.kind;
    if (hasSecretAccessKeyShape(text))
        return 'AWS secret access key shape';
    if (!REFERENCE.test(text.trim()))
        for (const m of text.matchAll(INLINE))
            if (looksLikeSecretValue(m[1]))
                return 'secret assigned inline';
    for (const re of extra)
        if (re.test(text))
            return `matches pattern ${re.source}`;
    return undefined;
}
/** Compiles user-supplied patterns; a bad one is an error the rule reports, not a silent skip. */
export function compilePatterns(sources) {
    return sources.map((s) => {
        try {
            return new RegExp(s, 'i');
        }
        catch (e) {
            throw new Error(`extraPatterns: "${s}" is not a valid regular expression (${e.message})`);
        }
    });
}
export function sensitiveTags(tags, extra = []) {
    const hits = [];
    for (const [key, value] of Object.entries(tags)) {
        const inKey = shapeOf(key, extra);
        if (inKey)
            hits.push({ where: 'tag key', key: '(redacted)', kind: inKey });
        const inValue = shapeOf(value, extra);
        if (inValue)
            hits.push({ where: 'tag value', key: inKey ? '(redacted)' : key, kind: inValue });
        else if (!inKey && namesSecret(key) && looksLikeSecretValue(value))
            hits.push({ where: 'tag value', key, kind: 'secret-looking value under a key that names a secret' });
    }
    return hits;
}
/** Names and descriptions: only credential shapes count (there is no key to say "this is a password"). */
export function sensitiveText(where, text, extra = []) {
    if (!text)
        return [];
    const kind = shapeOf(text, extra);
    return kind ? [{ where, kind }] : [];
}
export const describeHits = (hits) => hits.map((h) => (h.key ? `${h.where} under "${h.key}": ${h.kind}` : `${h.where}: ${h.kind}`)).join('; ');
