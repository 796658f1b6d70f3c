import type { Io } from "../io.js";
import { optional, parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { GOV_MESSAGE_ALIASES, GOV_MESSAGE_FLAGS, GOV_MESSAGE_INPUT_NAMES, readGovMessageFlags, writeBinary } from "./sign.js";
import { readFlagFile, flagInput } from "../files.js";
import { finishGovernanceMessage, prepareGovernanceMessage, toBeSignedFromJSON, type ToBeSigned } from "../../core/cose/prepare.js";

export const usage = `Usage: ccf-consortium finish --prepared FILE --signature FILE
       ccf-consortium finish --content FILE|- --signing-cert CERT --ccf-gov-msg-type TYPE
                             [--ccf-gov-msg-proposal-id ID] --ccf-gov-msg-created-at ISO8601 --signature FILE

Second half of external signing (like ccf_cose_sign1_finish): assembles the COSE_Sign1 from a prepared
message and the signature an HSM or Azure Key Vault made over its digest, and writes it to standard output.

  --prepared FILE    the JSON 'ccf-consortium prepare' printed (its toBeSigned object is used as is)
  --signature FILE   JSON with a "value" field holding the raw r||s signature in base64 or base64url,
                     padding optional: Key Vault's sign response as it comes
The second form is CCF's: the message is rebuilt from the same flags given to prepare (created-at required).
The signature is checked against the signing certificate before anything is written.`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...GOV_MESSAGE_FLAGS, prepared: { type: "string" }, signature: { type: "string" } }, GOV_MESSAGE_ALIASES);
  const signaturePath = required(values, "signature");
  const preparedPath = optional(values, "prepared");
  let tbs: ToBeSigned;
  if (preparedPath !== undefined) {
    for (const flag of Object.keys(GOV_MESSAGE_FLAGS)) {
      if (values[flag] !== undefined) throw new InputError(`--${flag}`, "cannot be combined with --prepared (the prepared file fixes the message)");
    }
    const input = flagInput("--prepared", preparedPath);
    const json = parseJson(readFlagFile("--prepared", preparedPath, io), input);
    const inner = typeof json === "object" && json !== null && "toBeSigned" in json ? (json as { toBeSigned: unknown }).toBeSigned : json;
    tbs = toBeSignedFromJSON(inner, input);
  } else {
    const certPath = optional(values, "signing-cert");
    if (certPath === undefined) throw new InputError("--prepared", "is required (or give the message flags as to CCF's ccf_cose_sign1_finish, with --signing-cert)");
    const message = await readGovMessageFlags(values, io, { createdAtRequired: true });
    tbs = prepareGovernanceMessage({
      ...message,
      certificatePem: readFlagFile("--signing-cert", certPath, io),
      names: { ...GOV_MESSAGE_INPUT_NAMES, certificate: flagInput("--signing-cert", certPath) },
    });
  }
  const sigInput = flagInput("--signature", signaturePath);
  const signature = signatureFromJson(parseJson(readFlagFile("--signature", signaturePath, io), sigInput), sigInput);
  const cose = finishGovernanceMessage(tbs, signature, { names: { signature: sigInput } });
  await writeBinary(io.stdout, cose);
  return 0;
}

function parseJson(bytes: Buffer, input: string): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new InputError(input, "is not valid JSON");
  }
}

/** Key Vault's `value`: base64url (or base64), padding optional. */
export function signatureFromJson(json: unknown, input: string): Uint8Array {
  const value = typeof json === "object" && json !== null ? (json as { value?: unknown }).value : undefined;
  if (typeof value !== "string") throw new InputError(input, 'has no "value" string (expected Key Vault\'s sign response: {"kid": ..., "value": "<base64url signature>"})');
  const text = value.trim();
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text) || text.replace(/=+$/, "").length % 4 === 1) {
    throw new InputError(input, '"value" is not base64 or base64url');
  }
  return new Uint8Array(Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, ""), "base64"));
}
