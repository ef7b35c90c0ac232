import { oncePerClient } from '../util.js';
/** ec2.launchTemplates and ec2.launchTemplateUserData both start from the region's templates: one listing per client. */
const listings = new WeakMap();
export function listLaunchTemplates(client) {
    return oncePerClient(listings, client, async () => {
        const { paginateDescribeLaunchTemplates } = await import('@aws-sdk/client-ec2');
        const templates = [];
        for await (const page of paginateDescribeLaunchTemplates({ client, pageSize: 200 }, {}))
            templates.push(...(page.LaunchTemplates ?? []).filter((t) => t.LaunchTemplateId));
        return templates;
    });
}
