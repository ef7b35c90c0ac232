/**
 * Spots personal data in free text that AWS stores as unencrypted service metadata (tags, names,
 * descriptions). AWS, in every service's data protection chapter: "We strongly recommend that you
 * never put confidential or sensitive information, such as your customers' email addresses, into
 * tags or free-form text fields such as a Name field."
 *
 * Two kinds by default: e-mail addresses, and telephone numbers written in international form
 * (a leading "+" and 8 to 15 digits). National formats are not matched: without the "+" they
 * cannot be told from account ids, dates, version and order numbers. Results name the kind, never
 * the value.
 */
export const PERSONAL_DATA_KINDS = ['email', 'phone'];
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE = /(?<![\w+])\+\d[\d\s().-]{6,20}\d(?![\w])/;
const LABEL = { email: 'e-mail address', phone: 'telephone number' };
function phoneDigits(m) {
    return m.replace(/\D/g, '').length;
}
/** The kinds of personal data found in `text`, among those asked for. */
export function personalData(text, kinds, extra = []) {
    if (!text)
        return [];
    const out = [];
    if (kinds.includes('email') && EMAIL.test(text))
        out.push(LABEL.email);
    if (kinds.includes('phone')) {
        const m = PHONE.exec(text);
        if (m && phoneDigits(m[0]) >= 8 && phoneDigits(m[0]) <= 15)
            out.push(LABEL.phone);
    }
    for (const re of extra)
        if (re.test(text))
            out.push(`matches pattern ${re.source}`);
    return out;
}
