import { optional, parseFlags } from "../args.js";
import { InputError } from "../../core/errors.js";
import { submitRecoveryShare } from "../../core/flows/recovery-share.js";
import { loadPrivateKey } from "../../core/identity/private-key.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { readFlagFile, flagInput } from "../files.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, signerFromFlags } from "../online/signers.js";
export const usage = `Usage: ccf-consortium submit-share --enc-key PEM --node URL --service-cert PEM
                                   --signing-key KEY --signing-cert CERT [--json]

During a disaster recovery (service WaitingForRecoveryShares): fetches the signing member's encrypted
recovery share, decrypts it in memory with its RSA encryption private key (RSA-OAEP SHA-256) and submits
it. The decrypted share is never written anywhere. Nothing is sent when the service is not waiting for
shares. After a disaster the service has a NEW identity: pass the new service certificate.

  --enc-key PEM            the member's RSA encryption private key (e.g. NAME_enc_privk.pem)

${SIGNER_USAGE}

${CONNECTION_USAGE}`;
export async function run(argv, io) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, "enc-key": { type: "string" } });
    const out = outputFor(values, io);
    const keyPath = optional(values, "enc-key");
    if (!keyPath)
        throw new InputError("--enc-key", "is required (the member's RSA encryption private key, PEM)");
    const encryptionPrivateKeyPem = readFlagFile("--enc-key", keyPath, io).toString("utf8");
    const key = loadPrivateKey(encryptionPrivateKeyPem, flagInput("--enc-key", keyPath));
    if (key.asymmetricKeyType !== "rsa")
        throw new InputError(flagInput("--enc-key", keyPath), `must be an RSA private key (the member's encryption key), got ${key.asymmetricKeyType ?? "another type"}`);
    const signer = signerFromFlags(values, io);
    const client = await clientFromFlags(values, io);
    const result = await withClient(client, (c) => submitRecoveryShare(c, { signer, encryptionPrivateKeyPem, encryptionKeyInput: "--enc-key", onProgress: out.progress }));
    out.document(result);
    if (!result.submitted)
        out.line(`The service is ${result.serviceStatus}, not waiting for recovery shares; nothing submitted.`);
    else
        out.line(`Submitted the recovery share of ${result.memberId}: ${result.result?.message.replace(/\n/g, "; ") ?? "accepted"}`);
    return 0;
}
