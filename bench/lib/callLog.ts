/**
 * Records every AWS call the collectors make, with what it asked for and how much came back, so
 * the benchmark can compare the calls made with the fewest the page sizes allow. It wraps
 * `ClientFactory.get` (benchmark only) to add one more middleware to each client; the factory's
 * own CallStats stay the count of record, and the benchmark checks the two agree.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import type { CollectorDefinition } from '../../src/collectors/defineCollector.js';
import { BATCH_LIMITS, PAGE_LIMITS, PAGE_SIZE_PARAMS, TOKEN_PARAMS, VOLATILE_PARAMS } from './pageLimits.js';

/** The collector whose `collect` a call was made from (see `attributed`). */
const currentCollector = new AsyncLocalStorage<string>();

/** The collectors, each running inside a context that names it, so calls can be attributed. */
export function attributed(collectors: CollectorDefinition[]): CollectorDefinition[] {
  return collectors.map((c) => ({ ...c, collect: (ctx) => currentCollector.run(c.id, () => c.collect(ctx)) }));
}

export interface LoggedCall {
  /** The collector that made it; undefined for the scan's own calls (identity, regions, accounts, assume-role). */
  collector?: string;
  /** Which factory (one per account: the caller's, then one per assumed role) sent it. */
  identity: number;
  region: string;
  op: string;
  /** The request without pagination token and page size: calls with equal `what` list the same thing. */
  what: string;
  /** The page size asked for, where the operation has one. */
  pageSize?: number;
  continued: boolean;
  /** List operations: items in the answer. Batch operations: resources named in the request. */
  items?: number;
  /** The request set a page size although the operation is not in PAGE_LIMITS. */
  unknownPageSize?: boolean;
  /** The request names something (a string or list member): a per-resource call, not one per account and region. */
  names: boolean;
  failed: boolean;
}

type Middleware = (next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>, context: { clientName?: string; commandName?: string }) => (args: { input: Record<string, unknown> }) => Promise<unknown>;

let installed = false;
let nextIdentity = 0;
const identities = new WeakMap<object, number>();
const instrumented = new WeakSet<object>();
export const callLog: LoggedCall[] = [];

export function instrumentClientFactory(): void {
  if (installed) return;
  installed = true;
  const get = ClientFactory.prototype.get;
  ClientFactory.prototype.get = function (this: ClientFactory, Ctor: never, region: string) {
    const client = get.call(this, Ctor, region) as { middlewareStack: { add(m: Middleware, o: object): void } };
    if (!instrumented.has(client)) {
      instrumented.add(client);
      if (!identities.has(this)) identities.set(this, nextIdentity++);
      const identity = identities.get(this)!;
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const service = String(context.clientName ?? 'aws').replace(/Client$/, '');
          const op = `${service}:${String(context.commandName ?? 'unknown').replace(/Command$/, '')}`;
          const limit = PAGE_LIMITS[op];
          const batch = BATCH_LIMITS[op];
          const rest: Record<string, unknown> = {};
          let continued = false;
          let unknownPageSize = false;
          for (const [k, v] of Object.entries(args.input ?? {})) {
            if (v === undefined || VOLATILE_PARAMS.has(k) || k === batch?.param) continue;
            if (TOKEN_PARAMS.has(k)) continued = true;
            else if (k !== limit?.param) rest[k] = v;
            if (!limit && PAGE_SIZE_PARAMS.has(k)) unknownPageSize = true;
          }
          // Credentials are resolved lazily, inside whichever collector first calls: AssumeRole is the scan's, not that collector's.
          const collector = service === 'STS' ? undefined : currentCollector.getStore();
          const names = Object.values(rest).some((v) => typeof v === 'string' || Array.isArray(v));
          const entry: LoggedCall = { collector, identity, region, op, what: JSON.stringify(rest), continued, failed: false, unknownPageSize, names };
          if (limit?.param) entry.pageSize = args.input?.[limit.param] as number | undefined;
          if (batch) entry.items = ((args.input?.[batch.param] as unknown[] | undefined) ?? []).length;
          callLog.push(entry);
          try {
            const res = await next(args);
            if (limit) entry.items = limit.items(res.output ?? {});
            return res;
          } catch (e) {
            entry.failed = true;
            throw e;
          }
        },
        { step: 'initialize', name: 'benchCallLog', priority: 'low' },
      );
    }
    return client;
  } as typeof get;
}

/** Forgets the calls logged so far (between the runs of one benchmark). */
export function clearCallLog(): void {
  callLog.length = 0;
}
