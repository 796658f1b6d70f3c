import type { Io } from "../io.js";
import { println } from "../io.js";
import { optional, parseFlags, required } from "../args.js";
import { InputError } from "../../core/errors.js";
import { readAll } from "./sign.js";
import { readFlagFile, flagInput } from "../files.js";
import { verifyGovernanceMessage } from "../../core/cose/verify.js";
import { algorithmFromCoseId } from "../../core/cose/algorithms.js";
import { GOV_MESSAGE_TYPES, parseGovMessageType, type GovMessageType } from "../../core/cose/message-types.js";
import { loadCertificate } from "../../core/identity/certificate.js";

export const usage = `Usage: ccf-consortium verify --cert CERT --msg FILE|- [--ccf-gov-msg-type TYPE] [--ccf-gov-msg-proposal-id ID]

Decodes a governance COSE_Sign1, prints its protected header and checks it as a CCF node would against a
member certificate: alg (ES256/ES384/ES512, matching the key's curve), kid = the certificate's member id,
the signature (raw r||s over the Sig_structure), and, when given, the expected message type and proposal id.
Exit code 0 when it verifies, 1 when it does not (or does not decode), 2 for bad arguments.

  --cert CERT                   member certificate, PEM
  --msg FILE|-                  the COSE_Sign1 (binary), '-' for standard input
  --ccf-gov-msg-type TYPE       expected type: ${GOV_MESSAGE_TYPES.join(", ")}
  --ccf-gov-msg-proposal-id ID  expected proposal id (as in the endpoint's URL)`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(
    argv,
    { cert: { type: "string" }, msg: { type: "string" }, "ccf-gov-msg-type": { type: "string" }, "ccf-gov-msg-proposal-id": { type: "string" } },
    { "ccf-gov-msg-proposal_id": "ccf-gov-msg-proposal-id" },
  );
  const certPath = required(values, "cert");
  const msgPath = required(values, "msg");
  const typeText = optional(values, "ccf-gov-msg-type");
  const expectedType: GovMessageType | undefined = typeText === undefined ? undefined : parseGovMessageType(typeText, "--ccf-gov-msg-type");
  const expectedProposalId = optional(values, "ccf-gov-msg-proposal-id");
  if (expectedProposalId !== undefined && !/^[0-9a-fA-F]{64}$/.test(expectedProposalId)) {
    throw new InputError("--ccf-gov-msg-proposal-id", "must be a proposal id: 64 hexadecimal characters");
  }
  const cert = loadCertificate(readFlagFile("--cert", certPath, io), flagInput("--cert", certPath));
  const bytes = msgPath === "-" ? await readAll(io.stdin) : readFlagFile("--msg", msgPath, io);
  const result = verifyGovernanceMessage(new Uint8Array(bytes), cert, {
    ...(expectedType ? { expectedType } : {}),
    ...(expectedProposalId ? { expectedProposalId: expectedProposalId.toLowerCase() } : {}),
  });
  const h = result.decoded.headers;
  const alg = algorithmFromCoseId(h.alg);
  const lines = [
    `alg: ${alg ? `${alg} (${h.alg})` : `${h.alg} (not accepted by CCF)`}`,
    `kid: ${h.kid}`,
    `ccf.gov.msg.type: ${h.msgType ?? "(absent)"}`,
    `ccf.gov.msg.created_at: ${h.createdAt} (${isoOf(h.createdAt)})`,
    ...(h.proposalId !== undefined ? [`ccf.gov.msg.proposal_id: ${h.proposalId}`] : []),
    `payload: ${result.decoded.payload.length} bytes`,
    `signature: ${result.decoded.signature.length} bytes`,
    `certificate member id: ${result.memberId ?? "?"}`,
    result.valid ? "verified: yes" : `verified: no (${result.reason})`,
  ];
  println(io.stdout, lines.join("\n"));
  return result.valid ? 0 : 1;
}

function isoOf(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? "out of range" : d.toISOString().replace(".000Z", "Z");
}
