/**
 * XML 1.0 admits only #x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD and #x10000-#x10FFFF; a resource
 * name or tag carrying anything else (a NUL, an ANSI escape, a lone surrogate) would make the
 * document unparseable, so those characters are dropped.
 */
export function stripInvalidXmlChars(value) {
    return value.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}
export function escapeXml(value) {
    return stripInvalidXmlChars(String(value ?? ''))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
