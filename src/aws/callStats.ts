/** Counts of AWS calls per operation, and the timings of collection units, for `--stats`. */
export class CallStats {
  readonly calls = new Map<string, { count: number; errors: number }>();
  readonly units: Array<{ unit: string; ms: number }> = [];

  record(service: string, operation: string, failed: boolean): void {
    const key = `${service}:${operation}`;
    const e = this.calls.get(key) ?? { count: 0, errors: 0 };
    e.count++;
    if (failed) e.errors++;
    this.calls.set(key, e);
  }

  get total(): number {
    let n = 0;
    for (const e of this.calls.values()) n += e.count;
    return n;
  }

  format(): string {
    const lines = ['API calls per operation:'];
    for (const [op, e] of [...this.calls.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
      lines.push(`  ${String(e.count).padStart(6)}  ${op}${e.errors ? `  (${e.errors} failed)` : ''}`);
    }
    lines.push(`  ${String(this.total).padStart(6)}  total`);
    lines.push('Slowest collection units:');
    for (const u of [...this.units].sort((a, b) => b.ms - a.ms).slice(0, 15)) lines.push(`  ${String(u.ms).padStart(6)} ms  ${u.unit}`);
    return lines.join('\n');
  }
}
