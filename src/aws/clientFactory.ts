import { CallStats } from './callStats.js';
import { TokenBucket } from './rateLimit.js';
import { assertReadOnly } from './readOnly.js';

/** Any SDK v3 client: constructed from a config, carrying a middleware stack. */
interface SdkClient {
  // Typed loosely: clients built on different @smithy/types versions (Synthetics) must fit too.
  middlewareStack: { add(middleware: any, options: any): void; addRelativeTo(middleware: any, options: any): void };
  destroy(): void;
}
type ClientCtor<C extends SdkClient> = new (config: Record<string, unknown>) => C;

export interface ClientFactoryOptions {
  /** Named profile of the shared config files; otherwise the default provider chain. */
  profile?: string;
  /** Most requests in flight at once across the whole scan. */
  maxConcurrency?: number;
  maxAttempts?: number;
  stats?: CallStats;
  /** Credentials to use instead of the default chain (assumed roles). */
  credentials?: unknown;
  /** Cap on requests per second over the whole scan, retries included (`--max-rps`). */
  maxRps?: number;
  /**
   * A request budget shared with other processes (a queued scan's `--max-rps`), taken last, right
   * before the request is signed and sent, so a slot it grants is not spent waiting on the local limits.
   */
  sharedBudget?: { take(): Promise<void> };
  /** Requests per second to any one service API (conservative by default, so a scan never starves production). */
  serviceRps?: number;
  /** Per-attempt HTTP timeout; a hung endpoint then fails the attempt and is retried. */
  requestTimeoutMs?: number;
}

export const DEFAULT_SERVICE_RPS = 20;

interface SharedLimits {
  stats: CallStats;
  gate: { inFlight: number; waiting: Array<() => void> };
  overall?: TokenBucket;
  perService: Map<string, TokenBucket>;
}

/**
 * The one place AWS clients are made. Every client gets: the region, the credential chain,
 * adaptive retry, a scan-wide limit on requests in flight, per-operation call counts, and the
 * read-only guard that refuses anything but reads before a request is signed.
 */
export class ClientFactory {
  readonly stats: CallStats;
  private readonly clients = new Map<string, SdkClient>();
  /** Shared by every factory derived with `withCredentials`, so limits hold across accounts. */
  private readonly gate: { inFlight: number; waiting: Array<() => void> };
  private readonly maxConcurrency: number;

  private readonly overall?: TokenBucket;
  private readonly perService: Map<string, TokenBucket>;

  constructor(
    private readonly options: ClientFactoryOptions = {},
    shared?: SharedLimits,
  ) {
    this.stats = shared?.stats ?? options.stats ?? new CallStats();
    this.maxConcurrency = options.maxConcurrency ?? 16;
    this.gate = shared?.gate ?? { inFlight: 0, waiting: [] };
    this.perService = shared?.perService ?? new Map();
    // A cap the user sets is a promise: no burst above it, requests evenly spaced.
    this.overall = shared ? shared.overall : options.maxRps ? new TokenBucket(options.maxRps, 1) : undefined;
  }

  /** A factory for another identity (an assumed role) that shares this one's limits and counts. */
  withCredentials(credentials: unknown): ClientFactory {
    return new ClientFactory({ ...this.options, profile: undefined, credentials }, { stats: this.stats, gate: this.gate, overall: this.overall, perService: this.perService });
  }

  private bucketFor(service: string): TokenBucket {
    let b = this.perService.get(service);
    if (!b) this.perService.set(service, (b = new TokenBucket(this.options.serviceRps ?? DEFAULT_SERVICE_RPS)));
    return b;
  }

  get<C extends SdkClient>(Ctor: ClientCtor<C>, region: string): C {
    const key = `${Ctor.name}\u0000${region}`;
    const cached = this.clients.get(key);
    if (cached) return cached as C;
    const config: Record<string, unknown> = {
      region,
      retryMode: 'adaptive',
      maxAttempts: this.options.maxAttempts ?? 5,
      // S3 on a custom endpoint (moto, LocalStack, MinIO) cannot use virtual-hosted bucket names.
      forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL),
      requestHandler: { connectionTimeout: 5_000, requestTimeout: this.options.requestTimeoutMs ?? 30_000, throwOnRequestTimeout: true },
    };
    if (this.options.profile) config.profile = this.options.profile;
    if (this.options.credentials) config.credentials = this.options.credentials;
    const client = new Ctor(config);
    this.install(client);
    this.clients.set(key, client);
    return client;
  }

  private install(client: SdkClient): void {
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
        const service = String(context.clientName ?? 'aws').replace(/Client$/, '');
        const operation = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        assertReadOnly(service, operation);
        await this.acquire();
        try {
          const result = await next(args);
          this.stats.record(service, operation, false);
          return result;
        } catch (error) {
          this.stats.record(service, operation, true);
          throw error;
        } finally {
          this.release();
        }
      },
      { step: 'initialize', name: 'postureReadOnlyGuard', priority: 'high' },
    );
    // Placed between the retry middleware and signing: it runs once per attempt (inside the retry
    // loop), so limits and counts see every request that goes on the wire, retries included; and a
    // request waits for its turn before it is signed, so a long wait cannot outlast the signature.
    client.middlewareStack.addRelativeTo(
      (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
        const service = String(context.clientName ?? 'aws').replace(/Client$/, '');
        await this.bucketFor(service).take();
        await this.overall?.take();
        await this.options.sharedBudget?.take();
        this.stats.attempt(service, String(context.commandName ?? 'unknown').replace(/Command$/, ''));
        return next(args);
      },
      { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'postureRateLimit' },
    );
  }

  private acquire(): Promise<void> {
    if (this.gate.inFlight < this.maxConcurrency) {
      this.gate.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.gate.waiting.push(() => (this.gate.inFlight++, resolve())));
  }

  private release(): void {
    this.gate.inFlight--;
    this.gate.waiting.shift()?.();
  }

  destroy(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }
}
