import { ClientFactory } from '../aws/clientFactory.js';
import { classifyAwsError } from '../aws/errors.js';
import type { CollectorDefinition } from '../collectors/defineCollector.js';
import { collectAccount } from '../collectors/run.js';
import { PostureError } from '../core/errors.js';
import type { CollectionStatus, SavedInventory } from '../inventory/schema.js';

export interface LiveOptions {
  regions?: string[];
  profile?: string;
  collectors: CollectorDefinition[];
  limits?: { maxRps?: number; serviceRps?: number; requestTimeoutMs?: number };
  onUnitDone?: (s: CollectionStatus, done: number, total: number) => void;
  onMessage?: (text: string) => void;
}

/** The region global calls go to: the configured one, else us-east-1. */
export function homeRegion(): string {
  return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

export async function collectLive(opts: LiveOptions): Promise<{ inventory: SavedInventory; clients: ClientFactory }> {
  if (opts.profile) process.env.AWS_PROFILE = opts.profile;
  const clients = new ClientFactory({ profile: opts.profile, ...opts.limits });
  const apiRegion = opts.regions?.[0] ?? homeRegion();
  const account = await callerAccount(clients, apiRegion);
  const regions = opts.regions?.length ? opts.regions : await enabledRegions(clients, apiRegion);
  opts.onMessage?.(`Scanning account ${account} in ${regions.length} region(s) with ${opts.collectors.length} collector(s)`);
  const inventory = await collectAccount({ clients, account, regions, collectors: opts.collectors, apiRegion, onUnitDone: opts.onUnitDone });
  return { inventory, clients };
}

async function callerAccount(clients: ClientFactory, region: string): Promise<string> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  try {
    const id = await clients.get(STSClient, region).send(new GetCallerIdentityCommand({}));
    if (!id.Account) throw new Error('no account in the answer');
    return id.Account;
  } catch (e) {
    throw new PostureError(`cannot identify the AWS account (sts:GetCallerIdentity): ${classifyAwsError(e).message}. Check your credentials or --profile.`);
  }
}

/** The regions enabled for the account (opt-in regions only when opted in). */
async function enabledRegions(clients: ClientFactory, region: string): Promise<string[]> {
  const { EC2Client, DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  try {
    const res = await clients.get(EC2Client, region).send(new DescribeRegionsCommand({ AllRegions: false }));
    const names = (res.Regions ?? []).filter((r) => r.OptInStatus !== 'not-opted-in').map((r) => r.RegionName!).filter(Boolean);
    if (!names.length) throw new Error('no regions returned');
    return names.sort();
  } catch (e) {
    throw new PostureError(`cannot list the account's regions (ec2:DescribeRegions): ${classifyAwsError(e).message}. Name them with --region.`);
  }
}
