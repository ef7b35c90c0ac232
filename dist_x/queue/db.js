import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { PostureError } from '../core/errors.js';
/** Marks the file as a posture queue, so another program's SQLite file is refused, not altered. */
const APPLICATION_ID = 0x706f7371; // "posq"
/** Bumped whenever the tables change; a database of another version is refused with a clear message. */
export const QUEUE_SCHEMA_VERSION = 2;
const SCHEMA = `
CREATE TABLE scans (
  id TEXT PRIMARY KEY,
  created TEXT NOT NULL,
  plan_json TEXT NOT NULL,
  -- The scan-wide request budget (plan.maxRps): the earliest time, in epoch milliseconds, any worker may send its next request.
  next_request_at REAL NOT NULL DEFAULT 0
);
CREATE TABLE units (
  scan_id TEXT NOT NULL REFERENCES scans(id),
  -- Plan order: dependency waves first, so an assembled inventory lists units as one process would.
  seq INTEGER NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  collector TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
  claimed_by TEXT,
  claimed_at INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  finished_at INTEGER,
  status_json TEXT,
  resources_json TEXT,
  PRIMARY KEY (scan_id, account, region, collector)
);
CREATE INDEX units_by_state ON units (scan_id, state, seq);
-- Within one account, a collector's unit waits until every unit of the collectors it reads is finished.
CREATE TABLE unit_deps (
  scan_id TEXT NOT NULL REFERENCES scans(id),
  collector TEXT NOT NULL,
  depends_on TEXT NOT NULL,
  PRIMARY KEY (scan_id, collector, depends_on)
);
`;
/**
 * Opens (with `create`, creates) a queue database. WAL lets readers and one writer work at once;
 * the busy timeout makes a second process wait for the write lock instead of failing.
 */
export function openQueue(file, opts = {}) {
    if (!opts.create && !existsSync(file))
        throw new PostureError(`no queue database at ${file} (create one with \`posture queue plan --db ${file}\`)`);
    if (existsSync(file) && statSync(file).isDirectory())
        throw new PostureError(`--db ${file}: is a directory, expected a database file`);
    let db;
    try {
        db = new Database(file, { fileMustExist: !opts.create, timeout: 30_000 });
    }
    catch (e) {
        throw new PostureError(`cannot open queue database ${file}: ${e.message}`);
    }
    try {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        checkOrCreateSchema(db, file, Boolean(opts.create));
    }
    catch (e) {
        db.close();
        if (e instanceof PostureError)
            throw e;
        throw new PostureError(`${file}: not a usable queue database (${e.message})`);
    }
    return db;
}
function checkOrCreateSchema(db, file, create) {
    const appId = db.pragma('application_id', { simple: true });
    const version = db.pragma('user_version', { simple: true });
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get().n;
    if (appId === 0 && tables === 0) {
        if (!create)
            throw new PostureError(`${file}: empty database, no scan planned (run \`posture queue plan --db ${file}\`)`);
        db.transaction(() => {
            // Another planner may have created it between the check and the lock.
            if (db.pragma('application_id', { simple: true }) === APPLICATION_ID)
                return;
            db.exec(SCHEMA);
            db.pragma(`application_id = ${APPLICATION_ID}`);
            db.pragma(`user_version = ${QUEUE_SCHEMA_VERSION}`);
        }).immediate();
        return;
    }
    if (appId !== APPLICATION_ID)
        throw new PostureError(`${file}: not a posture queue database (it holds other tables)`);
    if (version !== QUEUE_SCHEMA_VERSION)
        throw new PostureError(`${file}: queue schema version ${version}, this posture reads version ${QUEUE_SCHEMA_VERSION}; plan the scan again in a new file with this version`);
}
