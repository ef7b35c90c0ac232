import { z } from 'zod';
/** Fields every resource shares, whatever its type. */
export const resourceBase = {
    id: z.string().min(1),
    arn: z.string().optional(),
    name: z.string().optional(),
    account: z.string().min(1),
    region: z.string().min(1),
    tags: z.record(z.string(), z.string()),
};
/**
 * Data that can fail to arrive. "Not configured" (`ok: true, value: null`) and "could not read"
 * (`ok: false`) are different facts, and rules must treat the second as an error, never as absence.
 */
export function collected(value) {
    return z.discriminatedUnion('ok', [
        z.object({ ok: z.literal(true), value: value.nullable() }),
        z.object({ ok: z.literal(false), error: z.string() }),
    ]);
}
export const ok = (value) => ({ ok: true, value });
export const failed = (error) => ({ ok: false, error });
/** A policy document as AWS returns it, already JSON-parsed (shape is analysed downstream). */
export const policyDocument = z.unknown();
