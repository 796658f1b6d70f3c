/**
 * One error base with a stable `code`. Faces map codes to exit codes, annotations and Pulumi check
 * failures. Messages are actionable and never carry key material.
 */
export type ErrorCode =
  | "INVALID_INPUT" // a user-supplied value is malformed or out of range
  | "UNSUPPORTED_KEY" // a key of a type or curve CCF governance does not accept
  | "KEY_MISMATCH" // a private key does not belong to the certificate
  | "COSE_MALFORMED" // an envelope that cannot be decoded
  | "COSE_INVALID" // an envelope that decodes but fails header or signature checks
  | "CCF_ERROR" // the node answered with an error body
  | "TRANSPORT" // connection, TLS or timeout talking to a node
  | "NODE_REPLY" // a node's reply does not have the shape its endpoint's reference gives
  | "REFUSED" // a flow refuses, before signing, a change the service would reject
  | "PROPOSAL_FAILED" // a proposal ended Failed/Rejected/Withdrawn/Dropped
  | "TIMEOUT" // waited too long for a state
  | "SIGNER" // an external signer (Key Vault, HSM) failed
  | "CONSTITUTION" // a constitution's JavaScript did not load, threw, or hit the engine's time/memory limits
  | "RECEIPT_INVALID" // a transaction receipt that parses but does not verify
  | "INTERNAL";

export class CcfConsortiumError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A user mistake: names the input (flag, file, field) and what is wrong with it. */
export class InputError extends CcfConsortiumError {
  readonly input: string;
  constructor(input: string, problem: string, code: ErrorCode = "INVALID_INPUT", options?: { cause?: unknown }) {
    super(code, `${input}: ${problem}`, options);
    this.input = input;
  }
}

/** True for errors caused by what the user supplied (shown as one line, exit code 2). */
export function isUserError(err: unknown): err is InputError {
  return err instanceof InputError;
}

/**
 * Anything thrown from parsing untrusted input, as a typed error: a CcfConsortiumError passes through;
 * anything else (a TypeError, RangeError or SyntaxError from a library, a stack overflow on deeply nested
 * input) becomes an InputError naming `input` with `problem`. The original error is kept as `cause` but its
 * message is never shown, since a library's message can quote the input (and the input may be a key).
 */
export function typedError(err: unknown, input: string, problem: string, code: ErrorCode = "INVALID_INPUT"): CcfConsortiumError {
  if (err instanceof CcfConsortiumError) return err;
  return new InputError(input, problem, code, { cause: err });
}
