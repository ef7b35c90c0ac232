import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksSecret, redactEvidence, REDACTED } from '../../../src/engine/redact.js';
import { safeText } from '../../../src/report/text.js';

describe('evidence redaction', () => {
  it('redacts secret-looking values and values of secret-named keys', () => {
    assert.equal(looksSecret(undefined, 'AKIAIOSFODNN7EXAMPLE'), true);
    assert.equal(looksSecret(undefined, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), true);
    assert.equal(looksSecret('db_password', 'hunter2hunter2'), true);
    assert.equal(looksSecret('owner', 'ml-platform'), false);
    assert.equal(looksSecret(undefined, 'a'.repeat(40)), false, 'a hex digest is not a secret key');
    const out = redactEvidence({ environment: [{ name: 'API_TOKEN', value: 'abc123456' }, { name: 'REGION', value: 'us-east-1' }], tags: { db_password: 'Tr0ub4dor&3' } });
    assert.deepEqual(out, { environment: [{ name: 'API_TOKEN', value: REDACTED }, { name: 'REGION', value: 'us-east-1' }], tags: { db_password: REDACTED } });
  });
});

describe('terminal-safe text', () => {
  it('strips ANSI/OSC sequences and escapes control characters', () => {
    const hostile = 'prod\u001b[2J\u001b[31mRED\u001b]0;pwned\u0007\rover\nnext\u202e';
    const s = safeText(hostile);
    assert.equal(s.includes('\u001b'), false);
    assert.equal(s.includes('\r'), false);
    assert.equal(s.includes('\n'), false);
    assert.equal(s.includes('\u202e'), false);
    assert.match(s, /^prodRED/);
  });
});
