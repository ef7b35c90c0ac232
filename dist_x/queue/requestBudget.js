import { setTimeout as sleep } from 'node:timers/promises';
/**
 * The request rate of all workers of one queued scan together (`queue plan --max-rps`). Per-worker
 * caps only add up to a total if every worker is given its share and they all run; a budget kept in
 * the database holds whatever the number of workers. As the one-process `--max-rps`, it spaces
 * requests evenly and never bursts: each request reserves the next free slot (at least 1/rate after
 * the previous one, never in the past) in a write transaction, then waits for it.
 *
 * The slots are wall-clock times. Workers on one machine share its clock; on several machines their
 * clocks must agree (NTP): a worker whose clock runs behind by d can send up to d early.
 */
export class SharedRequestBudget {
    rps;
    now;
    reserve;
    constructor(db, scanId, rps, now = Date.now) {
        this.rps = rps;
        this.now = now;
        if (!(rps > 0) || !Number.isFinite(rps))
            throw new Error(`the request budget must be a positive rate, got ${rps}`);
        const interval = 1000 / rps;
        const next = db.prepare('SELECT next_request_at FROM scans WHERE id = ?').pluck();
        const advance = db.prepare('UPDATE scans SET next_request_at = ? WHERE id = ?');
        const reserve = db.transaction(() => {
            const earliest = next.get(scanId);
            if (earliest === undefined)
                throw new Error(`scan ${scanId} is not in the queue database`);
            const at = Math.max(this.now(), earliest);
            advance.run(at + interval, scanId);
            return at;
        });
        // IMMEDIATE takes the write lock before reading, so two workers cannot read the same slot.
        this.reserve = () => reserve.immediate();
    }
    async take() {
        const wait = this.reserve() - this.now();
        if (wait > 0)
            await sleep(wait);
    }
}
