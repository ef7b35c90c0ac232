import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJunit } from '../../../src/report/junit.js';
import { stripInvalidXmlChars } from '../../../src/report/xml.js';
import { demoResult, HOSTILE_NAME, HOSTILE_TAG, hostileResult } from '../../helpers/scanResult.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

describe('JUnit writer', () => {
  it('parses back with one test case per rule x resource and matching counts (demo scan)', async () => {
    const result = await demoResult();
    const xml = renderJunit(result);
    assert.equal(XMLValidator.validate(xml), true);
    const doc = parser.parse(xml);
    const cases = doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase);
    assert.equal(cases.length, result.findings.length);
    assert.equal(Number(doc.testsuites['@failures']), result.findings.filter((f) => f.status === 'FAIL').length);
    assert.equal(cases.filter((c: Record<string, unknown>) => 'failure' in c).length, result.findings.filter((f) => f.status === 'FAIL').length);
  });

  it('escapes hostile names and drops XML-invalid control characters', () => {
    const xml = renderJunit(hostileResult());
    assert.equal(XMLValidator.validate(xml), true);
    assert.ok(!xml.includes('\u0000') && !xml.includes('\u001b'));
    const doc = parser.parse(xml);
    const cases = doc.testsuites.testsuite[0].testcase;
    assert.equal(cases[0].failure['@message'], `${HOSTILE_NAME} admits port 22 [31m`);
    assert.match(cases[1].error['#text'], new RegExp(HOSTILE_TAG.replace(/[/()]/g, '\\$&')));
    assert.equal(cases[3].skipped['@message'], 'muted: accepted <risk>');
  });

  it('keeps astral characters and removes lone surrogates', () => {
    assert.equal(stripInvalidXmlChars('a\u{1F600}b\ud800c\uffffd'), 'a\u{1F600}bcd');
  });
});
