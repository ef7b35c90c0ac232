/** Counts of AWS calls per operation, and the timings of collection units, for `--stats`. */
export class CallStats {
    calls = new Map();
    /** HTTP attempts per operation; attempts beyond the calls are retries. */
    attempts = new Map();
    units = [];
    record(service, operation, failed) {
        const key = `${service}:${operation}`;
        const e = this.calls.get(key) ?? { count: 0, errors: 0 };
        e.count++;
        if (failed)
            e.errors++;
        this.calls.set(key, e);
    }
    attempt(service, operation) {
        const key = `${service}:${operation}`;
        this.attempts.set(key, (this.attempts.get(key) ?? 0) + 1);
    }
    get retries() {
        let n = 0;
        for (const [op, a] of this.attempts)
            n += Math.max(0, a - (this.calls.get(op)?.count ?? 0));
        return n;
    }
    get total() {
        let n = 0;
        for (const e of this.calls.values())
            n += e.count;
        return n;
    }
    format() {
        const lines = ['API calls per operation:'];
        for (const [op, e] of [...this.calls.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
            const retried = Math.max(0, (this.attempts.get(op) ?? e.count) - e.count);
            lines.push(`  ${String(e.count).padStart(6)}  ${op}${retried ? `  (${retried} retries)` : ''}${e.errors ? `  (${e.errors} failed)` : ''}`);
        }
        lines.push(`  ${String(this.total).padStart(6)}  total, ${this.retries} retries`);
        const byService = new Map();
        for (const [op, e] of this.calls)
            byService.set(op.split(':')[0], (byService.get(op.split(':')[0]) ?? 0) + e.count);
        lines.push('API calls per service:');
        for (const [svc, n] of [...byService].sort((a, b) => b[1] - a[1]))
            lines.push(`  ${String(n).padStart(6)}  ${svc}`);
        lines.push('Slowest collection units:');
        for (const u of [...this.units].sort((a, b) => b.ms - a.ms).slice(0, 15))
            lines.push(`  ${String(u.ms).padStart(6)} ms  ${u.unit}`);
        return lines.join('\n');
    }
}
