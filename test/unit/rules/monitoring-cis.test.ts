import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import type { Resource, ResourceOf } from '../../../src/inventory/schema.js';
import { RULES } from '../../../src/rules/index.js';
import { CIS_CONTROLS, parseLogGroupArn } from '../../../src/rules/lib/cisMetricFilters.js';
import { alternatives, patternCovers } from '../../../src/rules/lib/filterPattern.js';
import rootUsage from '../../../src/rules/cloudwatch/cloudwatch_log_metric_filter_root_usage.js';
import unauthorized from '../../../src/rules/cloudwatch/cloudwatch_log_metric_filter_unauthorized_api_calls.js';
import noMfa from '../../../src/rules/cloudwatch/cloudwatch_log_metric_filter_sign_in_without_mfa.js';
import kmsCmk from '../../../src/rules/cloudwatch/cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk.js';
import { ACCOUNT, evaluate, inventoryFor, resource, run, statusOf } from '../../helpers/inventory.js';

type Trail = ResourceOf<'AWS::CloudTrail::Trail'>;
const LG = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:trail-logs:*`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;

const trail = (f: Partial<Trail> = {}) =>
  resource('AWS::CloudTrail::Trail', {
    id: 'main',
    name: 'main',
    arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`,
    homeRegion: 'us-east-1',
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    logFileValidationEnabled: true,
    cloudWatchLogsLogGroupArn: LG,
    status: { ok: true, value: { isLogging: true } },
    managementEventsAll: { ok: true, value: true },
    ...f,
  });
const filter = (pattern: string, f: Partial<ResourceOf<'AWS::Logs::MetricFilter'>> = {}) =>
  resource('AWS::Logs::MetricFilter', { id: 'trail-logs/f', name: 'f', logGroupName: 'trail-logs', filterPattern: pattern, metrics: [{ metricName: 'CisMetric', metricNamespace: 'CISBenchmark' }], ...f });
const alarm = (f: Partial<ResourceOf<'AWS::CloudWatch::Alarm'>> = {}) =>
  resource('AWS::CloudWatch::Alarm', { id: 'cis-alarm', name: 'cis-alarm', metricName: 'CisMetric', namespace: 'CISBenchmark', actionsEnabled: true, alarmActions: [TOPIC], okActions: [], insufficientDataActions: [], ...f });
const topic = (confirmed: number) =>
  resource('AWS::SNS::Topic', { id: 'alerts', arn: TOPIC, attributes: { ok: true, value: { subscriptionsConfirmed: confirmed } } });

/** Evaluates with sns.topics recorded as collected too (the rule `uses` it without requiring it). */
function runWithSns(rule: AnyRule, resources: Resource[], params: unknown) {
  const inv = inventoryFor([rule, { requires: ['sns.topics'] } as AnyRule], resources);
  return evaluate(inv, { rules: [rule], collectors: COLLECTORS_BY_ID, params: { [rule.id]: params } });
}

describe('filter pattern comparison', () => {
  const iam = CIS_CONTROLS.cloudwatch_log_metric_filter_policy_changes.patterns[0];
  it('reads a pattern into alternatives of terms', () => {
    assert.deepEqual(alternatives('{ ($.a = "x") && ($.b = y || $.c NOT  EXISTS) }')?.map((s) => [...s].sort()), [
      ['$.a = x', '$.b = y'],
      ['$.a = x', '$.c NOT EXISTS'],
    ]);
    assert.equal(alternatives('ERROR'), undefined, 'a text pattern is not a JSON pattern');
    assert.equal(alternatives('{ $.a = }'), undefined);
  });
  it('ignores order, spacing, quotes and parentheses, and accepts extra event names', () => {
    const shuffled = '{($.eventName="DetachGroupPolicy")||($.eventName=AttachGroupPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachRolePolicy)||($.eventName=DeletePolicyVersion)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicy)||($.eventName=CreatePolicy)||($.eventName=PutUserPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutGroupPolicy)||($.eventName=DeleteUserPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteGroupPolicy)||($.eventName=SetDefaultPolicyVersion)}';
    assert.ok(patternCovers(shuffled, iam));
  });
  it('refuses a pattern missing a required term or narrowed by an extra condition', () => {
    assert.ok(!patternCovers(iam.replace('($.eventName = DeletePolicy) || ', ''), iam), 'missing DeletePolicy');
    assert.ok(!patternCovers(`{ ($.eventSource = iam.amazonaws.com) && (${iam.slice(1, -1)}) }`, iam), 'narrowed to IAM only');
    const kms = CIS_CONTROLS.cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk.patterns[0];
    assert.ok(!patternCovers('{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }', kms), 'eventSource left out');
    assert.ok(patternCovers('{ $.eventSource = "kms.amazonaws.com" && ($.eventName = "ScheduleKeyDeletion" || $.eventName = "DisableKey") }', kms));
  });
  it('parses log group ARNs with and without the :* suffix', () => {
    assert.deepEqual(parseLogGroupArn(LG), { region: 'us-east-1', account: ACCOUNT, name: 'trail-logs' });
    assert.deepEqual(parseLogGroupArn(`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/x`), { region: 'eu-west-1', account: ACCOUNT, name: '/aws/cloudtrail/x' });
  });
});

describe('CIS metric filter and alarm rules: every control', () => {
  const cisRules = RULES.filter((r) => r.id in CIS_CONTROLS);
  it('there is one rule file per control', () => assert.equal(cisRules.length, Object.keys(CIS_CONTROLS).length));
  for (const rule of cisRules) {
    const patterns = CIS_CONTROLS[rule.id].patterns;
    describe(rule.id, () => {
      it('passes for each published pattern on the trail log group with an alarm on its metric', () => {
        for (const p of patterns) assert.equal(statusOf(run(rule, [trail(), filter(p), alarm()])), 'PASS', p);
      });
      it('fails with the filter but no alarm, and with no filter', () => {
        assert.equal(statusOf(run(rule, [trail(), filter(patterns[0])])), 'FAIL');
        assert.equal(statusOf(run(rule, [trail(), alarm()])), 'FAIL');
      });
      it('is ERROR when trails, metric filters or alarms could not be read', () => {
        for (const collector of ['cloudtrail.trails', 'logs.metricFilters', 'cloudwatch.alarms'])
          assert.equal(statusOf(run(rule, [trail(), filter(patterns[0]), alarm()], { failed: [{ collector }] })), 'ERROR', collector);
      });
    });
  }
});

describe('CIS metric filter and alarm: trail, region and notification semantics', () => {
  const root = CIS_CONTROLS.cloudwatch_log_metric_filter_root_usage.patterns[0];
  it('fails when the only trail is single-Region, not logging, or skips read events', () => {
    for (const t of [trail({ isMultiRegionTrail: false }), trail({ status: { ok: true, value: { isLogging: false } } }), trail({ managementEventsAll: { ok: true, value: false } }), trail({ cloudWatchLogsLogGroupArn: undefined })])
      assert.equal(statusOf(run(rootUsage, [t, filter(root), alarm()])), 'FAIL');
    assert.equal(statusOf(run(rootUsage, [filter(root), alarm()])), 'FAIL', 'no trail at all');
  });
  it('is ERROR when the trail status or selectors could not be read', () => {
    assert.equal(statusOf(run(rootUsage, [trail({ status: { ok: false, error: 'AccessDenied' } }), filter(root), alarm()])), 'ERROR');
    assert.equal(statusOf(run(rootUsage, [trail({ managementEventsAll: { ok: false, error: 'AccessDenied' } }), filter(root), alarm()])), 'ERROR');
  });
  it('a filter on another log group, or an alarm on another metric or Region, does not count', () => {
    assert.equal(statusOf(run(rootUsage, [trail(), filter(root, { logGroupName: 'other' }), alarm()])), 'FAIL');
    assert.equal(statusOf(run(rootUsage, [trail(), filter(root), alarm({ metricName: 'Other' })])), 'FAIL');
    assert.equal(statusOf(run(rootUsage, [trail(), filter(root), alarm({ region: 'us-west-2' })], { regions: ['us-east-1', 'us-west-2'] })), 'FAIL');
  });
  it('follows the log group to another scanned Region; ERROR when that Region or account was not scanned', () => {
    const west = `arn:aws:logs:us-west-2:${ACCOUNT}:log-group:trail-logs:*`;
    const inWest = [trail({ cloudWatchLogsLogGroupArn: west }), filter(root, { region: 'us-west-2' }), alarm({ region: 'us-west-2' })];
    assert.equal(statusOf(run(rootUsage, inWest, { regions: ['us-east-1', 'us-west-2'] })), 'PASS');
    assert.equal(statusOf(run(rootUsage, inWest.slice(0, 1))), 'ERROR');
    assert.equal(statusOf(run(rootUsage, [trail({ cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:999988887777:log-group:org-trail:*' })])), 'ERROR');
  });
  it('one good trail is enough even if another is not', () => {
    assert.equal(statusOf(run(rootUsage, [trail({ id: 'single', isMultiRegionTrail: false }), trail(), filter(root), alarm()])), 'PASS');
  });
  it('a metric-math alarm that reads the metric counts', () => {
    assert.equal(statusOf(run(rootUsage, [trail(), filter(root), alarm({ metricName: undefined, namespace: undefined, queryMetrics: [{ metricName: 'CisMetric', namespace: 'CISBenchmark' }] })])), 'PASS');
  });
  it('accepts the CIS noise exclusions for unauthorized calls and the IAM-user variant for sign-in without MFA, but not other narrowing', () => {
    const v3 = '{ ($.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied*") && $.sourceIPAddress != "delivery.logs.amazonaws.com" && $.eventName != "HeadBucket" }';
    assert.equal(statusOf(run(unauthorized, [trail(), filter(v3), alarm()])), 'PASS');
    assert.equal(statusOf(run(unauthorized, [trail(), filter('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.userIdentity.type = "IAMUser") }'), alarm()])), 'FAIL');
    assert.equal(statusOf(run(noMfa, [trail(), filter('{ $.eventName = "ConsoleLogin" && $.additionalEventData.MFAUsed != "Yes" && $.userIdentity.type = "IAMUser" && $.responseElements.ConsoleLogin = "Success" }'), alarm()])), 'PASS');
    assert.equal(statusOf(run(noMfa, [trail(), filter('{ $.eventName = "ConsoleLogin" }'), alarm()])), 'FAIL');
    assert.equal(statusOf(run(kmsCmk, [trail(), filter('{ $.eventName = DisableKey || $.eventName = ScheduleKeyDeletion }'), alarm()])), 'FAIL');
  });
  describe('requireSubscribedTopic', () => {
    const params = { requireSubscribedTopic: true };
    it('passes when the alarm notifies a topic with a confirmed subscription', () => {
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm(), topic(1)], params)), 'PASS');
    });
    it('fails for no SNS action, actions off, a topic without subscribers, or a missing topic', () => {
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm({ alarmActions: [] }), topic(1)], params)), 'FAIL');
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm({ actionsEnabled: false }), topic(1)], params)), 'FAIL');
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm(), topic(0)], params)), 'FAIL');
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm()], params)), 'FAIL');
    });
    it('is ERROR when topics were not collected or their attributes could not be read', () => {
      assert.equal(statusOf(run(rootUsage, [trail(), filter(root), alarm()], { params })), 'ERROR');
      const unreadable = resource('AWS::SNS::Topic', { id: 'alerts', arn: TOPIC, attributes: { ok: false, error: 'AccessDenied' } });
      assert.equal(statusOf(runWithSns(rootUsage, [trail(), filter(root), alarm(), unreadable], params)), 'ERROR');
    });
    it('is off by default: an alarm without actions is enough', () => {
      assert.equal(statusOf(run(rootUsage, [trail(), filter(root), alarm({ alarmActions: [] })])), 'PASS');
    });
  });
});
