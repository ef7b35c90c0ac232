import { z } from 'zod';
import { externalAccess } from '../../analysis/iam/publicAccess.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Accounts allowed to be named in repository policies besides the repository's own (CI, workload accounts). */
    trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
})
    .default({ trustedAccountIds: [] });
export default defineRule({
    id: 'ecr_repository_policy_cross_account_trusted',
    title: 'Repository policy grants access only to trusted accounts',
    service: 'ecr',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    params,
    description: 'No Allow statement of the repository policy admits a principal (account id, root, role or user ARN) of an account that is neither the repository\'s own nor in trustedAccountIds (empty by default, so every cross-account grant is reported for review). Grants to everyone ("*") are judged by ecr_repository_policy_not_public.',
    risk: 'An account named in the policy can pull the images (code, model weights, anything baked into layers) or, with push actions, replace them with a backdoored image that your workloads then run.',
    remediation: {
        text: 'Confirm each external account is expected. If it is, add it to trustedAccountIds in the posture config; if not, open the repository in the Amazon ECR console, choose Permissions > Edit policy JSON, and remove the principal (or restrict it with aws:PrincipalOrgID).',
        cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
        terraform: 'resource "aws_ecr_repository_policy" "x" { repository = "<name>" policy = data.aws_iam_policy_document.trusted_accounts_only.json }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    },
    references: ['Prowler ecr_repositories_not_publicly_accessible', 'Cloud Custodian ecr cross-account'],
    evaluate({ inventory, account, params: p }) {
        return inventory.all('AWS::ECR::Repository').map((repo) => {
            const ref = resourceRef(repo);
            if (!repo.policy.ok)
                return error(ref, `Could not read the repository policy of ${named(repo)}: ${repo.policy.error}`);
            if (repo.policy.value === null)
                return pass(ref, `Repository ${named(repo)} has no repository policy, so no other account is granted access.`);
            const trusted = [repo.account ?? account, ...p.trustedAccountIds];
            const external = externalAccess(repo.policy.value, trusted);
            return external.length
                ? fail(ref, `The repository policy of ${named(repo)} grants account(s) ${[...new Set(external.map((e) => e.account))].join(', ')} outside the trusted accounts (${external.map((e) => e.statement).join(', ')}).`, {
                    external,
                    trustedAccountIds: p.trustedAccountIds,
                })
                : pass(ref, `The repository policy of ${named(repo)} grants no account outside the trusted accounts.`);
        });
    },
});
