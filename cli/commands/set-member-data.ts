import type { Io } from "../io.js";
import { parseFlags } from "../args.js";
import { memberIdOf } from "../../core/identity/member-id.js";
import { setMemberData } from "../../core/flows/set-member-data.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, clientFromFlags } from "../online/connection.js";
import { memberDataFlag, memberFlags } from "../online/inputs.js";
import { outputFor } from "../online/output.js";
import { withClient } from "../online/run.js";
import { changeLines } from "../online/change-result.js";
import { SIGNER_FLAGS, SIGNER_USAGE, VOTING_FLAGS, VOTING_USAGE, signerFromFlags, votersFromFlags } from "../online/signers.js";
import { RECEIPTS_FLAGS, RECEIPTS_USAGE, keepReceiptsFromFlags, receiptsDirFromFlags } from "../online/receipts.js";

export const usage = `Usage: ccf-consortium set-member-data (--member-id ID | --cert CERT) --member-data JSON|@FILE
                                      --node URL --service-cert PEM --signing-key KEY --signing-cert CERT
                                      [--voter KEY,CERT ...] [--wait-for-commit] [--json]

Proposes set_member_data (or reuses an identical Open proposal) and collects ballots until it is
Accepted. Nothing is proposed when the member already has exactly this data.

  --member-id ID           the member (64 hex)
  --cert CERT              or its certificate (PEM)
  --member-data JSON|@FILE the new member_data: a JSON object, inline or from a file

${SIGNER_USAGE}

${VOTING_USAGE}

${RECEIPTS_USAGE}
${CONNECTION_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...CONNECTION_FLAGS, ...SIGNER_FLAGS, ...VOTING_FLAGS, ...RECEIPTS_FLAGS, "member-id": { type: "string" }, cert: { type: "string" }, "member-data": { type: "string" } });
  const out = outputFor(values, io);
  const receipts = receiptsDirFromFlags(values, io);
  const member = memberFlags(values, io, "the member whose data to set");
  const memberId = "memberId" in member ? member.memberId : memberIdOf(member.certificatePem);
  const memberData = memberDataFlag(values, io, true)!;
  const proposer = signerFromFlags(values, io);
  const voters = votersFromFlags(values, io, proposer);
  const client = await clientFromFlags(values, io);
  const result = await withClient(client, (c) =>
    setMemberData(c, { memberId, memberData, proposer, voters, waitForCommit: values["wait-for-commit"] === true, onProgress: out.progress }),
  );
  out.document(result);
  for (const line of changeLines(result, { done: `Member ${memberId} has the new member_data`, nothing: `Member ${memberId} already has this member_data; nothing proposed.` })) out.line(line);
  await keepReceiptsFromFlags(receipts, values, io, out, [result.transactionId]);
  return 0;
}
