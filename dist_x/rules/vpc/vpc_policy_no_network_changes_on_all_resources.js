import { GLOBAL_REGION } from '../../core/vocabulary.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named } from '../lib/refs.js';
import { grantsOnUnnamedResource, judgeCustomerPolicies } from '../lib/unnamedResourceGrants.js';
/** Actions that open a network path, with the kind of resource each acts on. */
const PATH_OPENING = [
    { action: 'ec2:AuthorizeSecurityGroupIngress', resource: 'security-group/sg-0postureprobe0000' },
    { action: 'ec2:AuthorizeSecurityGroupEgress', resource: 'security-group/sg-0postureprobe0000' },
    { action: 'ec2:CreateRoute', resource: 'route-table/rtb-0postureprobe0000' },
    { action: 'ec2:ReplaceRoute', resource: 'route-table/rtb-0postureprobe0000' },
    { action: 'ec2:CreateNetworkAclEntry', resource: 'network-acl/acl-0postureprobe0000' },
    { action: 'ec2:ReplaceNetworkAclEntry', resource: 'network-acl/acl-0postureprobe0000' },
    { action: 'ec2:AttachInternetGateway', resource: 'vpc/vpc-0postureprobe0000' },
    { action: 'ec2:AcceptVpcPeeringConnection', resource: 'vpc-peering-connection/pcx-0postureprobe0000' },
];
/** Keys that scope a grant to particular networks: the tag-based and VPC-based conditions AWS's examples use. */
const RESOURCE_KEYS = /^(aws:resourcetag\/|ec2:resourcetag\/|ec2:vpc$)/i;
const DOC = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-policy-examples.html';
export default defineRule({
    id: 'vpc_policy_no_network_changes_on_all_resources',
    title: 'Customer managed policy does not allow opening network paths on every VPC resource',
    service: 'vpc',
    topic: 'identity-and-access-management',
    severity: 'low',
    resourceType: 'AWS::IAM::ManagedPolicy',
    requires: ['iam.policies'],
    description: `Fails a customer managed policy (attached or not) whose default version, by evaluation, allows one of ${PATH_OPENING.map((p) => p.action).join(', ')} on a security group, route table, network ACL, VPC or peering connection it cannot know by id, in any scanned region: Resource "*" or "arn:aws:ec2:<region>:<account>:security-group/*" without an aws:ResourceTag, ec2:ResourceTag or ec2:Vpc condition. AWS's Amazon VPC policy examples scope security-group and route management to tagged resources or to one VPC. Policies that grant full administrative access are left to iam_policy_no_administrative_privileges.`,
    risk: 'Whoever holds the policy can open any security group to the internet, route any subnet through an internet gateway or peering connection, or punch holes in any network ACL, including those that guard production and DL training networks: least privilege for network changes is lost.',
    remediation: {
        text: 'In the IAM console, open Policies, select the policy, choose Edit, and scope the security-group, route and network ACL write actions to the resources the holder manages: an aws:ResourceTag condition (for example Department=Network) or an ec2:Vpc condition naming the VPC ARN; save it as the default version.',
        cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-network-admin.json --set-as-default',
        terraform: 'data "aws_iam_policy_document" "sg_admin" { statement { actions = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"] resources = ["arn:aws:ec2:<region>:<account>:security-group/*"] condition { test = "ArnEquals" variable = "ec2:Vpc" values = ["arn:aws:ec2:<region>:<account>:vpc/<vpc-id>"] } } }',
        url: DOC,
    },
    references: [DOC, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_ec2_securitygroups-vpc.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    evaluate({ inventory, account }) {
        const regions = [...new Set(['posture-probe-region-1', ...inventory.regions.filter((r) => r !== GLOBAL_REGION)])];
        return judgeCustomerPolicies(inventory, account, (policy, document, owner, ref) => {
            const grants = PATH_OPENING.flatMap(({ action, resource }) => {
                for (const region of regions) {
                    const statements = grantsOnUnnamedResource(document, { action, account: owner, resource: `arn:aws:ec2:${region}:${owner}:${resource}`, resourceKeys: RESOURCE_KEYS });
                    if (statements.length)
                        return [{ action, statements, ...(region.startsWith('posture-probe') ? {} : { region }) }];
                }
                return [];
            });
            return (grants.length
                ? fail(ref, `Policy ${named(policy)} allows ${grants.map((g) => `${g.action} (${g.statements.join(', ')})`).join(', ')} on resources it does not name (attached ${policy.attachmentCount} time(s)).`, { grants, attachmentCount: policy.attachmentCount })
                : pass(ref, `Policy ${named(policy)} allows no network-path-opening action beyond the resources, tags or VPCs it names.`));
        });
    },
});
