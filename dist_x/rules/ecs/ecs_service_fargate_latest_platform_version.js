import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** The newest Fargate platform versions (AWS Config ecs-fargate-latest-platform-version defaults). */
    latestLinuxVersion: z.string().default('1.4.0'),
    latestWindowsVersion: z.string().default('1.0.0'),
})
    .default({ latestLinuxVersion: '1.4.0', latestWindowsVersion: '1.0.0' });
export default defineRule({
    id: 'ecs_service_fargate_latest_platform_version',
    title: 'Fargate service runs on the latest platform version',
    service: 'ecs',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::ECS::Service',
    requires: ['ecs.services'],
    params,
    description: 'A service on Fargate (launch type FARGATE or a FARGATE / FARGATE_SPOT capacity provider) uses platform version LATEST or the newest version for its OS family (parameters latestLinuxVersion, latestWindowsVersion). Services on EC2 or external instances are not evaluated.',
    risk: 'Older Fargate platform versions miss kernel, runtime and agent security fixes that AWS ships only in new platform versions.',
    remediation: {
        text: 'In the Amazon ECS console, update the service, set Platform version to LATEST, and choose Force new deployment.',
        cli: 'aws ecs update-service --cluster <cluster> --service <service> --platform-version LATEST --force-new-deployment',
        terraform: 'resource "aws_ecs_service" "x" { platform_version = "LATEST" }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html',
    },
    references: ['AWS FSBP ECS.10'],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::ECS::Service', (s) => {
            const onFargate = s.launchType === 'FARGATE' || (s.capacityProviders ?? []).some((p) => p === 'FARGATE' || p === 'FARGATE_SPOT');
            if (!onFargate)
                return null;
            const version = s.platformVersion ?? 'LATEST';
            const windows = /^WINDOWS/i.test(s.platformFamily ?? '');
            const latest = windows ? params.latestWindowsVersion : params.latestLinuxVersion;
            return version === 'LATEST' || version === latest
                ? pass(resourceRef(s), `Fargate service ${named(s)} runs on platform version ${version}.`, { platformVersion: version })
                : fail(resourceRef(s), `Fargate service ${named(s)} is pinned to platform version ${version}; the latest ${windows ? 'Windows' : 'Linux'} version is ${latest}.`, {
                    platformVersion: version,
                    latest,
                });
        });
    },
});
