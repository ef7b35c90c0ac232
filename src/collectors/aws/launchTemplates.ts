import type * as EC2 from '@aws-sdk/client-ec2';
import { oncePerClient } from '../util.js';

/** ec2.launchTemplates and ec2.launchTemplateUserData both start from the region's templates: one listing per client. */
const listings = new WeakMap<EC2.EC2Client, Promise<EC2.LaunchTemplate[]>>();

export function listLaunchTemplates(client: EC2.EC2Client): Promise<EC2.LaunchTemplate[]> {
  return oncePerClient(listings, client, async () => {
    const { paginateDescribeLaunchTemplates } = await import('@aws-sdk/client-ec2');
    const templates: EC2.LaunchTemplate[] = [];
    for await (const page of paginateDescribeLaunchTemplates({ client, pageSize: 200 }, {})) templates.push(...(page.LaunchTemplates ?? []).filter((t) => t.LaunchTemplateId));
    return templates;
  });
}
