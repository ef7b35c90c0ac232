/** One collection unit as `--stats` reports it. */
export interface UnitTiming {
  account: string;
  region: string;
  collector: string;
  /** Epoch milliseconds when the unit started. */
  start: number;
  ms: number;
}

/** Counts of AWS calls per operation, and the timings of collection units, for `--stats`. */
export class CallStats {
  readonly calls = new Map<string, { count: number; errors: number }>();
  /** HTTP attempts per operation; attempts beyond the calls are retries. */
  readonly attempts = new Map<string, number>();
  readonly units: UnitTiming[] = [];

  record(service: string, operation: string, failed: boolean): void {
    const key = `${service}:${operation}`;
    const e = this.calls.get(key) ?? { count: 0, errors: 0 };
    e.count++;
    if (failed) e.errors++;
    this.calls.set(key, e);
  }

  attempt(service: string, operation: string): void {
    const key = `${service}:${operation}`;
    this.attempts.set(key, (this.attempts.get(key) ?? 0) + 1);
  }

  get retries(): number {
    let n = 0;
    for (const [op, a] of this.attempts) n += Math.max(0, a - (this.calls.get(op)?.count ?? 0));
    return n;
  }

  get total(): number {
    let n = 0;
    for (const e of this.calls.values()) n += e.count;
    return n;
  }

  format(): string {
    const lines = ['API calls per operation:'];
    for (const [op, e] of [...this.calls.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
      const retried = Math.max(0, (this.attempts.get(op) ?? e.count) - e.count);
      lines.push(`  ${String(e.count).padStart(6)}  ${op}${retried ? `  (${retried} retries)` : ''}${e.errors ? `  (${e.errors} failed)` : ''}`);
    }
    lines.push(`  ${String(this.total).padStart(6)}  total, ${this.retries} retries`);
    const byService = new Map<string, number>();
    for (const [op, e] of this.calls) byService.set(op.split(':')[0], (byService.get(op.split(':')[0]) ?? 0) + e.count);
    lines.push('API calls per service:');
    for (const [svc, n] of [...byService].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(6)}  ${svc}`);
    // Units run concurrently, so a region's or service's wall time is the span from its first unit's
    // start to its last unit's end; the summed unit time says how much work that span held.
    const spans = (label: string, keyOf: (u: UnitTiming) => string) => {
      const by = new Map<string, { start: number; end: number; units: number; busy: number }>();
      for (const u of this.units) {
        const k = keyOf(u);
        const s = by.get(k);
        if (!s) by.set(k, { start: u.start, end: u.start + u.ms, units: 1, busy: u.ms });
        else {
          s.start = Math.min(s.start, u.start);
          s.end = Math.max(s.end, u.start + u.ms);
          s.units++;
          s.busy += u.ms;
        }
      }
      lines.push(`Collection wall time per ${label} (first unit start to last unit end; units, summed unit time):`);
      for (const [k, s] of [...by].sort((a, b) => b[1].end - b[1].start - (a[1].end - a[1].start) || a[0].localeCompare(b[0])))
        lines.push(`  ${seconds(s.end - s.start).padStart(8)}  ${k}  (${s.units} unit(s), ${seconds(s.busy)})`);
    };
    if (this.units.length) {
      spans('region', (u) => u.region);
      spans('service', (u) => u.collector.split('.')[0]);
    }
    lines.push('Slowest collection units:');
    for (const u of [...this.units].sort((a, b) => b.ms - a.ms).slice(0, 15)) lines.push(`  ${String(u.ms).padStart(6)} ms  ${u.account}/${u.region}/${u.collector}`);
    return lines.join('\n');
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
