/**
 * `submit-share`: during a disaster recovery, fetch this member's encrypted share, decrypt it in memory with
 * the member's RSA encryption key (RSA-OAEP-SHA256), and submit it signed. The key and the share never reach
 * disk, a log or an output.
 */
import * as core from "../toolkit.js";
import { CcfConsortiumError, InputError } from "../../core/errors.js";
import { submitRecoveryShare } from "../../core/flows/index.js";
import { secretPemInput } from "../inputs.js";
import { signerFromInputs } from "../signer.js";
import { withClient } from "../client.js";
import { code, writeSummary } from "../render.js";
import type { Command } from "./command.js";

export const run: Command = async ({ command, run }) => {
  const encryptionKey = secretPemInput("encryption-key");
  if (!encryptionKey) throw new InputError("encryption-key", "is required by the 'submit-share' command (the member's RSA encryption private key, from a secret)");
  const signer = signerFromInputs(command, run.workspace);
  core.setOutput("member-id", signer.memberId);

  await withClient(command, run, async ({ client }) => {
    const outcome = await submitRecoveryShare(client, { signer, encryptionPrivateKeyPem: encryptionKey, encryptionKeyInput: "encryption-key" });
    if (!outcome.submitted) {
      throw new CcfConsortiumError("REFUSED", `the service is ${outcome.serviceStatus}, not WaitingForRecoveryShares: there is no recovery to submit a share to; nothing was sent`);
    }
    const message = outcome.result?.message ?? "submitted";
    core.info(`Member ${signer.memberId}: ${message.split("\n")[0]}`);
    await writeSummary(`### Recovery share\n\nMember ${code(signer.memberId)}: ${message.replace(/\n/g, " — ")}\n`);
  });
};
