import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, parsePolicy } from '../util.js';
const sdk = () => import('@aws-sdk/client-ecr');
const ecr = async (ctx) => ctx.clients.get((await sdk()).ECRClient, ctx.region);
export const ecrRepositories = defineCollector({
    id: 'ecr.repositories',
    scope: 'regional',
    iamActions: ['ecr:DescribeRepositories', 'ecr:GetRepositoryPolicy', 'ecr:GetLifecyclePolicy'],
    produces: ['AWS::ECR::Repository'],
    async collect(ctx) {
        const { paginateDescribeRepositories, GetRepositoryPolicyCommand, GetLifecyclePolicyCommand } = await sdk();
        const client = await ecr(ctx);
        const repos = [];
        for await (const page of paginateDescribeRepositories({ client, pageSize: 1000 }, {}))
            repos.push(...(page.repositories ?? []));
        return mapLimit(repos, 8, async (r) => {
            const name = r.repositoryName;
            return {
                id: name,
                arn: r.repositoryArn,
                name,
                account: ctx.account,
                region: ctx.region,
                // ListTagsForResource is not called: no rule reads repository tags.
                tags: {},
                type: 'AWS::ECR::Repository',
                repositoryUri: r.repositoryUri ?? '',
                imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
                scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false,
                encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
                kmsKey: r.encryptionConfiguration?.kmsKey,
                // RepositoryPolicyNotFoundException / LifecyclePolicyNotFoundException mean "none set" (detail() maps them to null).
                policy: await detail(async () => parsePolicy((await client.send(new GetRepositoryPolicyCommand({ repositoryName: name, registryId: r.registryId }))).policyText)),
                lifecyclePolicy: await detail(async () => (await client.send(new GetLifecyclePolicyCommand({ repositoryName: name, registryId: r.registryId }))).lifecyclePolicyText),
            };
        });
    },
});
export const ecrRegistryScanning = defineCollector({
    id: 'ecr.registryScanning',
    scope: 'regional',
    iamActions: ['ecr:GetRegistryScanningConfiguration'],
    produces: ['AWS::ECR::RegistryScanningConfiguration'],
    async collect(ctx) {
        const { GetRegistryScanningConfigurationCommand } = await sdk();
        const res = await (await ecr(ctx)).send(new GetRegistryScanningConfigurationCommand({}));
        const cfg = res.scanningConfiguration;
        return [
            {
                id: `${res.registryId ?? ctx.account}/${ctx.region}`,
                name: `ECR registry ${ctx.region}`,
                account: ctx.account,
                region: ctx.region,
                tags: {},
                type: 'AWS::ECR::RegistryScanningConfiguration',
                // With no configuration saved, AWS uses BASIC scanning with no rules.
                scanType: cfg?.scanType ?? 'BASIC',
                rules: (cfg?.rules ?? []).map((r) => ({ scanFrequency: r.scanFrequency ?? 'MANUAL', filters: (r.repositoryFilters ?? []).map((f) => f.filter ?? '').filter(Boolean) })),
            },
        ];
    },
});
export const ecrCollectors = [ecrRepositories, ecrRegistryScanning];
