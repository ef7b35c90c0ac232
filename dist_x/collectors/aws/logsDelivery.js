import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, parsePolicy } from '../util.js';
const sdk = () => import('@aws-sdk/client-cloudwatch-logs');
const logs = async (ctx) => ctx.clients.get((await sdk()).CloudWatchLogsClient, ctx.region);
/** Subscription destinations: DescribeDestinations returns each one's access policy inline. */
export const logsDestinations = defineCollector({
    id: 'logs.destinations',
    scope: 'regional',
    iamActions: ['logs:DescribeDestinations'],
    produces: ['AWS::Logs::Destination'],
    async collect(ctx) {
        const { paginateDescribeDestinations } = await sdk();
        const out = [];
        for await (const page of paginateDescribeDestinations({ client: await logs(ctx), pageSize: 50 }, {}))
            for (const d of page.destinations ?? [])
                out.push({
                    id: d.destinationName,
                    arn: d.arn,
                    name: d.destinationName,
                    account: ctx.account,
                    region: ctx.region,
                    tags: {},
                    type: 'AWS::Logs::Destination',
                    targetArn: d.targetArn,
                    roleArn: d.roleArn,
                    accessPolicy: parsePolicy(d.accessPolicy),
                });
        return out;
    },
});
/**
 * Delivery destinations (vended logs). Their policy is a separate call per destination; a failed
 * call is kept on that destination so the others are still judged.
 */
export const logsDeliveryDestinations = defineCollector({
    id: 'logs.deliveryDestinations',
    scope: 'regional',
    iamActions: ['logs:DescribeDeliveryDestinations', 'logs:GetDeliveryDestinationPolicy'],
    produces: ['AWS::Logs::DeliveryDestination'],
    async collect(ctx) {
        const { paginateDescribeDeliveryDestinations, GetDeliveryDestinationPolicyCommand } = await sdk();
        const client = await logs(ctx);
        const list = [];
        for await (const page of paginateDescribeDeliveryDestinations({ client, pageSize: 50 }, {}))
            list.push(...(page.deliveryDestinations ?? []));
        return mapLimit(list, 4, async (d) => ({
            id: d.name,
            arn: d.arn,
            name: d.name,
            account: ctx.account,
            region: ctx.region,
            tags: { ...(d.tags ?? {}) },
            type: 'AWS::Logs::DeliveryDestination',
            deliveryDestinationType: d.deliveryDestinationType,
            destinationResourceArn: d.deliveryDestinationConfiguration?.destinationResourceArn,
            policy: await detail(async () => {
                const res = await client.send(new GetDeliveryDestinationPolicyCommand({ deliveryDestinationName: d.name }));
                return res.policy?.deliveryDestinationPolicy ? parsePolicy(res.policy.deliveryDestinationPolicy) : null;
            }),
        }));
    },
});
export const logsDeliveryCollectors = [logsDestinations, logsDeliveryDestinations];
