export function defineRule(rule) {
    return rule;
}
/** Result helpers keep rules short and the wording uniform. */
export const pass = (resource, message, evidence) => ({ status: 'pass', resource, message, evidence });
export const fail = (resource, message, evidence) => ({ status: 'fail', resource, message, evidence });
export const error = (resource, message, evidence) => ({ status: 'error', resource, message, evidence });
/** A reference to the account or a region of it, for rules whose subject is not one resource. */
export function scopeRef(account, region, type = region ? 'AWS::Region' : 'AWS::Account') {
    return type === 'AWS::Region'
        ? { type, id: `${account}/${region}`, name: region, account, region: region ?? 'global' }
        : { type, id: account, arn: `arn:aws:::${account}`, name: account, account, region: region ?? 'global' };
}
export const label = (r) => (r.name && r.name !== r.id ? `${r.name} (${r.id})` : r.id);
