/**
 * Findings are kept until every report is written, millions of them on a large estate, so the
 * strings they hold are stored compactly. V8 keeps a string built by concatenation as a tree of
 * cons cells (about ten per message) and a slice of a long string as a view that keeps the whole
 * string alive; both cost more than the characters. A regular-expression match needs a flat
 * string, so V8 flattens the subject in place, and the garbage collector then drops the cells.
 */
const NEVER_IN_TEXT = /\u0000/;
/** The same string, flattened in place (see above). */
export function flatten(s) {
    NEVER_IN_TEXT.test(s);
    return s;
}
/**
 * The first 20 characters of a 64-character digest, as their own string: pieces shorter than 13
 * characters are copied rather than sliced, and their concatenation is flattened.
 */
export function digestPrefix20(hex) {
    return flatten(hex.slice(0, 10) + hex.slice(10, 20));
}
