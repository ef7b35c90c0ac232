import { CallStats } from './callStats.js';
import { TokenBucket } from './rateLimit.js';
import { assertReadOnly } from './readOnly.js';
export const DEFAULT_SERVICE_RPS = 20;
/**
 * The one place AWS clients are made. Every client gets: the region, the credential chain,
 * adaptive retry, a scan-wide limit on requests in flight, per-operation call counts, and the
 * read-only guard that refuses anything but reads before a request is signed.
 */
export class ClientFactory {
    options;
    stats;
    clients = new Map();
    /** Shared by every factory derived with `withCredentials`, so limits hold across accounts. */
    gate;
    maxConcurrency;
    overall;
    perService;
    constructor(options = {}, shared) {
        this.options = options;
        this.stats = shared?.stats ?? options.stats ?? new CallStats();
        this.maxConcurrency = options.maxConcurrency ?? 16;
        this.gate = shared?.gate ?? { inFlight: 0, waiting: [] };
        this.perService = shared?.perService ?? new Map();
        // A cap the user sets is a promise: no burst above it, requests evenly spaced.
        this.overall = shared ? shared.overall : options.maxRps ? new TokenBucket(options.maxRps, 1) : undefined;
    }
    /** A factory for another identity (an assumed role) that shares this one's limits and counts. */
    withCredentials(credentials) {
        return new ClientFactory({ ...this.options, profile: undefined, credentials }, { stats: this.stats, gate: this.gate, overall: this.overall, perService: this.perService });
    }
    bucketFor(service) {
        let b = this.perService.get(service);
        if (!b)
            this.perService.set(service, (b = new TokenBucket(this.options.serviceRps ?? DEFAULT_SERVICE_RPS)));
        return b;
    }
    get(Ctor, region) {
        const key = `${Ctor.name}\u0000${region}`;
        const cached = this.clients.get(key);
        if (cached)
            return cached;
        const config = {
            region,
            retryMode: 'adaptive',
            maxAttempts: this.options.maxAttempts ?? 5,
            // S3 on a custom endpoint (moto, LocalStack, MinIO) cannot use virtual-hosted bucket names.
            forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL),
            requestHandler: { connectionTimeout: 5_000, requestTimeout: this.options.requestTimeoutMs ?? 30_000, throwOnRequestTimeout: true },
        };
        if (this.options.profile)
            config.profile = this.options.profile;
        if (this.options.credentials)
            config.credentials = this.options.credentials;
        const client = new Ctor(config);
        this.install(client);
        this.clients.set(key, client);
        return client;
    }
    install(client) {
        client.middlewareStack.add((next, context) => async (args) => {
            const service = String(context.clientName ?? 'aws').replace(/Client$/, '');
            const operation = String(context.commandName ?? 'unknown').replace(/Command$/, '');
            assertReadOnly(service, operation);
            await this.acquire();
            try {
                const result = await next(args);
                this.stats.record(service, operation, false);
                return result;
            }
            catch (error) {
                this.stats.record(service, operation, true);
                throw error;
            }
            finally {
                this.release();
            }
        }, { step: 'initialize', name: 'postureReadOnlyGuard', priority: 'high' });
        // The deserialize step runs once per attempt (inside the retry loop), so limits and counts see
        // every request that goes on the wire, retries included.
        client.middlewareStack.add((next, context) => async (args) => {
            const service = String(context.clientName ?? 'aws').replace(/Client$/, '');
            await this.bucketFor(service).take();
            await this.overall?.take();
            await this.options.sharedBudget?.take();
            this.stats.attempt(service, String(context.commandName ?? 'unknown').replace(/Command$/, ''));
            return next(args);
        }, { step: 'deserialize', name: 'postureRateLimit', priority: 'low' });
    }
    acquire() {
        if (this.gate.inFlight < this.maxConcurrency) {
            this.gate.inFlight++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.gate.waiting.push(() => (this.gate.inFlight++, resolve())));
    }
    release() {
        this.gate.inFlight--;
        this.gate.waiting.shift()?.();
    }
    destroy() {
        for (const c of this.clients.values())
            c.destroy();
        this.clients.clear();
    }
}
