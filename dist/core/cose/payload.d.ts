/**
 * A governance message body: bytes as they are, a string as UTF-8, anything else as its JSON text
 * (`JSON.stringify`). `undefined`/`null` is the empty payload (an empty byte string; withdrawal and
 * state_digest carry nothing).
 */
export type GovPayload = Uint8Array | string | object | null | undefined;
/** The payload's bytes, copied so later changes to the caller's buffer cannot reach a message. */
export declare function payloadBytes(payload: GovPayload, input?: string): Uint8Array;
