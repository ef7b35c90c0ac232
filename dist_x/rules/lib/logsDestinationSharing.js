import { z } from 'zod';
import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from './refs.js';
export const trustedAccountsParams = z
    .object({
    /** Account ids (12 digits) that may send logs to this account's destinations. */
    trustedAccounts: z.array(z.string().regex(/^\d{12}$/)).default([]),
})
    .default({ trustedAccounts: [] });
/**
 * "A CloudWatch Logs destination admits only this account and trusted ones": the policy is
 * evaluated by the IAM policy evaluator for outsiders (anyone: `everyone`) and for every account
 * it names (`external-account`); either kind outside `trustedAccounts` fails.
 */
export function destinationSharingRule(v) {
    return defineRule({
        id: v.id,
        title: v.title,
        service: 'logs',
        topic: 'identity-and-access-management',
        severity: 'medium',
        resourceType: v.resourceType,
        requires: v.requires,
        params: trustedAccountsParams,
        description: v.description,
        risk: v.risk,
        remediation: v.remediation,
        references: v.references,
        evaluate({ inventory, account, params }) {
            return v.subjects(inventory).map(({ resource, policy }) => {
                const ref = resourceRef(resource);
                const what = `${v.noun} ${named(resource)}`;
                if (!policy.ok)
                    return error(ref, `Could not read the ${v.policyNoun} of ${what}: ${policy.error}`);
                if (policy.value === null)
                    return pass(ref, `The ${what} has no ${v.policyNoun}, so no other account can use it.`);
                const trusted = [resource.account ?? account, ...params.trustedAccounts];
                const open = publicStatements(policy.value, { trustedAccounts: trusted });
                if (!open.length)
                    return pass(ref, `The ${v.policyNoun} of ${what} admits no account outside this one${params.trustedAccounts.length ? ' and the trusted ones' : ''}.`);
                const everyone = open.filter((s) => s.kind === 'everyone');
                const result = fail(ref, everyone.length
                    ? `The ${v.policyNoun} of ${what} admits any AWS account in ${everyone.map((s) => s.statement).join(', ')}.`
                    : `The ${v.policyNoun} of ${what} admits ${[...new Set(open.flatMap((s) => s.principals))].join(', ')}, outside the trusted accounts, in ${open.map((s) => s.statement).join(', ')}.`, { statements: open, why: open.map((s) => s.reason), trustedAccounts: params.trustedAccounts });
                return everyone.length ? { ...result, severity: 'high' } : result;
            });
        },
    });
}
