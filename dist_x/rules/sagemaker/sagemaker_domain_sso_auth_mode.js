import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_domain_sso_auth_mode',
    title: 'Studio domain authenticates users with IAM Identity Center',
    service: 'sagemaker',
    topic: 'identity-and-access-management',
    severity: 'low',
    resourceType: 'AWS::SageMaker::Domain',
    requires: ['sagemaker.domains'],
    description: 'The domain\'s AuthMode is SSO, so users sign in to Studio with IAM Identity Center identities rather than through IAM principals that can call CreatePresignedDomainUrl (Prowler sagemaker_domain_sso_configured).',
    risk: 'In IAM mode anyone with sagemaker:CreatePresignedDomainUrl on a user profile can open that user\'s Studio, and access is not tied to the workforce identity, its MFA and its offboarding.',
    remediation: {
        text: 'The authentication mode is set when the domain is created. Create a new domain with Authentication: AWS IAM Identity Center, assign users and groups, move the user data from the old domain\'s EFS volume, and delete the old domain.',
        cli: 'aws sagemaker create-domain --domain-name <new> --auth-mode SSO --default-user-settings ExecutionRole=<role> --subnet-ids <subnets> --vpc-id <vpc>',
        terraform: 'resource "aws_sagemaker_domain" "x" { auth_mode = "SSO" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/onboard-sso-users.html',
    },
    references: ['Prowler sagemaker_domain_sso_configured'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Domain', (d) => {
            if (!d.authMode)
                return error(resourceRef(d), `Studio domain ${named(d)} reports no authentication mode.`);
            return d.authMode === 'SSO'
                ? pass(resourceRef(d), `Studio domain ${named(d)} authenticates users with IAM Identity Center.`)
                : fail(resourceRef(d), `Studio domain ${named(d)} uses ${d.authMode} authentication, not IAM Identity Center.`, { authMode: d.authMode });
        });
    },
});
