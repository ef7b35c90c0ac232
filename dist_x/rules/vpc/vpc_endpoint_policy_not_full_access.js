import { evaluateRequest } from '../../analysis/iam/evaluate.js';
import { outsiderAccount } from '../../analysis/iam/probes.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/**
 * "Full access" is what the default endpoint policy grants: any principal of any account may call
 * any action on any resource through the endpoint. It is decided by evaluating the policy for a
 * principal and a resource of an account the policy never names, calling an action no policy
 * lists, with no organization or network keys in the request; an Allow means nothing narrows it.
 */
const PROBE_ACTION = 'postureprobe:AnyAction';
export default defineRule({
    id: 'vpc_endpoint_policy_not_full_access',
    title: 'VPC endpoint policy does not grant full access',
    service: 'vpc',
    topic: 'interface-vpc-endpoints',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPCEndpoint',
    requires: ['ec2.vpcEndpoints'],
    description: "Each VPC endpoint whose service supports endpoint policies (DescribeVpcEndpointServices reports VpcEndpointPolicySupported) has a custom policy rather than the default full-access one: some principal, action, resource or condition (for example aws:PrincipalOrgID, aws:ResourceOrgID) is narrowed. Endpoints of services that do not support custom policies are not judged, since they always allow full access.",
    risk: 'A full-access endpoint lets any credentials, including ones from other AWS accounts, reach any resource of the service through your private network, so stolen or foreign credentials can exfiltrate data to resources outside your organization without touching the internet.',
    remediation: {
        text: 'In the VPC console, open Endpoints, select the endpoint, choose Actions > Manage policy, choose Custom, and write a policy that allows only the actions your workloads need, for principals and resources of your organization (conditions aws:PrincipalOrgID and aws:ResourceOrgID).',
        cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce-id> --policy-document file://endpoint-policy.json',
        terraform: 'resource "aws_vpc_endpoint_policy" "x" { vpc_endpoint_id = "<vpce-id>" policy = data.aws_iam_policy_document.endpoint.json }',
        url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ServiceDetail.html', 'https://docs.aws.amazon.com/whitepapers/latest/building-a-data-perimeter-on-aws/perimeter-implementation.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::EC2::VPCEndpoint')
            .filter((e) => !['deleted', 'deleting', 'rejected', 'failed', 'expired'].includes(e.state.toLowerCase()))
            .flatMap((e) => {
            const svc = e.service;
            if (!svc)
                return [error(resourceRef(e), `Whether ${e.serviceName} supports endpoint policies was not collected for ${named(e)}.`)];
            if (!svc.ok)
                return [error(resourceRef(e), `Could not read whether ${e.serviceName} supports endpoint policies: ${svc.error}`)];
            if (svc.value?.policySupported === false)
                return [];
            if (svc.value?.policySupported === undefined)
                return [error(resourceRef(e), `DescribeVpcEndpointServices did not say whether ${e.serviceName} supports endpoint policies.`)];
            if (e.policyDocument === undefined)
                return [fail(resourceRef(e), `${named(e)} (${e.serviceName}) has no policy document, so the default full-access policy applies.`)];
            const outsider = outsiderAccount(e.policyDocument, [e.account]);
            const principalArn = `arn:aws:iam::${outsider}:role/posture-probe`;
            const result = evaluateRequest({
                resourcePolicy: e.policyDocument,
                request: {
                    principal: { type: 'AWS', arn: principalArn, account: outsider },
                    action: PROBE_ACTION,
                    resource: `arn:aws:postureprobe:${e.region}:${outsider}:thing/posture-probe`,
                    context: { 'aws:PrincipalAccount': outsider, 'aws:PrincipalArn': principalArn, 'aws:ResourceAccount': outsider },
                },
            });
            const evidence = { serviceName: e.serviceName, vpcId: e.vpcId, policyDocument: e.policyDocument, decidedBy: result.matched };
            return [
                result.decision === 'Allow'
                    ? fail(resourceRef(e), `${named(e)} (${e.serviceName}) allows any principal of any account every action on every resource (${result.matched.filter((m) => m.effect === 'Allow').map((m) => m.label).join(', ')}).`, evidence)
                    : pass(resourceRef(e), `${named(e)} (${e.serviceName}) has an endpoint policy narrower than full access.`, evidence),
            ];
        });
    },
});
