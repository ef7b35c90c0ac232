/**
 * Marks a class whose instances are built by posture's own analyses from identifiers, addresses,
 * ports and rule numbers only (never from customer-written text such as tags or descriptions), so
 * evidence holding them needs no redaction and they stay unserialised until a report is written.
 */
export const NO_CUSTOMER_TEXT = Symbol('posture.noCustomerText');
