import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit } from '../util.js';
const sdk = () => import('@aws-sdk/client-sagemaker');
const sagemaker = async (ctx) => ctx.clients.get((await sdk()).SageMakerClient, ctx.region);
const base = (ctx, id, arn) => ({ id, arn, name: id, account: ctx.account, region: ctx.region, tags: {} });
/** The List and Describe calls of each kind of Model Monitor job definition. */
const KINDS = [
    {
        kind: 'data-quality',
        list: (s, client) => s.paginateListDataQualityJobDefinitions({ client, pageSize: 100 }, {}),
        describe: async (s, client, name) => {
            const r = await client.send(new s.DescribeDataQualityJobDefinitionCommand({ JobDefinitionName: name }));
            return { ...r, output: r.DataQualityJobOutputConfig };
        },
    },
    {
        kind: 'model-quality',
        list: (s, client) => s.paginateListModelQualityJobDefinitions({ client, pageSize: 100 }, {}),
        describe: async (s, client, name) => {
            const r = await client.send(new s.DescribeModelQualityJobDefinitionCommand({ JobDefinitionName: name }));
            return { ...r, output: r.ModelQualityJobOutputConfig };
        },
    },
    {
        kind: 'model-bias',
        list: (s, client) => s.paginateListModelBiasJobDefinitions({ client, pageSize: 100 }, {}),
        describe: async (s, client, name) => {
            const r = await client.send(new s.DescribeModelBiasJobDefinitionCommand({ JobDefinitionName: name }));
            return { ...r, output: r.ModelBiasJobOutputConfig };
        },
    },
    {
        kind: 'model-explainability',
        list: (s, client) => s.paginateListModelExplainabilityJobDefinitions({ client, pageSize: 100 }, {}),
        describe: async (s, client, name) => {
            const r = await client.send(new s.DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName: name }));
            return { ...r, output: r.ModelExplainabilityJobOutputConfig };
        },
    },
];
export const sagemakerMonitoringJobDefinitions = defineCollector({
    id: 'sagemaker.monitoringJobDefinitions',
    scope: 'regional',
    iamActions: [
        'sagemaker:ListDataQualityJobDefinitions',
        'sagemaker:DescribeDataQualityJobDefinition',
        'sagemaker:ListModelQualityJobDefinitions',
        'sagemaker:DescribeModelQualityJobDefinition',
        'sagemaker:ListModelBiasJobDefinitions',
        'sagemaker:DescribeModelBiasJobDefinition',
        'sagemaker:ListModelExplainabilityJobDefinitions',
        'sagemaker:DescribeModelExplainabilityJobDefinition',
    ],
    produces: ['AWS::SageMaker::MonitoringJobDefinition'],
    async collect(ctx) {
        const s = await sdk();
        const client = await sagemaker(ctx);
        const out = [];
        for (const k of KINDS) {
            const list = [];
            for await (const page of k.list(s, client))
                list.push(...(page.JobDefinitionSummaries ?? []));
            const described = await mapLimit(list, 5, async (sum) => ({ sum, d: await detail(() => k.describe(s, client, sum.MonitoringJobDefinitionName)) }));
            for (const { sum, d } of described) {
                // Deleted between List and Describe.
                if (d.ok && !d.value)
                    continue;
                const j = d.ok ? d.value : undefined;
                const cluster = j?.JobResources?.ClusterConfig;
                out.push({
                    ...base(ctx, sum.MonitoringJobDefinitionName, sum.MonitoringJobDefinitionArn),
                    type: 'AWS::SageMaker::MonitoringJobDefinition',
                    kind: k.kind,
                    endpointName: sum.EndpointName,
                    roleArn: j?.RoleArn,
                    instanceType: cluster?.InstanceType,
                    instanceCount: cluster?.InstanceCount,
                    volumeKmsKeyId: cluster?.VolumeKmsKeyId || undefined,
                    outputKmsKeyId: j?.output?.KmsKeyId || undefined,
                    enableNetworkIsolation: j ? (j.NetworkConfig?.EnableNetworkIsolation ?? false) : undefined,
                    enableInterContainerTrafficEncryption: j ? (j.NetworkConfig?.EnableInterContainerTrafficEncryption ?? false) : undefined,
                    describeError: d.ok ? undefined : `Describe ${k.kind} job definition: ${d.error}`,
                });
            }
        }
        return out;
    },
});
const decode = (hooks) => (hooks ?? []).map((h) => (h.Content ? Buffer.from(h.Content, 'base64').toString('utf8') : '')).filter((t) => t.length > 0);
export const sagemakerNotebookLifecycleConfigs = defineCollector({
    id: 'sagemaker.notebookLifecycleConfigs',
    scope: 'regional',
    iamActions: ['sagemaker:ListNotebookInstanceLifecycleConfigs', 'sagemaker:DescribeNotebookInstanceLifecycleConfig'],
    produces: ['AWS::SageMaker::NotebookLifecycleConfig'],
    async collect(ctx) {
        const { paginateListNotebookInstanceLifecycleConfigs, DescribeNotebookInstanceLifecycleConfigCommand } = await sdk();
        const client = await sagemaker(ctx);
        const list = [];
        for await (const page of paginateListNotebookInstanceLifecycleConfigs({ client, pageSize: 100 }, {}))
            list.push(...(page.NotebookInstanceLifecycleConfigs ?? []));
        const out = await mapLimit(list, 5, async (sum) => {
            const name = sum.NotebookInstanceLifecycleConfigName;
            const d = await detail(() => client.send(new DescribeNotebookInstanceLifecycleConfigCommand({ NotebookInstanceLifecycleConfigName: name })));
            if (d.ok && !d.value)
                return undefined;
            return {
                ...base(ctx, name, sum.NotebookInstanceLifecycleConfigArn),
                type: 'AWS::SageMaker::NotebookLifecycleConfig',
                onCreate: d.ok ? decode(d.value.OnCreate) : [],
                onStart: d.ok ? decode(d.value.OnStart) : [],
                describeError: d.ok ? undefined : `DescribeNotebookInstanceLifecycleConfig: ${d.error}`,
            };
        });
        return out.filter((x) => x !== undefined);
    },
});
export const sagemakerMonitoringCollectors = [sagemakerMonitoringJobDefinitions, sagemakerNotebookLifecycleConfigs];
