import type * as IAM from '@aws-sdk/client-iam';
import type { Resource, ResourceOf } from '../../inventory/schema.js';
import { defineCollector, type CollectContext } from '../defineCollector.js';
import { detail, iso, mapLimit, parsePolicy, tagMap } from '../util.js';

const sdk = () => import('@aws-sdk/client-iam');
const iam = async (ctx: CollectContext) => ctx.clients.get((await sdk()).IAMClient, ctx.apiRegion);
const PAGE = { pageSize: 1000 };
/** Per-role and per-policy detail calls in flight at once (IAM throttles early). */
const DETAIL_CONCURRENCY = 4;

export const iamRoles = defineCollector({
  id: 'iam.roles',
  scope: 'global',
  iamActions: ['iam:ListRoles', 'iam:ListAttachedRolePolicies', 'iam:ListRolePolicies', 'iam:GetRolePolicy'],
  produces: ['AWS::IAM::Role'],
  async collect(ctx) {
    const { paginateListRoles, paginateListAttachedRolePolicies, paginateListRolePolicies, GetRolePolicyCommand } = await sdk();
    const client = await iam(ctx);
    const roles: IAM.Role[] = [];
    for await (const page of paginateListRoles({ client, ...PAGE }, {})) roles.push(...(page.Roles ?? []));
    return mapLimit(roles, DETAIL_CONCURRENCY, async (r): Promise<ResourceOf<'AWS::IAM::Role'>> => {
      const RoleName = r.RoleName!;
      const attachedPolicyArns = await detail(async () => {
        const arns: string[] = [];
        for await (const page of paginateListAttachedRolePolicies({ client, ...PAGE }, { RoleName }))
          for (const p of page.AttachedPolicies ?? []) if (p.PolicyArn) arns.push(p.PolicyArn);
        return arns;
      });
      const inlinePolicies = await detail(async () => {
        const names: string[] = [];
        for await (const page of paginateListRolePolicies({ client, ...PAGE }, { RoleName })) names.push(...(page.PolicyNames ?? []));
        const out: Array<{ name: string; document: unknown }> = [];
        for (const name of names) {
          const res = await client.send(new GetRolePolicyCommand({ RoleName, PolicyName: name }));
          out.push({ name, document: parsePolicy(res.PolicyDocument) });
        }
        return out;
      });
      return {
        id: RoleName,
        arn: r.Arn,
        name: RoleName,
        account: ctx.account,
        region: ctx.region,
        // ListRoles does not return tags; rules here do not need them.
        tags: tagMap(r.Tags),
        type: 'AWS::IAM::Role',
        path: r.Path ?? '/',
        assumeRolePolicyDocument: parsePolicy(r.AssumeRolePolicyDocument),
        attachedPolicyArns,
        inlinePolicies,
        createDate: iso(r.CreateDate),
      };
    });
  },
});

export const iamPolicies = defineCollector({
  id: 'iam.policies',
  scope: 'global',
  iamActions: ['iam:ListPolicies', 'iam:GetPolicyVersion'],
  produces: ['AWS::IAM::ManagedPolicy'],
  async collect(ctx) {
    const { paginateListPolicies, GetPolicyVersionCommand } = await sdk();
    const client = await iam(ctx);
    const policies: IAM.Policy[] = [];
    for await (const page of paginateListPolicies({ client, ...PAGE }, { Scope: 'Local', OnlyAttached: false })) policies.push(...(page.Policies ?? []));
    const out: Resource[] = await mapLimit(policies, DETAIL_CONCURRENCY, async (p): Promise<ResourceOf<'AWS::IAM::ManagedPolicy'>> => ({
      id: p.PolicyName!,
      arn: p.Arn,
      name: p.PolicyName,
      account: ctx.account,
      region: ctx.region,
      tags: tagMap(p.Tags),
      type: 'AWS::IAM::ManagedPolicy',
      defaultVersionId: p.DefaultVersionId,
      attachmentCount: p.AttachmentCount ?? 0,
      document: await detail(async () =>
        parsePolicy((await client.send(new GetPolicyVersionCommand({ PolicyArn: p.Arn!, VersionId: p.DefaultVersionId! }))).PolicyVersion?.Document),
      ),
    }));
    return out;
  },
});

export const iamCollectors = [iamRoles, iamPolicies];
