import type { Io } from "../io.js";
import { parseFlags } from "../args.js";
import { activateMember } from "../../core/flows/activate-member.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { SIGNER_FLAGS, SIGNER_USAGE, signerFromFlags } from "../online/signers.js";

export const usage = `Usage: ccf-consortium ack --node URL --service-cert PEM --signing-key KEY --signing-cert CERT [--json]

Activates the signing member (an Accepted member, with its own key): refreshes its state digest, then
signs an ack of exactly that digest. The member becomes Active (and, if it has an encryption key, gets a
recovery share). Nothing is sent when it is already Active.

${SIGNER_USAGE}

${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS });
  const out = outputFor(values, io);
  const signer = signerFromFlags(values, io);
  const client = await clientFromFlags(values, io);
  const result = await withClient(client, (c) => activateMember(c, signer, { onProgress: out.progress }));
  out.document(result);
  out.line(result.changed ? `Member ${result.memberId} acked the state digest and is Active.` : `Member ${result.memberId} is already Active; nothing sent.`);
  return 0;
}
