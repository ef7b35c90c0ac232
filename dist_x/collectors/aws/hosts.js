import { listLaunchTemplates } from './launchTemplates.js';
import { failed, ok } from '../../inventory/base.js';
import { classifyAwsError, isNotFound } from '../../aws/errors.js';
import { userDataSecrets } from '../../analysis/secrets/userDataSecrets.js';
import { defineCollector } from '../defineCollector.js';
import { collectAll, detail, iso, mapLimit, tagMap } from '../util.js';
import { userDataText } from './dlc.js';
const ec2Sdk = () => import('@aws-sdk/client-ec2');
const ec2 = async (ctx) => ctx.clients.get((await ec2Sdk()).EC2Client, ctx.region);
const base = (ctx, id, arn, name) => ({ id, arn, name: name ?? id, account: ctx.account, region: ctx.region, tags: {} });
/** The instances ec2.instances found in this region. */
const instancesHere = (ctx) => ctx.collectedSoFar('AWS::EC2::Instance').filter((r) => r.type === 'AWS::EC2::Instance' && r.region === ctx.region && r.account === ctx.account);
/** Decodes user data and keeps only what the secret scan found: the inventory never holds user data. */
export const scanUserData = (b64) => userDataSecrets(userDataText(b64));
const imageFacts = (i) => ({
    name: i.Name,
    ownerId: i.OwnerId,
    ownerAlias: i.ImageOwnerAlias,
    creationDate: i.CreationDate,
    deprecationTime: i.DeprecationTime,
    state: i.State,
});
/** DescribeImages accepts many ids per call; 100 keeps requests small enough to retry. */
const IMAGE_BATCH = 100;
export const ec2Images = defineCollector({
    id: 'ec2.images',
    scope: 'regional',
    iamActions: ['ec2:DescribeImages'],
    produces: ['AWS::EC2::Image'],
    dependsOn: ['ec2.instances'],
    async collect(ctx) {
        const { DescribeImagesCommand } = await ec2Sdk();
        const client = await ec2(ctx);
        const ids = [...new Set(instancesHere(ctx).map((i) => i.imageId).filter(Boolean))];
        const found = new Map();
        // Deprecated and disabled AMIs of other owners are left out unless asked for: exactly the ones this data is for.
        const describe = async (ImageIds) => (await client.send(new DescribeImagesCommand({ ImageIds, IncludeDeprecated: true, IncludeDisabled: true }))).Images ?? [];
        for (let i = 0; i < ids.length; i += IMAGE_BATCH) {
            const chunk = ids.slice(i, i + IMAGE_BATCH);
            try {
                for (const img of await describe(chunk))
                    if (img.ImageId)
                        found.set(img.ImageId, ok(imageFacts(img)));
            }
            catch (e) {
                // One unknown id fails the whole call (InvalidAMIID.NotFound): ask for each id alone.
                if (!isNotFound(e)) {
                    for (const id of chunk)
                        found.set(id, failed(classifyAwsError(e).message));
                    continue;
                }
                if (chunk.length === 1) {
                    // The call was already about this id alone: it does not exist (or is no longer visible).
                    found.set(chunk[0], ok(null));
                    continue;
                }
                await mapLimit(chunk, 4, async (id) => {
                    const d = await detail(async () => (await describe([id]))[0]);
                    found.set(id, d.ok ? ok(d.value ? imageFacts(d.value) : null) : d);
                });
            }
        }
        return ids.map((id) => {
            // Not returned for an id that was asked for: deregistered (recently, or long ago) or no longer shared.
            const image = found.get(id) ?? ok(null);
            return { ...base(ctx, id, `arn:aws:ec2:${ctx.region}::image/${id}`, image.ok ? image.value?.name : undefined), type: 'AWS::EC2::Image', image };
        });
    },
});
export const ec2InstanceUserData = defineCollector({
    id: 'ec2.instanceUserData',
    scope: 'regional',
    iamActions: ['ec2:DescribeInstanceAttribute'],
    produces: ['AWS::EC2::InstanceUserData'],
    dependsOn: ['ec2.instances'],
    async collect(ctx) {
        const { DescribeInstanceAttributeCommand } = await ec2Sdk();
        const client = await ec2(ctx);
        // EC2 has no batch call for user data: one DescribeInstanceAttribute per instance.
        return mapLimit(instancesHere(ctx), 5, async (i) => {
            const d = await detail(async () => (await client.send(new DescribeInstanceAttributeCommand({ InstanceId: i.id, Attribute: 'userData' }))).UserData?.Value);
            return {
                ...base(ctx, i.id, i.arn, i.name),
                type: 'AWS::EC2::InstanceUserData',
                hits: d.ok ? ok(d.value ? scanUserData(d.value) : null) : d,
            };
        });
    },
});
export const ec2LaunchTemplateUserData = defineCollector({
    id: 'ec2.launchTemplateUserData',
    scope: 'regional',
    iamActions: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
    produces: ['AWS::EC2::LaunchTemplateUserData'],
    async collect(ctx) {
        const { paginateDescribeLaunchTemplateVersions } = await ec2Sdk();
        const client = await ec2(ctx);
        const templates = await listLaunchTemplates(client);
        return mapLimit(templates, 5, async (t) => {
            const id = t.LaunchTemplateId;
            // Every version, not only the default: any version's user data is readable and launchable.
            const versions = await detail(async () => {
                const out = [];
                for await (const page of paginateDescribeLaunchTemplateVersions({ client, pageSize: 200 }, { LaunchTemplateId: id }))
                    for (const v of page.LaunchTemplateVersions ?? []) {
                        const data = v.LaunchTemplateData?.UserData;
                        out.push({ version: v.VersionNumber ?? 0, hasUserData: !!data, hits: data ? scanUserData(data) : [] });
                    }
                return out;
            });
            return {
                ...base(ctx, id, `arn:aws:ec2:${ctx.region}:${ctx.account}:launch-template/${id}`, t.LaunchTemplateName),
                tags: tagMap(t.Tags),
                type: 'AWS::EC2::LaunchTemplateUserData',
                defaultVersion: t.DefaultVersionNumber,
                versions,
            };
        });
    },
});
export const iamInstanceProfiles = defineCollector({
    id: 'iam.instanceProfiles',
    scope: 'global',
    iamActions: ['iam:ListInstanceProfiles'],
    produces: ['AWS::IAM::InstanceProfile'],
    async collect(ctx) {
        const { IAMClient, paginateListInstanceProfiles } = await import('@aws-sdk/client-iam');
        const client = ctx.clients.get(IAMClient, ctx.apiRegion);
        const out = [];
        for await (const page of paginateListInstanceProfiles({ client, pageSize: 1000 }, {}))
            for (const p of page.InstanceProfiles ?? [])
                out.push({
                    ...base(ctx, p.InstanceProfileName, p.Arn),
                    tags: tagMap(p.Tags),
                    type: 'AWS::IAM::InstanceProfile',
                    roleArns: (p.Roles ?? []).map((r) => r.Arn).filter(Boolean),
                });
        return out;
    },
});
const SEVERE = ['HIGH', 'CRITICAL'];
export const inspector2Findings = defineCollector({
    id: 'inspector2.findings',
    scope: 'regional',
    iamActions: ['inspector2:BatchGetAccountStatus', 'inspector2:ListFindings', 'inspector2:ListCoverage'],
    produces: ['AWS::Inspector2::Scanning'],
    async collect(ctx) {
        const { Inspector2Client, BatchGetAccountStatusCommand, paginateListFindings, paginateListCoverage } = await import('@aws-sdk/client-inspector2');
        const client = ctx.clients.get(Inspector2Client, ctx.region);
        const status = await client.send(new BatchGetAccountStatusCommand({ accountIds: [ctx.account] }));
        const failedAccount = status.failedAccounts?.find((f) => f.accountId === ctx.account);
        if (failedAccount)
            throw new Error(`BatchGetAccountStatus: ${failedAccount.errorCode ?? 'error'} ${failedAccount.errorMessage ?? ''}`.trim());
        const state = status.accounts?.find((a) => a.accountId === ctx.account)?.resourceState;
        const ec2Status = state?.ec2?.status ?? 'DISABLED';
        let ec2Findings = ok(null);
        let ec2Coverage = ok(null);
        if (ec2Status === 'ENABLED') {
            ec2Findings = await detail(async () => {
                const byInstance = new Map();
                const filterCriteria = {
                    findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
                    resourceType: [{ comparison: 'EQUALS', value: 'AWS_EC2_INSTANCE' }],
                    severity: SEVERE.map((value) => ({ comparison: 'EQUALS', value })),
                };
                for (const page of await collectAll(paginateListFindings({ client, pageSize: 100 }, { filterCriteria })))
                    for (const f of page.findings ?? [])
                        for (const r of f.resources ?? []) {
                            if (r.type !== 'AWS_EC2_INSTANCE' || !r.id)
                                continue;
                            const e = byInstance.get(r.id) ?? { instanceId: r.id, critical: 0, high: 0, vulnerabilities: [] };
                            if (f.severity === 'CRITICAL')
                                e.critical++;
                            else if (f.severity === 'HIGH')
                                e.high++;
                            else
                                continue;
                            const vuln = f.packageVulnerabilityDetails?.vulnerabilityId ?? f.title;
                            if (vuln && e.vulnerabilities.length < 10 && !e.vulnerabilities.includes(vuln))
                                e.vulnerabilities.push(vuln);
                            byInstance.set(r.id, e);
                        }
                return [...byInstance.values()];
            });
            ec2Coverage = await detail(async () => {
                const out = [];
                const filterCriteria = { resourceType: [{ comparison: 'EQUALS', value: 'AWS_EC2_INSTANCE' }] };
                for await (const page of paginateListCoverage({ client, pageSize: 200 }, { filterCriteria }))
                    for (const c of page.coveredResources ?? [])
                        if (c.resourceId)
                            out.push({ instanceId: c.resourceId, statusCode: c.scanStatus?.statusCode ?? 'UNKNOWN', reason: c.scanStatus?.reason });
                return out;
            });
        }
        return [
            {
                ...base(ctx, `${ctx.account}/${ctx.region}`, `arn:aws:inspector2:${ctx.region}:${ctx.account}:scanning`, `Inspector ${ctx.region}`),
                type: 'AWS::Inspector2::Scanning',
                ec2Status,
                ecrStatus: state?.ecr?.status ?? 'DISABLED',
                ec2Findings,
                ec2Coverage,
            },
        ];
    },
});
function latestImageOf(images) {
    let latest;
    for (const i of images)
        if (!latest || (i.imagePushedAt?.getTime() ?? 0) > (latest.imagePushedAt?.getTime() ?? 0))
            latest = i;
    if (!latest?.imageDigest)
        return null;
    const summary = latest.imageScanFindingsSummary;
    return {
        digest: latest.imageDigest,
        tags: latest.imageTags ?? [],
        pushedAt: iso(latest.imagePushedAt),
        scanStatus: latest.imageScanStatus?.status,
        scanStatusDescription: latest.imageScanStatus?.description,
        severityCounts: summary ? { ...(summary.findingSeverityCounts ?? {}) } : undefined,
        scanCompletedAt: iso(summary?.imageScanCompletedAt),
    };
}
export const ecrLatestImages = defineCollector({
    id: 'ecr.latestImages',
    scope: 'regional',
    iamActions: ['ecr:DescribeImages'],
    produces: ['AWS::ECR::LatestImage'],
    dependsOn: ['ecr.repositories'],
    async collect(ctx) {
        const { ECRClient, paginateDescribeImages } = await import('@aws-sdk/client-ecr');
        const client = ctx.clients.get(ECRClient, ctx.region);
        const repos = ctx.collectedSoFar('AWS::ECR::Repository').filter((r) => r.type === 'AWS::ECR::Repository' && r.region === ctx.region && r.account === ctx.account);
        return mapLimit(repos, 5, async (r) => {
            // DescribeImages carries each image's scan status and severity counts: no per-image DescribeImageScanFindings call.
            const image = await detail(async () => {
                const images = [];
                for await (const page of paginateDescribeImages({ client, pageSize: 1000 }, { repositoryName: r.id }))
                    images.push(...(page.imageDetails ?? []));
                return latestImageOf(images);
            });
            return { ...base(ctx, r.id, r.arn, r.name), type: 'AWS::ECR::LatestImage', image };
        });
    },
});
/** Host hygiene: AMIs, user data, instance profiles, Inspector, latest ECR images. */
export const hostCollectors = [ec2Images, ec2InstanceUserData, ec2LaunchTemplateUserData, iamInstanceProfiles, inspector2Findings, ecrLatestImages];
