import type { Io } from "./io.js";

/** A command module: its usage text and its entry point, loaded only when the command runs. */
export interface CommandModule {
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
  /** The built command's own cli/run-command.ts (a bundle of its own: its own error classes). */
  runCommand?: (name: string, mod: CommandModule, rest: string[], io: Io) => Promise<number>;
}

export interface CommandEntry {
  name: string;
  summary: string;
  group: "Identities and signing (offline)" | "Governance (online)" | "Local node";
  load(): Promise<CommandModule>;
}

// Lazy: `member-id` must not pay for loading the sandbox or the HTTP client.
export const commands: CommandEntry[] = [
  { name: "keygen", group: "Identities and signing (offline)", summary: "Generate a member key pair and certificate (like keygenerator.sh)", load: () => import("./commands/keygen.js") },
  { name: "member-id", group: "Identities and signing (offline)", summary: "Print the member id of a certificate", load: () => import("./commands/member-id.js") },
  { name: "sign", group: "Identities and signing (offline)", summary: "Sign a governance message as COSE_Sign1 (like ccf_cose_sign1)", load: () => import("./commands/sign.js") },
  { name: "prepare", group: "Identities and signing (offline)", summary: "Prepare a message for an external signer (like ccf_cose_sign1_prepare)", load: () => import("./commands/prepare.js") },
  { name: "finish", group: "Identities and signing (offline)", summary: "Assemble COSE_Sign1 from an external signature (like ccf_cose_sign1_finish)", load: () => import("./commands/finish.js") },
  { name: "verify", group: "Identities and signing (offline)", summary: "Decode and verify a COSE_Sign1 governance message", load: () => import("./commands/verify.js") },
  { name: "status", group: "Governance (online)", summary: "Service, constitution SHA-256, members and Open proposals with their ballots", load: () => import("./commands/status.js") },
  { name: "verify-receipt", group: "Identities and signing (offline)", summary: "Verify a transaction receipt against the service certificate", load: () => import("./commands/verify-receipt.js") },
  { name: "members", group: "Governance (online)", summary: "List the consortium's members", load: () => import("./commands/members.js") },
  { name: "proposals", group: "Governance (online)", summary: "List proposals", load: () => import("./commands/proposals.js") },
  { name: "propose-member", group: "Governance (online)", summary: "Propose set_member for a certificate", load: () => import("./commands/propose-member.js") },
  { name: "add-member", group: "Governance (online)", summary: "Propose a member and collect ballots until accepted", load: () => import("./commands/add-member.js") },
  { name: "vote", group: "Governance (online)", summary: "Submit a ballot for a proposal", load: () => import("./commands/vote.js") },
  { name: "withdraw", group: "Governance (online)", summary: "Withdraw a proposal", load: () => import("./commands/withdraw.js") },
  { name: "ack", group: "Governance (online)", summary: "Activate a member: update the state digest and ack it", load: () => import("./commands/ack.js") },
  { name: "remove-member", group: "Governance (online)", summary: "Propose remove_member and collect ballots", load: () => import("./commands/remove-member.js") },
  { name: "set-member-data", group: "Governance (online)", summary: "Propose set_member_data and collect ballots", load: () => import("./commands/set-member-data.js") },
  { name: "plan", group: "Governance (online)", summary: "Compare a members manifest with the live service", load: () => import("./commands/plan.js") },
  { name: "apply", group: "Governance (online)", summary: "Propose a manifest's changes as one proposal", load: () => import("./commands/apply.js") },
  { name: "validate-proposal", group: "Governance (online)", summary: "Run the live constitution's validate() on a proposal locally (nothing sent)", load: () => import("./commands/validate-proposal.js") },
  { name: "receipt", group: "Governance (online)", summary: "Fetch and verify the receipt of a transaction", load: () => import("./commands/receipt.js") },
  { name: "submit-share", group: "Governance (online)", summary: "Decrypt this member's recovery share and submit it", load: () => import("./commands/submit-share.js") },
  { name: "sandbox", group: "Local node", summary: "Serve a CCF-compatible governance node on loopback", load: () => import("./commands/sandbox.js") },
  { name: "demo", group: "Local node", summary: "Run the add-and-activate-a-member walkthrough on an embedded sandbox", load: () => import("./commands/demo.js") },
];
