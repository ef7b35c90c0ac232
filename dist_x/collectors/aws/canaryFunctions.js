import { failed } from '../../inventory/base.js';
import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit } from '../util.js';
const sdk = () => import('@aws-sdk/client-lambda');
/**
 * The Lambda function behind each canary. Synthetics keeps a canary's environment variables on
 * that function: CreateCanary/UpdateCanary take RunConfig.EnvironmentVariables, but GetCanary and
 * DescribeCanaries return a RunConfig without them. GetFunctionConfiguration on the canary's
 * EngineArn (a qualified function ARN) shows them. Only the configuration is read, never the code.
 */
export const syntheticsCanaryFunctions = defineCollector({
    id: 'synthetics.canaryFunctions',
    scope: 'regional',
    iamActions: ['lambda:GetFunctionConfiguration'],
    produces: ['AWS::Synthetics::CanaryFunction'],
    dependsOn: ['synthetics.canaries'],
    async collect(ctx) {
        const canaries = ctx.collectedSoFar('AWS::Synthetics::Canary').filter((c) => c.account === ctx.account && c.region === ctx.region);
        if (!canaries.length)
            return [];
        const { LambdaClient, GetFunctionConfigurationCommand } = await sdk();
        const client = ctx.clients.get(LambdaClient, ctx.region);
        return mapLimit(canaries, 4, async (c) => {
            let environment;
            if (!c.engineArn)
                environment = failed('the canary reports no EngineArn (its Lambda function), so its environment variables cannot be read');
            else {
                const read = await detail(() => client.send(new GetFunctionConfigurationCommand({ FunctionName: c.engineArn })));
                if (!read.ok)
                    environment = read;
                else if (!read.value)
                    environment = failed(`the canary's function ${c.engineArn} was not found`);
                else if (read.value.Environment?.Error)
                    environment = failed(`Lambda could not return the environment: ${read.value.Environment.Error.ErrorCode ?? ''} ${read.value.Environment.Error.Message ?? ''}`.trim());
                else
                    environment = { ok: true, value: { ...(read.value.Environment?.Variables ?? {}) } };
            }
            return { id: c.id, arn: c.engineArn, name: c.name, account: ctx.account, region: ctx.region, tags: {}, type: 'AWS::Synthetics::CanaryFunction', canaryName: c.name ?? c.id, engineArn: c.engineArn, environment };
        });
    },
});
