import { defineCollector } from '../defineCollector.js';
import { detail, iso, mapLimit } from '../util.js';
const sdk = () => import('@aws-sdk/client-sagemaker');
const sagemaker = async (ctx) => ctx.clients.get((await sdk()).SageMakerClient, ctx.region);
// ListTags is not called (one more request per resource): no rule reads SageMaker tags.
const base = (ctx, id, arn) => ({ id, arn, name: id, account: ctx.account, region: ctx.region, tags: {} });
/** Training jobs are history; the recent ones show how jobs are configured now. */
export const TRAINING_JOB_WINDOW_DAYS = 90;
/** A hard bound on DescribeTrainingJob calls per region, newest first. */
export const MAX_TRAINING_JOBS = 500;
/**
 * Describes every listed item; an item whose Describe fails is kept with `describeError` (so rules
 * report ERROR for it), one that vanished in between ("not found") is dropped.
 */
async function describeEach(items, describe, map) {
    const out = await mapLimit(items, 5, async (item) => map(item, await detail(() => describe(item))));
    return out.filter((x) => x !== undefined);
}
export const sagemakerNotebooks = defineCollector({
    id: 'sagemaker.notebooks',
    scope: 'regional',
    iamActions: ['sagemaker:ListNotebookInstances', 'sagemaker:DescribeNotebookInstance'],
    produces: ['AWS::SageMaker::NotebookInstance'],
    async collect(ctx) {
        const { paginateListNotebookInstances, DescribeNotebookInstanceCommand } = await sdk();
        const client = await sagemaker(ctx);
        const list = [];
        for await (const page of paginateListNotebookInstances({ client, pageSize: 100 }, {}))
            list.push(...(page.NotebookInstances ?? []));
        return describeEach(list, (s) => client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: s.NotebookInstanceName })), (s, d) => {
            if (d.ok && !d.value)
                return undefined;
            const n = d.ok ? d.value : undefined;
            return {
                ...base(ctx, s.NotebookInstanceName, s.NotebookInstanceArn),
                type: 'AWS::SageMaker::NotebookInstance',
                status: n?.NotebookInstanceStatus ?? s.NotebookInstanceStatus,
                instanceType: n?.InstanceType ?? s.InstanceType,
                directInternetAccess: n?.DirectInternetAccess,
                rootAccess: n?.RootAccess,
                kmsKeyId: n?.KmsKeyId,
                subnetId: n?.SubnetId,
                securityGroupIds: n?.SecurityGroups ?? [],
                roleArn: n?.RoleArn,
                platformIdentifier: n?.PlatformIdentifier,
                minimumImdsVersion: n?.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion,
                describeError: d.ok ? undefined : `DescribeNotebookInstance: ${d.error}`,
            };
        });
    },
});
export const sagemakerEndpointConfigs = defineCollector({
    id: 'sagemaker.endpointConfigs',
    scope: 'regional',
    iamActions: ['sagemaker:ListEndpointConfigs', 'sagemaker:DescribeEndpointConfig'],
    produces: ['AWS::SageMaker::EndpointConfig'],
    async collect(ctx) {
        const { paginateListEndpointConfigs, DescribeEndpointConfigCommand } = await sdk();
        const client = await sagemaker(ctx);
        const list = [];
        for await (const page of paginateListEndpointConfigs({ client, pageSize: 100 }, {}))
            list.push(...(page.EndpointConfigs ?? []));
        return describeEach(list, (s) => client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: s.EndpointConfigName })), (s, d) => {
            if (d.ok && !d.value)
                return undefined;
            const c = d.ok ? d.value : undefined;
            return {
                ...base(ctx, s.EndpointConfigName, s.EndpointConfigArn),
                type: 'AWS::SageMaker::EndpointConfig',
                kmsKeyId: c?.KmsKeyId,
                productionVariants: (c?.ProductionVariants ?? []).map((v) => ({
                    variantName: v.VariantName ?? '',
                    modelName: v.ModelName,
                    initialInstanceCount: v.InitialInstanceCount,
                    instanceType: v.InstanceType,
                    acceleratorType: v.AcceleratorType,
                    serverless: v.ServerlessConfig !== undefined,
                })),
                // EnableCapture defaults to true in a DataCaptureConfig; moto answers an empty object for none, which has no destination.
                dataCaptureEnabled: c ? (c.DataCaptureConfig?.EnableCapture ?? !!c.DataCaptureConfig?.DestinationS3Uri) : undefined,
                describeError: d.ok ? undefined : `DescribeEndpointConfig: ${d.error}`,
            };
        });
    },
});
/** moto answers `VpcConfig: {}` for a model without one; an empty config is no VPC. */
function vpcConfigOf(v) {
    return v && (v.Subnets?.length || v.SecurityGroupIds?.length) ? { subnets: v.Subnets ?? [], securityGroupIds: v.SecurityGroupIds ?? [] } : undefined;
}
export const sagemakerModels = defineCollector({
    id: 'sagemaker.models',
    scope: 'regional',
    iamActions: ['sagemaker:ListModels', 'sagemaker:DescribeModel'],
    produces: ['AWS::SageMaker::Model'],
    async collect(ctx) {
        const { paginateListModels, DescribeModelCommand } = await sdk();
        const client = await sagemaker(ctx);
        const list = [];
        for await (const page of paginateListModels({ client, pageSize: 100 }, {}))
            list.push(...(page.Models ?? []));
        return describeEach(list, (s) => client.send(new DescribeModelCommand({ ModelName: s.ModelName })), (s, d) => {
            if (d.ok && !d.value)
                return undefined;
            const m = d.ok ? d.value : undefined;
            const containers = [...(m?.PrimaryContainer ? [m.PrimaryContainer] : []), ...(m?.Containers ?? [])];
            return {
                ...base(ctx, s.ModelName, s.ModelArn),
                type: 'AWS::SageMaker::Model',
                executionRoleArn: m?.ExecutionRoleArn,
                enableNetworkIsolation: m?.EnableNetworkIsolation ?? false,
                vpcConfig: vpcConfigOf(m?.VpcConfig),
                containers: containers.map((c) => ({ image: c.Image, environment: { ...(c.Environment ?? {}) } })),
                describeError: d.ok ? undefined : `DescribeModel: ${d.error}`,
            };
        });
    },
});
export const sagemakerTrainingJobs = defineCollector({
    id: 'sagemaker.trainingJobs',
    scope: 'regional',
    iamActions: ['sagemaker:ListTrainingJobs', 'sagemaker:DescribeTrainingJob'],
    produces: ['AWS::SageMaker::TrainingJob'],
    async collect(ctx) {
        const { paginateListTrainingJobs, DescribeTrainingJobCommand } = await sdk();
        const client = await sagemaker(ctx);
        const since = new Date(Date.now() - TRAINING_JOB_WINDOW_DAYS * 86_400_000);
        const list = [];
        for await (const page of paginateListTrainingJobs({ client, pageSize: 100 }, { CreationTimeAfter: since, SortBy: 'CreationTime', SortOrder: 'Descending' })) {
            list.push(...(page.TrainingJobSummaries ?? []));
            if (list.length >= MAX_TRAINING_JOBS)
                break;
        }
        return describeEach(list.slice(0, MAX_TRAINING_JOBS), (s) => client.send(new DescribeTrainingJobCommand({ TrainingJobName: s.TrainingJobName })), (s, d) => {
            if (d.ok && !d.value)
                return undefined;
            const j = d.ok ? d.value : undefined;
            const rc = j?.ResourceConfig;
            const groups = rc?.InstanceGroups ?? [];
            return {
                ...base(ctx, s.TrainingJobName, s.TrainingJobArn),
                type: 'AWS::SageMaker::TrainingJob',
                status: j?.TrainingJobStatus ?? s.TrainingJobStatus,
                roleArn: j?.RoleArn,
                trainingImage: j?.AlgorithmSpecification?.TrainingImage,
                instanceType: rc?.InstanceType ?? rc?.SelectedInstanceType ?? groups[0]?.InstanceType,
                instanceCount: groups.length ? groups.reduce((n, g) => n + (g.InstanceCount ?? 0), 0) : (rc?.InstanceCount ?? rc?.SelectedInstanceCount ?? 1),
                enableInterContainerTrafficEncryption: j?.EnableInterContainerTrafficEncryption ?? false,
                enableNetworkIsolation: j?.EnableNetworkIsolation ?? false,
                vpcConfig: vpcConfigOf(j?.VpcConfig),
                volumeKmsKeyId: rc?.VolumeKmsKeyId,
                outputKmsKeyId: j?.OutputDataConfig?.KmsKeyId,
                environment: { ...(j?.Environment ?? {}) },
                s3Uris: j
                    ? {
                        input: (j.InputDataConfig ?? []).map((ch) => ch.DataSource?.S3DataSource?.S3Uri).filter((u) => !!u),
                        output: j.OutputDataConfig?.S3OutputPath,
                        checkpoint: j.CheckpointConfig?.S3Uri,
                    }
                    : undefined,
                createdAt: iso(j?.CreationTime ?? s.CreationTime),
                describeError: d.ok ? undefined : `DescribeTrainingJob: ${d.error}`,
            };
        });
    },
});
export const sagemakerDomains = defineCollector({
    id: 'sagemaker.domains',
    scope: 'regional',
    iamActions: ['sagemaker:ListDomains', 'sagemaker:DescribeDomain'],
    produces: ['AWS::SageMaker::Domain'],
    async collect(ctx) {
        const { paginateListDomains, DescribeDomainCommand } = await sdk();
        const client = await sagemaker(ctx);
        const list = [];
        for await (const page of paginateListDomains({ client, pageSize: 100 }, {}))
            list.push(...(page.Domains ?? []));
        return describeEach(list, (s) => client.send(new DescribeDomainCommand({ DomainId: s.DomainId })), (s, d) => {
            if (d.ok && !d.value)
                return undefined;
            const x = d.ok ? d.value : undefined;
            return {
                ...base(ctx, s.DomainId, s.DomainArn),
                name: s.DomainName ?? s.DomainId,
                type: 'AWS::SageMaker::Domain',
                authMode: x?.AuthMode,
                appNetworkAccessType: x?.AppNetworkAccessType,
                kmsKeyId: x?.KmsKeyId,
                vpcId: x?.VpcId,
                describeError: d.ok ? undefined : `DescribeDomain: ${d.error}`,
            };
        });
    },
});
export const sagemakerCollectors = [sagemakerNotebooks, sagemakerEndpointConfigs, sagemakerModels, sagemakerTrainingJobs, sagemakerDomains];
