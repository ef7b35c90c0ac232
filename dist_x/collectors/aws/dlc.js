import { listLaunchTemplates } from './launchTemplates.js';
import { gunzipSync } from 'node:zlib';
import { failed, ok } from '../../inventory/base.js';
import { classifyAwsError } from '../../aws/errors.js';
import { IMAGE_REFERENCE } from '../../dlc/classify.js';
import { defineCollector } from '../defineCollector.js';
import { detail, iso, mapLimit, tagMap } from '../util.js';
const sagemakerSdk = () => import('@aws-sdk/client-sagemaker');
const sagemaker = async (ctx) => ctx.clients.get((await sagemakerSdk()).SageMakerClient, ctx.region);
const base = (ctx, id, arn, name) => ({ id, arn, name: name ?? id, account: ctx.account, region: ctx.region, tags: {} });
/** Jobs are history: the newest ones say what images are in use now; older ones add cost, not signal. */
const MAX_JOBS = 500;
export const sagemakerEndpoints = defineCollector({
    id: 'sagemaker.endpoints',
    scope: 'regional',
    iamActions: ['sagemaker:ListEndpoints', 'sagemaker:DescribeEndpoint'],
    produces: ['AWS::SageMaker::Endpoint'],
    async collect(ctx) {
        const { paginateListEndpoints, DescribeEndpointCommand } = await sagemakerSdk();
        const client = await sagemaker(ctx);
        const names = [];
        const listed = [];
        for await (const page of paginateListEndpoints({ client, pageSize: 100 }, {}))
            for (const e of page.Endpoints ?? [])
                if (e.EndpointName)
                    listed.push({ name: e.EndpointName, arn: e.EndpointArn });
        const out = [];
        await mapLimit(listed, 5, async ({ name, arn }) => {
            // An endpoint deleted between List and Describe is gone, not an error.
            const d = await detail(() => client.send(new DescribeEndpointCommand({ EndpointName: name })));
            if (!d.ok) {
                out.push({ ...base(ctx, name, arn), type: 'AWS::SageMaker::Endpoint', deployedImages: [], describeError: d.error });
                return;
            }
            if (!d.value)
                return;
            const e = d.value;
            out.push({
                ...base(ctx, name, e.EndpointArn),
                type: 'AWS::SageMaker::Endpoint',
                status: e.EndpointStatus,
                endpointConfigName: e.EndpointConfigName,
                createdAt: iso(e.CreationTime),
                deployedImages: (e.ProductionVariants ?? []).flatMap((v) => (v.DeployedImages ?? []).map((i) => ({ variantName: v.VariantName ?? '', specifiedImage: i.SpecifiedImage, resolvedImage: i.ResolvedImage, resolutionTime: iso(i.ResolutionTime) }))),
            });
        });
        return out;
    },
});
export const sagemakerProcessingJobs = defineCollector({
    id: 'sagemaker.processingJobs',
    scope: 'regional',
    iamActions: ['sagemaker:ListProcessingJobs', 'sagemaker:DescribeProcessingJob'],
    produces: ['AWS::SageMaker::ProcessingJob'],
    async collect(ctx) {
        const { paginateListProcessingJobs, DescribeProcessingJobCommand } = await sagemakerSdk();
        const client = await sagemaker(ctx);
        const listed = [];
        for await (const page of paginateListProcessingJobs({ client, pageSize: 100 }, { SortBy: 'CreationTime', SortOrder: 'Descending' })) {
            for (const j of page.ProcessingJobSummaries ?? [])
                if (j.ProcessingJobName)
                    listed.push({ name: j.ProcessingJobName, arn: j.ProcessingJobArn });
            if (listed.length >= MAX_JOBS)
                break;
        }
        const out = [];
        await mapLimit(listed.slice(0, MAX_JOBS), 5, async ({ name, arn }) => {
            const d = await detail(() => client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name })));
            if (!d.ok) {
                out.push({
                    ...base(ctx, name, arn),
                    type: 'AWS::SageMaker::ProcessingJob',
                    instanceCount: 1,
                    enableInterContainerTrafficEncryption: false,
                    enableNetworkIsolation: false,
                    environment: {},
                    describeError: d.error,
                });
                return;
            }
            if (!d.value)
                return;
            const j = d.value;
            out.push({
                ...base(ctx, name, j.ProcessingJobArn),
                type: 'AWS::SageMaker::ProcessingJob',
                status: j.ProcessingJobStatus,
                roleArn: j.RoleArn,
                imageUri: j.AppSpecification?.ImageUri,
                instanceCount: j.ProcessingResources?.ClusterConfig?.InstanceCount ?? 1,
                enableInterContainerTrafficEncryption: j.NetworkConfig?.EnableInterContainerTrafficEncryption ?? false,
                enableNetworkIsolation: j.NetworkConfig?.EnableNetworkIsolation ?? false,
                environment: j.Environment ?? {},
                createdAt: iso(j.CreationTime),
            });
        });
        return out;
    },
});
/** Base64 user data, possibly gzip-compressed, as text; MIME multi-part stays as one text to search. */
export function userDataText(b64) {
    const raw = Buffer.from(b64, 'base64');
    if (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
        try {
            return gunzipSync(raw).toString('utf8');
        }
        catch {
            return '';
        }
    }
    return raw.toString('utf8');
}
/** Image references in user data. Only these are kept: user data often carries secrets. */
export function imageReferencesIn(text) {
    return [...new Set(text.match(IMAGE_REFERENCE) ?? [])];
}
export const ec2LaunchTemplates = defineCollector({
    id: 'ec2.launchTemplates',
    scope: 'regional',
    iamActions: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
    produces: ['AWS::EC2::LaunchTemplate'],
    async collect(ctx) {
        const { DescribeLaunchTemplateVersionsCommand, EC2Client } = await import('@aws-sdk/client-ec2');
        const client = ctx.clients.get(EC2Client, ctx.region);
        const templates = (await listLaunchTemplates(client)).map((t) => ({ id: t.LaunchTemplateId, name: t.LaunchTemplateName, tags: tagMap(t.Tags), defaultVersion: t.DefaultVersionNumber }));
        return mapLimit(templates, 5, async (t) => {
            let imageReferences = ok([]);
            let metadataOptions;
            try {
                const r = await client.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: t.id, Versions: ['$Default'] }));
                const data = r.LaunchTemplateVersions?.[0]?.LaunchTemplateData;
                imageReferences = ok(data?.UserData ? imageReferencesIn(userDataText(data.UserData)) : []);
                const m = data?.MetadataOptions;
                if (m && (m.HttpTokens || m.HttpEndpoint || m.HttpPutResponseHopLimit !== undefined))
                    metadataOptions = { httpTokens: m.HttpTokens, httpEndpoint: m.HttpEndpoint, httpPutResponseHopLimit: m.HttpPutResponseHopLimit };
            }
            catch (e) {
                imageReferences = failed(classifyAwsError(e).message);
            }
            const resource = {
                id: t.id,
                arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:launch-template/${t.id}`,
                name: t.name ?? t.id,
                account: ctx.account,
                region: ctx.region,
                tags: t.tags,
                type: 'AWS::EC2::LaunchTemplate',
                defaultVersion: t.defaultVersion,
                imageReferences,
                metadataOptions,
            };
            return resource;
        });
    },
});
export const ecrPullThroughCacheRules = defineCollector({
    id: 'ecr.pullThroughCacheRules',
    scope: 'regional',
    iamActions: ['ecr:DescribePullThroughCacheRules'],
    produces: ['AWS::ECR::PullThroughCacheRule'],
    async collect(ctx) {
        const { ECRClient, paginateDescribePullThroughCacheRules } = await import('@aws-sdk/client-ecr');
        const client = ctx.clients.get(ECRClient, ctx.region);
        const out = [];
        for await (const page of paginateDescribePullThroughCacheRules({ client, pageSize: 1000 }, {}))
            for (const r of page.pullThroughCacheRules ?? []) {
                if (!r.ecrRepositoryPrefix)
                    continue;
                out.push({
                    ...base(ctx, `${ctx.region}/${r.ecrRepositoryPrefix}`, undefined, r.ecrRepositoryPrefix),
                    type: 'AWS::ECR::PullThroughCacheRule',
                    ecrRepositoryPrefix: r.ecrRepositoryPrefix,
                    upstreamRegistryUrl: r.upstreamRegistryUrl,
                    upstreamRegistry: r.upstreamRegistry,
                    upstreamRepositoryPrefix: r.upstreamRepositoryPrefix,
                });
            }
        return out;
    },
});
/** Workloads that may run DLC images and are not collected elsewhere (endpoints, jobs, launch templates, ECR images). */
export const dlcCollectors = [sagemakerEndpoints, sagemakerProcessingJobs, ec2LaunchTemplates, ecrPullThroughCacheRules];
