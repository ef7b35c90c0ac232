import { safeText } from '../report/text.js';
/** One rewritten stderr line while collecting; silent when stderr is not a terminal or --quiet. */
export function createProgress({ enabled }) {
    let last = 0;
    const write = (s) => enabled && process.stderr.write(s);
    return {
        message(text) {
            write(`${safeText(text)}\n`);
        },
        unit(s, done, total) {
            const now = Date.now();
            if (s.state === 'ok' && done < total && now - last < 100)
                return;
            last = now;
            const line = `[${done}/${total}] ${s.region} ${s.collector}: ${s.state === 'ok' ? `${s.resources} resource(s)` : s.state}`;
            write(`\r\u001b[2K${safeText(line).slice(0, (process.stderr.columns ?? 100) - 1)}`);
            if (s.state !== 'ok')
                write('\n');
        },
        done() {
            write('\r\u001b[2K');
        },
    };
}
