import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { QueueDb } from './db.js';

/**
 * How far ahead of this machine's clock the next slot may lie before the budget takes it for clock
 * skew: in intervals, above any real backlog (every worker's requests in flight waiting at once:
 * 16 per worker, so 125 workers).
 */
const MOST_INTERVALS_AHEAD = 2000;

/**
 * The request rate of all workers of one queued scan together (`queue plan --max-rps`). Per-worker
 * caps only add up to a total if every worker is given its share and they all run; a budget kept in
 * the database holds whatever the number of workers. As the one-process `--max-rps`, it spaces
 * requests evenly and never bursts: each request reserves the next free slot (at least 1/rate after
 * the previous one, never in the past) in a write transaction, then waits for it.
 *
 * The slots are wall-clock times. Workers on one machine share its clock; on several machines their
 * clocks must agree (NTP). A worker whose clock runs behind by d can send up to d early; one whose
 * clock runs ahead would make the others wait d for every request, so a slot further ahead than any
 * real backlog is taken for skew: the worker goes now, and says so once (`onSkew`).
 */
export class SharedRequestBudget {
  /** Reads and advances the next free slot; run IMMEDIATE, which takes the write lock before reading, so two workers cannot read the same slot. */
  private readonly reserveSlot: Database.Transaction<() => number>;
  private readonly now: () => number;
  private warned = false;

  constructor(
    db: QueueDb,
    scanId: string,
    readonly rps: number,
    private readonly opts: { now?: () => number; onSkew?: (aheadMs: number) => void } = {},
  ) {
    if (!(rps > 0) || !Number.isFinite(rps)) throw new Error(`the request budget must be a positive rate, got ${rps}`);
    const interval = 1000 / rps;
    const now = opts.now ?? Date.now;
    const next = db.prepare('SELECT next_request_at FROM scans WHERE id = ?').pluck();
    const advance = db.prepare('UPDATE scans SET next_request_at = ? WHERE id = ?');
    this.reserveSlot = db.transaction((): number => {
      const earliest = next.get(scanId) as number | undefined;
      if (earliest === undefined) throw new Error(`scan ${scanId} is not in the queue database`);
      const t = now();
      let at = Math.max(t, earliest);
      if (at - t > MOST_INTERVALS_AHEAD * interval) {
        this.skewed(at - t);
        at = t;
      }
      advance.run(at + interval, scanId);
      return at;
    });
    this.now = now;
  }

  /** Reserves the next free slot and returns its time (epoch ms); `take` also waits for it. */
  reserve(): number {
    return this.reserveSlot.immediate();
  }

  async take(): Promise<void> {
    const wait = this.reserve() - this.now();
    if (wait > 0) await sleep(wait);
  }

  private skewed(aheadMs: number): void {
    if (this.warned) return;
    this.warned = true;
    this.opts.onSkew?.(aheadMs);
  }
}
