import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  signerFromInputs
} from "./chunk-WE3VJFCN.js";
import {
  submitRecoveryShare
} from "./chunk-I6SG5PVT.js";
import {
  withClient
} from "./chunk-RGTSZGGO.js";
import {
  code,
  writeSummary
} from "./chunk-2MGYFWBN.js";
import "./chunk-7IY7ICS4.js";
import {
  info,
  secretPemInput,
  setOutput
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError,
  InputError
} from "./chunk-RGBX3ABY.js";
import "./chunk-WL6NGZJP.js";
import "./chunk-NVOPRWJI.js";

// actions/commands/submit-share.ts
var run = async ({ command, run: run2 }) => {
  const encryptionKey = secretPemInput("encryption-key");
  if (!encryptionKey) throw new InputError("encryption-key", "is required by the 'submit-share' command (the member's RSA encryption private key, from a secret)");
  const signer = signerFromInputs(command, run2.workspace);
  setOutput("member-id", signer.memberId);
  await withClient(command, run2, async ({ client }) => {
    const outcome = await submitRecoveryShare(client, { signer, encryptionPrivateKeyPem: encryptionKey, encryptionKeyInput: "encryption-key" });
    if (!outcome.submitted) {
      throw new CcfConsortiumError("REFUSED", `the service is ${outcome.serviceStatus}, not WaitingForRecoveryShares: there is no recovery to submit a share to; nothing was sent`);
    }
    const message = outcome.result?.message ?? "submitted";
    info(`Member ${signer.memberId}: ${message.split("\n")[0]}`);
    await writeSummary(`### Recovery share

Member ${code(signer.memberId)}: ${message.replace(/\n/g, " \u2014 ")}
`);
  });
};
export {
  run
};
