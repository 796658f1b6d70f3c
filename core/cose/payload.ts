import { InputError } from "../errors.js";

/**
 * A governance message body: bytes as they are, a string as UTF-8, anything else as its JSON text
 * (`JSON.stringify`). `undefined`/`null` is the empty payload (an empty byte string; withdrawal and
 * state_digest carry nothing).
 */
export type GovPayload = Uint8Array | string | object | null | undefined;

const EMPTY = new Uint8Array(0);

/** The payload's bytes, copied so later changes to the caller's buffer cannot reach a message. */
export function payloadBytes(payload: GovPayload, input = "payload"): Uint8Array {
  if (payload === undefined || payload === null) return EMPTY;
  if (payload instanceof Uint8Array) return new Uint8Array(payload);
  if (typeof payload === "string") return new Uint8Array(Buffer.from(payload, "utf8"));
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload.slice(0));
  let json: string | undefined;
  try {
    json = JSON.stringify(payload);
  } catch (err) {
    throw new InputError(input, `cannot be serialized as JSON: ${(err as Error).message}`);
  }
  if (json === undefined) throw new InputError(input, "cannot be serialized as JSON");
  return new Uint8Array(Buffer.from(json, "utf8"));
}
