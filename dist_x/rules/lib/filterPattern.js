/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = X) || ($.errorCode = "Y*") }`) read into
 * a boolean form that ignores term order, whitespace, redundant parentheses and quoting, so that
 * two patterns can be compared by meaning rather than by text.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 */
/** Beyond this many alternatives a pattern is not compared (it would only be slow, never wrong). */
const MAX_ALTERNATIVES = 2048;
const UNARY = /^(NOT\s+EXISTS|EXISTS|IS\s+NULL|IS\s+TRUE|IS\s+FALSE)\b/i;
const BINARY = /^(!=|>=|<=|=|>|<)/;
class Parser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    parse() {
        const e = this.or();
        this.ws();
        if (this.i !== this.s.length)
            throw new Error(`unexpected "${this.s.slice(this.i, this.i + 10)}"`);
        return e;
    }
    ws() {
        while (this.i < this.s.length && /\s/.test(this.s[this.i]))
            this.i++;
    }
    eat(tok) {
        this.ws();
        if (this.s.startsWith(tok, this.i)) {
            this.i += tok.length;
            return true;
        }
        return false;
    }
    or() {
        const parts = [this.and()];
        while (this.eat('||'))
            parts.push(this.and());
        return parts.length === 1 ? parts[0] : { or: parts };
    }
    and() {
        const parts = [this.primary()];
        while (this.eat('&&'))
            parts.push(this.primary());
        return parts.length === 1 ? parts[0] : { and: parts };
    }
    primary() {
        if (this.eat('(')) {
            const e = this.or();
            if (!this.eat(')'))
                throw new Error('missing )');
            return e;
        }
        return { term: this.term() };
    }
    term() {
        this.ws();
        const field = /^\$[^\s=!<>()&|]*/.exec(this.s.slice(this.i))?.[0];
        if (!field || field.length < 2)
            throw new Error(`expected a $.field at "${this.s.slice(this.i, this.i + 10)}"`);
        this.i += field.length;
        this.ws();
        const rest = this.s.slice(this.i);
        const unary = UNARY.exec(rest);
        if (unary) {
            this.i += unary[0].length;
            return `${field} ${unary[1].toUpperCase().replace(/\s+/g, ' ')}`;
        }
        const op = BINARY.exec(rest)?.[0];
        if (!op)
            throw new Error(`expected an operator after ${field}`);
        this.i += op.length;
        return `${field} ${op} ${this.value()}`;
    }
    value() {
        this.ws();
        const q = this.s[this.i];
        if (q === '"' || q === "'") {
            let out = '';
            this.i++;
            while (this.i < this.s.length && this.s[this.i] !== q) {
                if (this.s[this.i] === '\\' && this.i + 1 < this.s.length)
                    this.i++;
                out += this.s[this.i++];
            }
            if (this.s[this.i] !== q)
                throw new Error('unterminated string');
            this.i++;
            return out;
        }
        if (q === '%') {
            const end = this.s.indexOf('%', this.i + 1);
            if (end < 0)
                throw new Error('unterminated regular expression');
            const out = this.s.slice(this.i, end + 1);
            this.i = end + 1;
            return out;
        }
        const bare = /^[^\s()&|}]+/.exec(this.s.slice(this.i))?.[0];
        if (!bare)
            throw new Error('expected a value');
        this.i += bare.length;
        return bare;
    }
}
/** The pattern as alternatives (OR) of term sets (AND); undefined when it is not a JSON pattern this reads. */
export function alternatives(pattern) {
    const p = pattern.trim();
    if (!p.startsWith('{') || !p.endsWith('}'))
        return undefined;
    let expr;
    try {
        expr = new Parser(p.slice(1, -1)).parse();
    }
    catch {
        return undefined;
    }
    return dnf(expr);
}
function dnf(e) {
    if ('term' in e)
        return [new Set([e.term])];
    if ('or' in e) {
        const out = [];
        for (const part of e.or) {
            const d = dnf(part);
            if (!d)
                return undefined;
            out.push(...d);
        }
        return out.length > MAX_ALTERNATIVES ? undefined : out;
    }
    let acc = [new Set()];
    for (const part of e.and) {
        const d = dnf(part);
        if (!d)
            return undefined;
        const next = [];
        for (const a of acc)
            for (const b of d)
                next.push(new Set([...a, ...b]));
        if (next.length > MAX_ALTERNATIVES)
            return undefined;
        acc = next;
    }
    return acc;
}
const subset = (a, b) => [...a].every((t) => b.has(t));
/**
 * Does `candidate` do the job of `reference`? Two conditions, both needed:
 * - it names every term of the reference (nothing the reference asks for was left out), and
 * - every event the reference matches, it matches too: each alternative of the reference implies
 *   one of the candidate's (no extra AND condition narrows it).
 * Extra OR alternatives (more event names) are fine; order, spacing, quotes and parentheses do not matter.
 */
export function patternCovers(candidate, reference) {
    const c = alternatives(candidate);
    const r = alternatives(reference);
    if (!c || !r)
        return false;
    const cTerms = new Set(c.flatMap((alt) => [...alt]));
    const rTerms = new Set(r.flatMap((alt) => [...alt]));
    if (![...rTerms].every((t) => cTerms.has(t)))
        return false;
    return r.every((ref) => c.some((alt) => subset(alt, ref)));
}
