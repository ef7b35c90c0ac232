/**
 * Takes the next unit of the scan for `workerId`, atomically: `BEGIN IMMEDIATE` holds the write lock
 * from the read to the update, so two workers (on two connections) never take the same unit.
 * A unit is ready when it is pending, or claimed under an expired lease, and every unit of the
 * same account whose collector it depends on has finished (its `collectedSoFar` reads them).
 */
export function claim(db, scanId, workerId, opts) {
    const now = opts.now ?? Date.now();
    const expired = now - opts.leaseMs;
    return db
        .transaction(() => {
        db.prepare(`UPDATE units SET state = 'failed', finished_at = @now, resources_json = '[]',
           status_json = json_object('account', account, 'region', region, 'collector', collector, 'state', 'error',
             'message', 'abandoned: ' || attempts || ' claim(s) by workers that stopped before finishing it', 'resources', 0, 'durationMs', 0)
         WHERE scan_id = @scanId AND state = 'claimed' AND claimed_at < @expired AND attempts >= @maxAttempts`).run({ now, scanId, expired, maxAttempts: opts.maxAttempts });
        const row = db
            .prepare(`SELECT account, region, collector, attempts FROM units u
           WHERE u.scan_id = @scanId AND (u.state = 'pending' OR (u.state = 'claimed' AND u.claimed_at < @expired))
             AND NOT EXISTS (
               SELECT 1 FROM unit_deps d JOIN units v ON v.scan_id = d.scan_id AND v.collector = d.depends_on AND v.account = u.account
               WHERE d.scan_id = u.scan_id AND d.collector = u.collector AND v.state NOT IN ('done', 'failed'))
           ORDER BY u.seq LIMIT 1`)
            .get({ scanId, expired });
        if (!row)
            return undefined;
        db.prepare(`UPDATE units SET state = 'claimed', claimed_by = ?, claimed_at = ?, attempts = attempts + 1
         WHERE scan_id = ? AND account = ? AND region = ? AND collector = ?`).run(workerId, now, scanId, row.account, row.region, row.collector);
        return { scanId, account: row.account, region: row.region, collector: row.collector, attempt: row.attempts + 1 };
    })
        .immediate();
}
/**
 * Stores a unit's result. Returns false when the claim was no longer this worker's (its lease
 * expired and another worker took the unit): that worker's result will stand, this one is dropped.
 */
export function complete(db, unit, workerId, result, now = Date.now()) {
    const state = result.status.state === 'ok' ? 'done' : 'failed';
    const changed = db
        .prepare(`UPDATE units SET state = ?, finished_at = ?, status_json = ?, resources_json = ?
       WHERE scan_id = ? AND account = ? AND region = ? AND collector = ? AND state = 'claimed' AND claimed_by = ? AND attempts = ?`)
        .run(state, now, JSON.stringify(result.status), JSON.stringify(result.resources), unit.scanId, unit.account, unit.region, unit.collector, workerId, unit.attempt).changes;
    return changed === 1;
}
/** Keeps this worker's claims alive while their units run, so a slow unit is not taken over. */
export function renewClaims(db, scanId, workerId, now = Date.now()) {
    db.prepare(`UPDATE units SET claimed_at = ? WHERE scan_id = ? AND state = 'claimed' AND claimed_by = ?`).run(now, scanId, workerId);
}
/** One stored column of the finished units of these collectors in one account, in unit order. */
function finishedColumn(db, scanId, account, collectors, column) {
    if (!collectors.length)
        return [];
    const rows = db
        .prepare(`SELECT ${column} AS value FROM units WHERE scan_id = ? AND account = ? AND state IN ('done', 'failed')
       AND collector IN (SELECT value FROM json_each(?)) ORDER BY seq`)
        .all(scanId, account, JSON.stringify(collectors));
    return rows.flatMap((r) => (r.value ? [r.value] : []));
}
/** What the given collectors produced for one account (all regions), for a dependent unit to read. */
export function finishedResources(db, scanId, account, collectors) {
    return finishedColumn(db, scanId, account, collectors, 'resources_json').flatMap((json) => JSON.parse(json));
}
/** Statuses of the finished units of these collectors in one account (the inputs of a dependent unit). */
export function finishedStatuses(db, scanId, account, collectors) {
    return finishedColumn(db, scanId, account, collectors, 'status_json').map((json) => JSON.parse(json));
}
export function unitCounts(db, scanId) {
    const counts = { pending: 0, claimed: 0, done: 0, failed: 0, total: 0 };
    for (const r of db.prepare('SELECT state, count(*) AS n FROM units WHERE scan_id = ? GROUP BY state').all(scanId)) {
        counts[r.state] = r.n;
        counts.total += r.n;
    }
    return counts;
}
/** Units per worker and state: who did what. */
export function workerCounts(db, scanId) {
    return db
        .prepare('SELECT claimed_by AS worker, state, count(*) AS units FROM units WHERE scan_id = ? AND claimed_by IS NOT NULL GROUP BY claimed_by, state ORDER BY claimed_by, state')
        .all(scanId);
}
/** Units that could not be read, with the reason, for `status`. */
export function failedUnits(db, scanId) {
    return db.prepare(`SELECT status_json FROM units WHERE scan_id = ? AND state = 'failed' ORDER BY seq`).all(scanId).map((r) => JSON.parse(r.status_json));
}
