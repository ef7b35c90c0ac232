/**
 * Wildcard and policy-variable handling shared by Action, Resource and the String/Arn condition
 * operators. AWS compares actions case-insensitively and resources and ARNs case-sensitively;
 * `*` matches any run of characters (including none), `?` exactly one.
 */
// Text substituted from a policy variable is literal, even if it contains * or ?; these
// placeholders carry such characters through the glob compiler untouched.
const LIT_STAR = '\u0000';
const LIT_QMARK = '\u0001';
const escapeRe = (s) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
/** A glob as a regular expression; `flags` 'i' for case-insensitive comparison. */
export function globRegExp(pattern, flags = '') {
    let re = '';
    for (const ch of pattern) {
        if (ch === '*')
            re += '[\\s\\S]*';
        else if (ch === '?')
            re += '[\\s\\S]';
        else if (ch === LIT_STAR)
            re += '\\*';
        else if (ch === LIT_QMARK)
            re += '\\?';
        else
            re += escapeRe(ch);
    }
    return new RegExp(`^${re}$`, flags);
}
export function globMatch(pattern, value, ignoreCase = false) {
    if (pattern === '*')
        return true;
    return globRegExp(pattern, ignoreCase ? 'i' : '').test(value);
}
/** Turns the literal placeholders back into text, for exact (non-wildcard) comparisons. */
export const literal = (s) => s.replaceAll(LIT_STAR, '*').replaceAll(LIT_QMARK, '?');
const VARIABLE = /\$\{([^}]*)\}/g;
/**
 * Substitutes policy variables in a Resource or condition value, as IAM does for Version
 * 2012-10-17 documents: `${key}` takes the request's single value for that condition key (any
 * key in the request context, case-insensitive: aws:username, aws:userid, aws:PrincipalAccount,
 * aws:SourceAccount, aws:PrincipalTag/…, …), `${key, 'default'}` falls back to the default, and
 * `${*}`, `${?}`, `${$}` stand for the literal characters. Returns undefined when a variable has
 * no value: IAM then treats the value as not matching.
 */
export function substitute(value, ctx, enabled) {
    if (!enabled || !value.includes('${'))
        return value;
    let missing = false;
    const out = value.replace(VARIABLE, (_, body) => {
        const inner = body.trim();
        if (inner === '*')
            return LIT_STAR;
        if (inner === '?')
            return LIT_QMARK;
        if (inner === '$')
            return '$';
        const m = /^([^,]+?)\s*(?:,\s*'([^']*)')?$/.exec(inner);
        const key = (m?.[1] ?? inner).trim().toLowerCase();
        const values = ctx.get(key);
        const v = values && values.length === 1 ? values[0] : m?.[2];
        if (v === undefined) {
            missing = true;
            return '';
        }
        return v.replaceAll('*', LIT_STAR).replaceAll('?', LIT_QMARK);
    });
    return missing ? undefined : out;
}
/** The six colon-separated components of an ARN (the last keeps its colons), or undefined. */
export function arnParts(arn) {
    const parts = arn.split(':');
    if (parts.length < 6)
        return undefined;
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
/** ArnEquals/ArnLike: each of the six components matched separately, case-sensitively, with wildcards. */
export function arnMatch(pattern, value) {
    if (/^[*\u0000]*$/.test(pattern) && pattern.includes('*'))
        return true;
    const p = arnParts(pattern);
    const v = arnParts(value);
    if (!p || !v)
        return false;
    return p.every((seg, i) => globMatch(seg, v[i]));
}
/** Does an Action pattern ("iam:Pass*", "*", "IAM:PassRole") cover `action`? IAM compares actions case-insensitively. */
export function actionMatches(pattern, action) {
    return globMatch(pattern, action, true);
}
