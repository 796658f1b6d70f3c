import type { Io } from "../io.js";
import { println } from "../io.js";
import { parseFlags, required } from "../args.js";
import { GOV_MESSAGE_ALIASES, GOV_MESSAGE_FLAGS, GOV_MESSAGE_INPUT_NAMES, readGovMessageFlags } from "./sign.js";
import { readFlagFile, flagInput } from "../files.js";
import { prepareGovernanceMessage, toBeSignedToJSON } from "../../core/cose/prepare.js";
import { GOV_MESSAGE_TYPES } from "../../core/cose/message-types.js";

export const usage = `Usage: ccf-consortium prepare --content FILE|- --signing-cert CERT --ccf-gov-msg-type TYPE
                             [--ccf-gov-msg-proposal-id ID] [--ccf-gov-msg-created-at ISO8601]

First half of signing with a key that never leaves an HSM or Azure Key Vault (like ccf_cose_sign1_prepare).
Prints JSON whose "alg" and "value" are the body of a Key Vault sign request
(POST {key-id}/sign?api-version=7.4; "value" is the base64url digest of the COSE Sig_structure under the
alg's hash), and whose "toBeSigned" holds the fixed protected header, payload and digest:

  {"alg": "ES384", "value": "<base64url digest>", "toBeSigned": {...}}

Keep the whole output as the prepared file; sign "value" (e.g. jq '{alg, value}' prepared.json as the
request body), save Key Vault's response ({"kid", "value": <base64url r||s>}) and run
  ccf-consortium finish --prepared prepared.json --signature response.json > message.cose

Options: as for 'sign', without --signing-key.
  --ccf-gov-msg-type TYPE       ${GOV_MESSAGE_TYPES.join(", ")}
  --ccf-gov-msg-created-at T    ISO 8601 (without an offset: UTC); default: now. Fixed here for finish.`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...GOV_MESSAGE_FLAGS }, GOV_MESSAGE_ALIASES);
  const certPath = required(values, "signing-cert");
  const message = await readGovMessageFlags(values, io);
  const tbs = prepareGovernanceMessage({
    ...message,
    certificatePem: readFlagFile("--signing-cert", certPath, io),
    names: { ...GOV_MESSAGE_INPUT_NAMES, certificate: flagInput("--signing-cert", certPath) },
  });
  const out = { alg: tbs.algorithm, value: Buffer.from(tbs.digest).toString("base64url"), toBeSigned: toBeSignedToJSON(tbs) };
  println(io.stdout, JSON.stringify(out, null, 2));
  return 0;
}
