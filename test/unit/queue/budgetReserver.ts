// Run as a child process by requestBudget.test.ts: reserves slots of the shared budget as fast as it can.
import { openQueue } from '../../../src/queue/db.js';
import { SharedRequestBudget } from '../../../src/queue/requestBudget.js';

const [file, scanId, rps, count, startAt] = process.argv.slice(2);
const db = openQueue(file);
const budget = new SharedRequestBudget(db, scanId, Number(rps));
// Both processes start at the same moment, so their transactions really contend.
while (Date.now() < Number(startAt));
const slots: number[] = [];
for (let i = 0; i < Number(count); i++) slots.push(budget.reserve());
db.close();
process.stdout.write(JSON.stringify(slots));
