import Table from 'cli-table3';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { dlcReport } from '../dlc/workloads.js';
import { evaluateCounted } from '../engine/evaluate.js';
import { Inventory } from '../inventory/inventory.js';
import { safeText } from '../report/text.js';
import { EXIT } from '../scan/exitCode.js';
import { dlcKnowledge, obtainInventory } from '../scan/runScan.js';
import { collectorsFor, selectRules } from '../scan/selection.js';
import { parseAsOf } from './commands.js';
import { createProgress } from './progress.js';
/** `posture dlc`: every workload running a DLC image, its support status, and the dlc findings on it. */
export async function runDlcCommand(flags) {
    const asOf = parseAsOf(flags.asOf) ?? new Date();
    const knowledge = dlcKnowledge(flags.dlcData);
    const rules = selectRules(undefined, ['dlc']);
    const progress = createProgress({ enabled: !flags.quiet && Boolean(process.stderr.isTTY) });
    const { saved } = await obtainInventory({ inventoryFile: flags.inventory, regions: flags.region, profile: flags.profile, onUnitDone: progress.unit, onMessage: progress.message }, collectorsFor(rules));
    progress.done();
    const inventory = new Inventory(saved);
    const rows = dlcReport(inventory, knowledge, asOf);
    const { findings } = evaluateCounted(inventory, { rules, collectors: COLLECTORS_BY_ID, asOf, dlc: () => knowledge });
    const onResource = (id) => findings.filter((f) => f.resource.id === id).map((f) => ({ ruleId: f.ruleId, status: f.status, severity: f.severity, message: f.message }));
    const needed = new Set(collectorsFor(rules).map((c) => c.id));
    const missing = saved.collections.filter((c) => needed.has(c.collector) && c.state !== 'ok');
    if (flags.format === 'json') {
        const out = { asOf: asOf.toISOString().slice(0, 10), data: { generated: knowledge.generated, source: knowledge.source }, complete: missing.length === 0, missing, workloads: rows.map((r) => ({ ...r, findings: onResource(r.resource.id) })) };
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    }
    else {
        const t = new Table({ head: ['Region', 'Workload', 'Framework', 'Version', 'Support', 'EOP', 'Tag', 'Age', 'Findings'], style: { head: [], border: [] }, colWidths: [11, 34, 14, 9, 12, 12, 15, 7, 36], wordWrap: true });
        for (const r of rows)
            t.push([
                safeText(r.region),
                safeText(`${r.workload} ${r.resource.name ?? r.resource.id}`),
                safeText(r.framework ?? r.repository ?? '?'),
                safeText(r.version ?? '?'),
                safeText(r.supportStatus),
                safeText(r.eop ?? '-'),
                safeText(r.tagKind),
                r.ageDays === undefined ? '-' : `${r.ageDays}d`,
                safeText(onResource(r.resource.id)
                    .map((f) => `${f.status} ${f.ruleId.replace(/^dlc_/, '')}`)
                    .join(', ') || '-'),
            ]);
        process.stdout.write(`${rows.length ? t.toString() : 'No workload runs an AWS Deep Learning Containers image.'}\n${rows.length} DLC workload(s) as of ${asOf.toISOString().slice(0, 10)}; support data of ${knowledge.generated}.\n`);
        if (missing.length)
            process.stdout.write(`Incomplete: ${missing.map((m) => `${safeText(m.region)}/${m.collector} ${m.state}`).join(', ')}.\n`);
    }
    return missing.length ? EXIT.incomplete : EXIT.clean;
}
