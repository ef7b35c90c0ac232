const arr = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
function principals(v) {
    if (v === undefined)
        return undefined;
    if (v === '*')
        return { '*': ['*'] };
    if (typeof v !== 'object' || v === null)
        return { '*': [String(v)] };
    const out = {};
    for (const [k, val] of Object.entries(v))
        out[k] = arr(val);
    return out;
}
function parsed(doc) {
    if (typeof doc !== 'string')
        return doc;
    try {
        return JSON.parse(doc);
    }
    catch {
        return undefined;
    }
}
/**
 * Parses a document (object or JSON text) into statements; malformed input yields none, and a
 * statement whose Effect is neither Allow nor Deny is dropped (IAM rejects it, so it grants nothing).
 */
export function statementsOf(doc) {
    const d = parsed(doc);
    if (!d || typeof d !== 'object')
        return [];
    const variables = d.Version === '2012-10-17';
    const raw = d.Statement;
    const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const out = [];
    list.forEach((s, index) => {
        if (!s || typeof s !== 'object')
            return;
        const r = s;
        const effect = typeof r.Effect === 'string' ? (/^allow$/i.test(r.Effect) ? 'Allow' : /^deny$/i.test(r.Effect) ? 'Deny' : undefined) : undefined;
        if (!effect)
            return;
        const condition = {};
        for (const [op, keys] of Object.entries(r.Condition ?? {}))
            if (keys && typeof keys === 'object') {
                condition[op] = {};
                for (const [k, v] of Object.entries(keys))
                    condition[op][k] = arr(v);
            }
        out.push({
            sid: typeof r.Sid === 'string' && r.Sid ? r.Sid : undefined,
            index,
            effect,
            principal: principals(r.Principal),
            notPrincipal: principals(r.NotPrincipal),
            action: r.Action === undefined ? undefined : arr(r.Action),
            notAction: r.NotAction === undefined ? undefined : arr(r.NotAction),
            resource: r.Resource === undefined ? undefined : arr(r.Resource),
            notResource: r.NotResource === undefined ? undefined : arr(r.NotResource),
            condition,
            variables,
        });
    });
    return out;
}
/** Condition entries whose key is one of `keys` (case-insensitive), with their operator. */
export function conditionsOn(s, keys) {
    const wanted = new Set(keys.map((k) => k.toLowerCase()));
    const out = [];
    for (const [operator, byKey] of Object.entries(s.condition))
        for (const [key, values] of Object.entries(byKey))
            if (wanted.has(key.toLowerCase()))
                out.push({ operator, key, values });
    return out;
}
/** Every condition entry of a statement. */
export function conditionEntries(s) {
    return Object.entries(s.condition).flatMap(([operator, byKey]) => Object.entries(byKey).map(([key, values]) => ({ operator, key, values })));
}
/** "statement 'Sid'" or "statement #n" (1-based), as evidence names it. */
export function describeStatement(s, index) {
    return s.sid ? `statement '${s.sid}'` : `statement #${index + 1}`;
}
