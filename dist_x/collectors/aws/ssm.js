import { defineCollector } from '../defineCollector.js';
import { iso } from '../util.js';
const sdk = () => import('@aws-sdk/client-ssm');
const ssm = async (ctx) => ctx.clients.get((await sdk()).SSMClient, ctx.region);
export const ssmManagedInstances = defineCollector({
    id: 'ssm.managedInstances',
    scope: 'regional',
    iamActions: ['ssm:DescribeInstanceInformation'],
    produces: ['AWS::SSM::ManagedInstance'],
    async collect(ctx) {
        const { paginateDescribeInstanceInformation } = await sdk();
        const out = [];
        // 50 is the operation's largest page.
        for await (const page of paginateDescribeInstanceInformation({ client: await ssm(ctx), pageSize: 50 }, {}))
            for (const i of page.InstanceInformationList ?? []) {
                if (!i.InstanceId)
                    continue;
                out.push({
                    id: i.InstanceId,
                    arn: i.InstanceId.startsWith('i-') ? `arn:aws:ec2:${ctx.region}:${ctx.account}:instance/${i.InstanceId}` : `arn:aws:ssm:${ctx.region}:${ctx.account}:managed-instance/${i.InstanceId}`,
                    name: i.ComputerName ?? i.Name ?? i.InstanceId,
                    account: ctx.account,
                    region: ctx.region,
                    tags: {},
                    type: 'AWS::SSM::ManagedInstance',
                    pingStatus: i.PingStatus,
                    lastPingDateTime: iso(i.LastPingDateTime),
                    agentVersion: i.AgentVersion,
                    resourceType: i.ResourceType,
                    platformName: i.PlatformName,
                });
            }
        return out;
    },
});
export const ssmCollectors = [ssmManagedInstances];
