/**
 * A token bucket: at most `rate` requests a second, and at most `burst` at once after a pause.
 * Waiters are served in arrival order, so no caller starves.
 */
export class TokenBucket {
    rate;
    burst;
    tokens;
    last = Date.now();
    queue = Promise.resolve();
    constructor(rate, burst = Math.max(1, Math.floor(rate))) {
        this.rate = rate;
        this.burst = burst;
        if (!(rate > 0))
            throw new Error(`rate must be positive, got ${rate}`);
        this.tokens = this.burst;
    }
    take() {
        const turn = this.queue.then(() => this.wait());
        this.queue = turn;
        return turn;
    }
    async wait() {
        for (;;) {
            const now = Date.now();
            this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
            this.last = now;
            if (this.tokens >= 1) {
                this.tokens -= 1;
                return;
            }
            await new Promise((r) => setTimeout(r, Math.ceil(((1 - this.tokens) / this.rate) * 1000)));
        }
    }
}
