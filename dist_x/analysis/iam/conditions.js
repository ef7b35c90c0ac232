import { inCidrBlock } from './cidr.js';
import { arnMatch, globMatch, literal, substitute } from './patterns.js';
const num = (s) => (s.trim() === '' ? NaN : Number(s));
function date(s) {
    if (/^\d+(\.\d+)?$/.test(s.trim()))
        return Number(s) * 1000;
    return Date.parse(s);
}
const numeric = (cmp) => (p, r) => {
    const a = num(r);
    const b = num(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && cmp(a, b);
};
const dated = (cmp) => (p, r) => {
    const a = date(r);
    const b = date(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && cmp(a, b);
};
const eq = (p, r) => literal(p) === r;
const BASE = {
    stringequals: { match: eq, variables: true },
    stringnotequals: { match: eq, variables: true, negated: true },
    stringequalsignorecase: { match: (p, r) => literal(p).toLowerCase() === r.toLowerCase(), variables: true },
    stringnotequalsignorecase: { match: (p, r) => literal(p).toLowerCase() === r.toLowerCase(), variables: true, negated: true },
    stringlike: { match: (p, r) => globMatch(p, r), variables: true },
    stringnotlike: { match: (p, r) => globMatch(p, r), variables: true, negated: true },
    numericequals: { match: numeric((a, b) => a === b), variables: false },
    numericnotequals: { match: numeric((a, b) => a === b), variables: false, negated: true },
    numericlessthan: { match: numeric((a, b) => a < b), variables: false },
    numericlessthanequals: { match: numeric((a, b) => a <= b), variables: false },
    numericgreaterthan: { match: numeric((a, b) => a > b), variables: false },
    numericgreaterthanequals: { match: numeric((a, b) => a >= b), variables: false },
    dateequals: { match: dated((a, b) => a === b), variables: false },
    datenotequals: { match: dated((a, b) => a === b), variables: false, negated: true },
    datelessthan: { match: dated((a, b) => a < b), variables: false },
    datelessthanequals: { match: dated((a, b) => a <= b), variables: false },
    dategreaterthan: { match: dated((a, b) => a > b), variables: false },
    dategreaterthanequals: { match: dated((a, b) => a >= b), variables: false },
    bool: { match: (p, r) => p.toLowerCase() === r.toLowerCase(), variables: true },
    binaryequals: { match: (p, r) => p === r, variables: false },
    ipaddress: { match: inCidrBlock, variables: false },
    notipaddress: { match: inCidrBlock, variables: false, negated: true },
    arnequals: { match: arnMatch, variables: true },
    arnlike: { match: arnMatch, variables: true },
    arnnotequals: { match: arnMatch, variables: true, negated: true },
    arnnotlike: { match: arnMatch, variables: true, negated: true },
};
/** Splits "ForAnyValue:StringLikeIfExists" into its parts; undefined for an operator IAM does not know. */
export function parseOperator(operator) {
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/i.exec(operator);
    if (!m)
        return undefined;
    const base = m[2].toLowerCase();
    const set = m[1] ? (m[1].toLowerCase() === 'foranyvalue' ? 'any' : 'all') : undefined;
    if (base === 'null')
        return m[3] ? undefined : { set, base, ifExists: false, isNull: true, negated: false };
    const op = BASE[base];
    if (!op)
        return undefined;
    return { set, base, ifExists: !!m[3], isNull: false, negated: !!op.negated };
}
/**
 * Evaluates one condition entry (operator, key, policy values) against the request context.
 * An unknown operator is false: IAM would have refused the policy, so it can grant nothing.
 */
export function conditionHolds(operator, key, policyValues, ctx, variables) {
    const parsed = parseOperator(operator);
    if (!parsed)
        return false;
    const present = ctx.get(key.toLowerCase());
    const requestValues = present ?? [];
    const missing = requestValues.length === 0;
    if (parsed.isNull)
        return policyValues.some((v) => (v.toLowerCase() === 'true' ? missing : v.toLowerCase() === 'false' ? !missing : false));
    if (missing && parsed.set === 'all')
        return true;
    if (missing && parsed.set === 'any')
        return false;
    if (missing)
        return parsed.ifExists || parsed.negated;
    const op = BASE[parsed.base];
    const values = policyValues.map((v) => (op.variables ? substitute(v, ctx, variables) : v)).filter((v) => v !== undefined);
    const matchesAny = (r) => values.some((p) => op.match(p, r));
    // For a single request value, the operator holds when some policy value matches (positive) or none does (negated).
    const holdsFor = (r) => (parsed.negated ? !matchesAny(r) : matchesAny(r));
    if (parsed.set === 'any')
        return requestValues.some(holdsFor);
    if (parsed.set === 'all')
        return requestValues.every(holdsFor);
    return parsed.negated ? !requestValues.some(matchesAny) : requestValues.some(matchesAny);
}
