import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, parsePolicy } from '../util.js';
const sdk = () => import('@aws-sdk/client-sns');
const sns = async (ctx) => ctx.clients.get((await sdk()).SNSClient, ctx.region);
export const snsTopics = defineCollector({
    id: 'sns.topics',
    scope: 'regional',
    iamActions: ['sns:ListTopics', 'sns:GetTopicAttributes'],
    produces: ['AWS::SNS::Topic'],
    async collect(ctx) {
        const { paginateListTopics, GetTopicAttributesCommand } = await sdk();
        const client = await sns(ctx);
        const arns = [];
        for await (const page of paginateListTopics({ client }, {}))
            for (const t of page.Topics ?? [])
                if (t.TopicArn)
                    arns.push(t.TopicArn);
        return mapLimit(arns, 8, async (TopicArn) => {
            const name = TopicArn.split(':').pop();
            return {
                id: name,
                arn: TopicArn,
                name,
                account: ctx.account,
                region: ctx.region,
                tags: {},
                type: 'AWS::SNS::Topic',
                attributes: await detail(async () => {
                    const a = (await client.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes ?? {};
                    return {
                        kmsMasterKeyId: a.KmsMasterKeyId || undefined,
                        policy: a.Policy ? parsePolicy(a.Policy) : undefined,
                        subscriptionsConfirmed: Number.parseInt(a.SubscriptionsConfirmed ?? '0', 10) || 0,
                    };
                }),
            };
        });
    },
});
export const snsCollectors = [snsTopics];
