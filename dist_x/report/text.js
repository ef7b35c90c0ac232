/**
 * Resource names, tags and messages are attacker-controlled: a tag value can carry ANSI escape
 * sequences or control characters that rewrite a terminal. Everything printed to a terminal
 * passes through here.
 */
export function safeText(value) {
    return String(value ?? '')
        .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '') // CSI sequences
        .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, '') // OSC sequences (titles, hyperlinks)
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\n/g, '\\n')
        .replace(/\t/g, ' ');
}
