import { z } from 'zod';
import { serviceGrants } from '../../analysis/iam/confusedDeputy.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/**
 * Services that assume roles without putting the source resource in the request, so a source
 * condition in the trust policy cannot be met: Lambda documents that aws:SourceArn applies only
 * where the function is the target resource (lambda/latest/dg/permissions-source-function-arn.html),
 * and EC2 instance-profile roles are assumed for the instance with no source ARN or account
 * (prowler-cloud/prowler#2810). Adding a condition for them breaks the role.
 */
export const DEFAULT_EXEMPT_SERVICES = ['ec2.amazonaws.com', 'lambda.amazonaws.com'];
const params = z
    .object({
    /** Service principals that do not send aws:SourceArn / aws:SourceAccount when they assume a role. */
    exemptServices: z.array(z.string()).default(DEFAULT_EXEMPT_SERVICES),
})
    .default({ exemptServices: DEFAULT_EXEMPT_SERVICES });
export default defineRule({
    id: 'iam_role_cross_service_confused_deputy_prevention',
    title: 'Service role trust policy binds the service to this account with a source condition',
    service: 'iam',
    topic: 'confused-deputy-prevention',
    severity: 'medium',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles'],
    params,
    description: 'For each role that is not service-linked and that an AWS service principal may assume, every Allow to the service carries a binding aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths condition (StringEquals/StringLike/ArnEquals/ArnLike, not negated, not IfExists, no bare wildcard). Services that do not send these keys when assuming a role (parameter exemptServices: EC2 and Lambda by default) are not judged.',
    risk: 'Without a source condition, the service acting for any resource that names this role may assume it; AWS recommends the conditions so a service cannot be made a confused deputy for a resource you do not own.',
    remediation: {
        text: 'In the IAM console, open Roles, select the role, choose Trust relationships > Edit trust policy, and add to the service statement a Condition such as "StringEquals": {"aws:SourceAccount": "<your-account-id>"} or "ArnLike": {"aws:SourceArn": "arn:aws:<service>:<region>:<account-id>:<resource>"}.',
        cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-source-condition.json',
        terraform: 'data "aws_iam_policy_document" "trust" { statement { actions = ["sts:AssumeRole"] principals { type = "Service" identifiers = ["<service>.amazonaws.com"] } condition { test = "StringEquals" variable = "aws:SourceAccount" values = ["<account-id>"] } } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html', 'Prowler iam_role_cross_service_confused_deputy_prevention'],
    evaluate({ inventory, params: p }) {
        const exempt = new Set(p.exemptServices.map((s) => s.toLowerCase()));
        return inventory
            .all('AWS::IAM::Role')
            .filter((r) => !r.path.startsWith('/aws-service-role/'))
            .flatMap((role) => {
            const judged = serviceGrants(role.assumeRolePolicyDocument).filter((g) => !exempt.has(g.service.toLowerCase()));
            if (!judged.length)
                return [];
            const unbound = judged.filter((g) => !g.bound);
            return [
                unbound.length
                    ? fail(resourceRef(role), `Role ${named(role)} lets ${unbound.map((g) => `${g.service} (${g.statement})`).join(', ')} assume it with no source condition.`, {
                        unboundGrants: unbound,
                        why: unbound.map((g) => g.reason),
                    })
                    : pass(resourceRef(role), `Role ${named(role)} binds ${[...new Set(judged.map((g) => g.service))].join(', ')} with source conditions.`, { grants: judged }),
            ];
        });
    },
});
