import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PostureError } from '../core/errors.js';
import { SERVICES } from '../core/vocabulary.js';
import { EXIT } from '../scan/exitCode.js';
import { registerQueueCommands } from './queue.js';

// The SDK warns on stderr about Node 20 at the first call; it is noise in a CLI's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function formatOption(choices: string[]) {
  return new Option('--format <format>', `output format: ${choices.join(' | ')}`).choices(choices).default('table');
}

export function buildProgram(): Command {
  const program = new Command('posture')
    .description('Security posture scanner for AWS: CloudWatch (Logs, Synthetics), VPC, Config, Resource Groups and Deep Learning Containers')
    .version(version())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('scan')
    .description('Audit an AWS account (read-only) or a saved inventory, and report findings')
    .option('--region <region...>', 'region(s) to scan; repeatable and comma-separated (default: the enabled regions of the account)', (v: string, p: string[] | undefined) => list(v, p))
    .option('--services <list>', `only rules of these services (${SERVICES.join(',')})`, (v: string) => list(v))
    .option('--rules <ids>', 'only these rule ids (comma-separated; see `posture rules`)', (v: string) => list(v))
    .option('--profile <name>', 'AWS shared-config profile (default: the default credential chain)')
    .option('--format <formats>', 'table | json | ocsf | asff | sarif | junit | csv | markdown | html; several (comma-separated) with --output-dir', 'table')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--output-dir <dir>', 'write each --format to its file: findings.json, findings.ocsf.json, findings.asff.json, findings.sarif, findings.junit.xml, findings.csv, findings.md, report.html')
    .option('--framework <ids>', 'report per control for these frameworks: cis-aws-3.0.0, cis-aws-5.0.0, aws-fsbp, nist-800-53-r5 (comma-separated)', (v: string, p: string[] | undefined) => list(v, p))
    .option('--baseline <file>', 'an earlier findings JSON: report only findings that are new since it')
    .option('--include-pass', 'include PASS results in the report', false)
    .option('--save-inventory <file>', 'save the collected inventory (JSON) for offline scans and bug reports')
    .option('--inventory <file>', 'scan a saved inventory instead of AWS (no credentials needed)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL finding has this severity or higher (critical|high|medium|low|informational)')
    .option('--config <file>', 'settings file with rule parameters (default: ./posture.config.yaml, .yml or .json if present)')
    .option('--as-of <date>', 'judge dates (support windows, ages) as of this day, YYYY-MM-DD (default: today)')
    .option('--dlc-data <file>', 'AWS Deep Learning Containers support data to judge images by (default: the bundled data/dlc-support.json)')
    .option('--org', 'scan every active account of the AWS Organization (from the management or a delegated administrator account)', false)
    .option('--role-name <name>', 'with --org: the role to assume in each member account (e.g. OrganizationAccountAccessRole or a read-only audit role)')
    .option('--external-id <id>', 'external id for the assumed roles')
    .option('--role-arn <arn>', 'scan the one account this role belongs to, by assuming it')
    .option('--accounts <ids>', 'with --org: only these account ids (comma-separated)', (v: string) => list(v))
    .option('--exclude-accounts <ids>', 'with --org: skip these account ids', (v: string) => list(v))
    .option('--max-rps <n>', 'cap on AWS requests per second over the whole scan, retries included (default: no cap beyond --service-rps)')
    .option('--service-rps <n>', 'requests per second to any one AWS service API (default: 20)')
    .option('--request-timeout <seconds>', 'per-attempt HTTP timeout; a timed-out attempt is retried (default: 30)')
    .option('--stats', 'print API calls per operation and per service, retries, wall time per region and per service, and the slowest units to stderr', false)
    .option('--quiet', 'no progress on stderr', false)
    .addHelpText(
      'after',
      `
Exit codes:
  0  scan complete, no FAIL at or above --fail-on (always 0 without --fail-on)
  1  a FAIL finding at or above --fail-on
  2  usage error or fatal error (bad flag, unreadable or invalid --inventory, no credentials)
  3  the scan was incomplete: some region/service could not be read (its rules report ERROR)

Environment:
  AWS_ENDPOINT_URL   send every AWS call to this endpoint (e.g. a moto server)

Config file (posture.config.yaml): \`rules: {<rule id>: {<param>: value}}\` sets rule parameters;
\`suppressions: [{reason, expires?: YYYY-MM-DD, match}]\` mutes findings (MUTED in reports), where match is
{rule, account, region, resource (glob on id or ARN), tag: {key: glob}} or {all: [...]} / {any: [...]}.
  AWS_PROFILE, AWS_REGION and the rest of the standard AWS SDK variables apply.`,
    )
    .action(async (opts) => {
      process.exitCode = await (await import('./commands.js')).runScanCommand(opts);
    });

  registerQueueCommands(program);

  program
    .command('rules')
    .description('List the rule catalogue with its metadata')
    .addOption(formatOption(['table', 'json']))
    
    .action(async (opts) => {
      process.exitCode = (await import('./commands.js')).runRulesCommand(opts);
    });

  program
    .command('exposure')
    .description('List workloads reachable from the internet, with the path (gateway, route, NACL rules, security group) that proves each')
    .option('--port <port>', 'only exposures that include this TCP/UDP port')
    .addOption(formatOption(['table', 'json']))
    .option('--inventory <file>', 'analyse a saved inventory instead of AWS')
    .option('--region <region...>', 'region(s) to collect; repeatable and comma-separated', (v: string, p: string[] | undefined) => list(v, p))
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--quiet', 'no progress on stderr', false)
    .action(async (opts) => {
      process.exitCode = await (await import('./exposure.js')).runExposureCommand(opts);
    });

  program
    .command('dlc')
    .description('List workloads running AWS Deep Learning Container images: framework, version, support status, tag or digest, age, and the findings on each')
    .addOption(formatOption(['table', 'json']))
    .option('--inventory <file>', 'read a saved inventory instead of AWS')
    .option('--region <region...>', 'region(s) to collect; repeatable and comma-separated', (v: string, p: string[] | undefined) => list(v, p))
    .option('--profile <name>', 'AWS shared-config profile')
    .option('--as-of <date>', 'judge support windows and ages as of this day, YYYY-MM-DD (default: today)')
    .option('--dlc-data <file>', 'DLC support data file (default: the bundled data/dlc-support.json)')
    .option('--quiet', 'no progress on stderr', false)
    .action(async (opts) => {
      process.exitCode = await (await import('./dlc.js')).runDlcCommand(opts);
    });

  program
    .command('demo')
    .description('Scan the bundled demo account (a saved inventory; no credentials needed)')
    .addOption(formatOption(['table', 'json', 'ocsf', 'asff', 'sarif', 'junit', 'csv', 'markdown', 'html']))
    .option('--include-pass', 'include PASS results in the report', false)
    .action(async (opts) => {
      process.exitCode = await (await import('./commands.js')).runDemoCommand(opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : EXIT.usage;
    }
    if (e instanceof PostureError || e instanceof InvalidArgumentError) {
      process.stderr.write(`posture: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`posture: fatal: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.usage;
  }
}
