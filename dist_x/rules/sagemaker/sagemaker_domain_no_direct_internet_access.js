import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'sagemaker_domain_no_direct_internet_access',
    title: 'Studio domain sends traffic only through its VPC',
    service: 'sagemaker',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Domain',
    requires: ['sagemaker.domains'],
    description: 'The SageMaker domain\'s AppNetworkAccessType is VpcOnly, so Studio apps reach the internet (if at all) only through your VPC\'s routes and controls.',
    risk: 'With PublicInternetOnly, Studio apps get a SageMaker-managed internet path outside your VPC controls, through which data and credentials can leave unnoticed.',
    remediation: {
        text: 'In the SageMaker console, open the domain, choose Domain settings > Network > Edit, and select VPC only (after deleting running apps), with VPC endpoints or a NAT gateway for what Studio needs.',
        cli: 'aws sagemaker update-domain --domain-id <domain-id> --app-network-access-type VpcOnly',
        terraform: 'resource "aws_sagemaker_domain" "x" { app_network_access_type = "VpcOnly" }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::SageMaker::Domain', (d) => d.appNetworkAccessType === 'VpcOnly'
            ? pass(resourceRef(d), `Domain ${named(d)} sends app traffic only through its VPC${d.vpcId ? ` ${d.vpcId}` : ''}.`)
            : fail(resourceRef(d), `Domain ${named(d)} gives its apps direct internet access (${d.appNetworkAccessType ?? 'PublicInternetOnly, the default'}).`, {
                appNetworkAccessType: d.appNetworkAccessType ?? null,
            }));
    },
});
