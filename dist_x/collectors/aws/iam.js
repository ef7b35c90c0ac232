import { defineCollector } from '../defineCollector.js';
import { failed, ok } from '../../inventory/base.js';
import { iso, parsePolicy, tagMap } from '../util.js';
const sdk = () => import('@aws-sdk/client-iam');
const iam = async (ctx) => ctx.clients.get((await sdk()).IAMClient, ctx.apiRegion);
const PAGE = { pageSize: 1000 };
/**
 * Roles and customer managed policies come from GetAccountAuthorizationDetails: one paginated call
 * returns each role with its trust policy, attached and inline policies, and each policy with its
 * versions, where the per-role and per-policy calls cost four or more requests per resource.
 */
async function* authorizationDetails(ctx, filter) {
    const { paginateGetAccountAuthorizationDetails } = await sdk();
    const client = await iam(ctx);
    for await (const page of paginateGetAccountAuthorizationDetails({ client, ...PAGE }, { Filter: filter }))
        yield page;
}
export const iamRoles = defineCollector({
    id: 'iam.roles',
    scope: 'global',
    iamActions: ['iam:GetAccountAuthorizationDetails'],
    produces: ['AWS::IAM::Role'],
    async collect(ctx) {
        const out = [];
        for await (const page of authorizationDetails(ctx, ['Role']))
            for (const r of page.RoleDetailList ?? []) {
                if (!r.RoleName)
                    continue;
                out.push({
                    id: r.RoleName,
                    arn: r.Arn,
                    name: r.RoleName,
                    account: ctx.account,
                    region: ctx.region,
                    tags: tagMap(r.Tags),
                    type: 'AWS::IAM::Role',
                    path: r.Path ?? '/',
                    assumeRolePolicyDocument: parsePolicy(r.AssumeRolePolicyDocument),
                    attachedPolicyArns: ok((r.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn).filter((a) => !!a)),
                    inlinePolicies: ok((r.RolePolicyList ?? []).map((p) => ({ name: p.PolicyName ?? '', document: parsePolicy(p.PolicyDocument) }))),
                    createDate: iso(r.CreateDate),
                });
            }
        return out;
    },
});
export const iamPolicies = defineCollector({
    id: 'iam.policies',
    scope: 'global',
    iamActions: ['iam:GetAccountAuthorizationDetails'],
    produces: ['AWS::IAM::ManagedPolicy'],
    async collect(ctx) {
        const out = [];
        for await (const page of authorizationDetails(ctx, ['LocalManagedPolicy']))
            for (const p of page.Policies ?? []) {
                // The name is the ARN's last segment (after the path); some implementations leave PolicyName out.
                const name = p.PolicyName ?? p.Arn?.slice(p.Arn.lastIndexOf('/') + 1);
                if (!name)
                    continue;
                const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion || v.VersionId === p.DefaultVersionId);
                out.push({
                    id: name,
                    arn: p.Arn,
                    name,
                    account: ctx.account,
                    region: ctx.region,
                    // The details carry no policy tags; no rule reads them.
                    tags: {},
                    type: 'AWS::IAM::ManagedPolicy',
                    defaultVersionId: p.DefaultVersionId,
                    attachmentCount: p.AttachmentCount ?? 0,
                    document: version ? ok(parsePolicy(version.Document)) : failed(`the default version ${p.DefaultVersionId ?? '(unknown)'} was not in the authorization details`),
                });
            }
        return out;
    },
});
export const iamCollectors = [iamRoles, iamPolicies];
