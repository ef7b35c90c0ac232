import { unboundServiceGrants } from '../../analysis/iam/confusedDeputy.js';
import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from './refs.js';
/** The rule metadata of a variant, without the data the factory uses to evaluate. */
function metadata(v) {
    const { id, title, service, severity, resourceType, requires, description, risk, remediation, references } = v;
    return { id, title, service, severity, resourceType, requires, description, risk, remediation, references };
}
/** "Resource policy admits no one from outside": Allow statements open to everyone with no restricting condition fail. */
export function policyNotPublicRule(v) {
    return defineRule({
        ...metadata(v),
        topic: 'identity-and-access-management',
        evaluate({ inventory }) {
            return v.subjects(inventory).map(({ resource, policy }) => {
                const ref = resourceRef(resource);
                if (!policy.ok)
                    return error(ref, `Could not read the ${v.noun} of ${named(resource)}: ${policy.error}`);
                if (policy.value === null)
                    return pass(ref, `${named(resource)} has no ${v.noun}, so it grants nothing to other accounts.`);
                const open = publicStatements(policy.value, { extraRestrictingKeys: v.extraRestrictingKeys });
                return open.length
                    ? fail(ref, `The ${v.noun} of ${named(resource)} allows any principal in ${open.map((s) => s.statement).join(', ')} with no condition that restricts the caller.`, {
                        statements: open,
                        why: open.map((s) => s.reason),
                    })
                    : pass(ref, `The ${v.noun} of ${named(resource)} allows no unrestricted public principal.`);
            });
        },
    });
}
/**
 * "Resource policy binds every service grant to this account's sources": Allow statements to a
 * service principal need aws:SourceArn / aws:SourceAccount (or an equivalent key) so that the
 * service acting for another customer cannot use the resource.
 */
export function serviceGrantsBoundRule(v) {
    return defineRule({
        ...metadata(v),
        topic: 'confused-deputy-prevention',
        evaluate({ inventory }) {
            return v.subjects(inventory).map(({ resource, policy }) => {
                const ref = resourceRef(resource);
                if (!policy.ok)
                    return error(ref, `Could not read the ${v.noun} of ${named(resource)}: ${policy.error}`);
                const unbound = policy.value === null ? [] : unboundServiceGrants(policy.value, { extraKeys: v.extraKeys }).filter((g) => !v.ignore?.(g));
                return unbound.length
                    ? fail(ref, `The ${v.noun} of ${named(resource)} grants ${unbound.map((g) => `${g.service} (${g.statement})`).join(', ')} with no aws:SourceArn or aws:SourceAccount condition.`, { unboundGrants: unbound, why: unbound.map((g) => g.reason) })
                    : pass(ref, `Every service grant in the ${v.noun} of ${named(resource)} is bound to a source, or there is none.`);
            });
        },
    });
}
