import type { ClientFactory } from '../aws/clientFactory.js';
import type { Resource, ResourceType } from '../inventory/schema.js';

export interface CollectContext {
  account: string;
  /** The region to collect, or 'global' for global collectors. */
  region: string;
  /** A region to send global calls to (IAM, S3 bucket list). */
  apiRegion: string;
  clients: ClientFactory;
  /** What collectors this one depends on produced for the same account (all regions). */
  collectedSoFar: (type: ResourceType) => Resource[];
}

export interface CollectorDefinition {
  /** `<service>.<what>`, e.g. `ec2.securityGroups`. Rules name it in `requires`. */
  id: string;
  scope: 'regional' | 'global';
  /** The IAM actions the collector needs; they make up the scanner's least-privilege policy. */
  iamActions: string[];
  /** The resource types it fills. */
  produces: ResourceType[];
  /** Collectors whose output this one reads (it runs after them). */
  dependsOn?: string[];
  collect(ctx: CollectContext): Promise<Resource[]>;
}

export function defineCollector<const C extends CollectorDefinition>(c: C): C {
  return c;
}
