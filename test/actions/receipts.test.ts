/**
 * `receipts-dir` on the bundled action (dist/index.js, run as the runner runs it): `ack` and `vote` write
 * the receipt of the transaction they caused, verified, list it in the job summary ("receipt verified")
 * and in the `receipts` output; the independent verifier accepts each file.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { createGovernanceClient } from "../../core/client/index.js";
import { localSigner } from "../../core/cose/index.js";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { passProposal } from "../../core/flows/index.js";
import { proposalBody, setMemberAction } from "../../core/proposals/index.js";
import { independentlyVerify } from "../receipts/independent-verifier.js";
import { BUNDLE, NODE24, ROOT, runAction, runtimes } from "./harness.js";

for (const runtime of runtimes()) {
  describe(`receipts-dir under ${runtime.name}`, () => {
    let sandbox: Sandbox;
    let ws: string;

    beforeAll(async () => {
      if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
      if (!existsSync(NODE24)) execFileSync(process.execPath, [join(ROOT, "scripts", "ensure-node24.mjs")], { cwd: ROOT, stdio: "inherit" });
      ws = mkdtempSync(join(tmpdir(), "action-receipts-"));
      sandbox = await startSandbox({ members: 2, ccfVersion: 7 });
      writeFileSync(join(ws, "service_cert.pem"), sandbox.serviceCertificatePem);
    });

    afterAll(async () => {
      await sandbox?.close();
      if (ws) rmSync(ws, { recursive: true, force: true });
    });

    const connection = () => ({ "node-url": sandbox.url, "service-cert": "service_cert.pem" });
    const signedBy = (i: number) => ({ "signing-key": sandbox.members[i]!.privateKeyPem, "signing-cert": sandbox.members[i]!.certificatePem });
    const kept = (outputs: Record<string, string>) => JSON.parse(outputs.receipts!) as { transactionId: string; file: string; root: string }[];

    it("ack and vote keep verified receipts, listed in the summary and the receipts output", async () => {
      const constitution = createHash("sha256").update(sandbox.service.state.constitution!).digest("hex");
      for (const i of [0, 1]) {
        const r = await runAction({ node: runtime.bin, inputs: { command: "ack", ...connection(), ...signedBy(i), "expected-constitution-sha256": constitution, "receipts-dir": "receipts" }, workspace: ws });
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        const [receipt] = kept(r.outputs);
        expect(receipt!.file).toBe(`receipts/${receipt!.transactionId}.json`);
        expect(r.summary).toContain(`| \`${receipt!.transactionId}\` | ✅ receipt verified | \`receipts/${receipt!.transactionId}.json\` |`);
        const json = JSON.parse(readFileSync(join(ws, receipt!.file), "utf8"));
        expect(independentlyVerify(json, sandbox.serviceCertificatePem)).toBe(receipt!.root);
      }

      // A proposal by member 0 (Open: two Active members), accepted by member 1's ballot from the action.
      const client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem: sandbox.serviceCertificatePem });
      try {
        const m0 = localSigner(sandbox.members[0]!.privateKeyPem, sandbox.members[0]!.certificatePem);
        const dave = await generateMemberIdentity({ name: "dave" });
        const members = await client.listMembers();
        const open = await passProposal(client, proposalBody(setMemberAction({ certificatePem: dave.certificatePem })), { members, openProposals: [], emit: () => undefined }, { proposer: m0, voters: [m0] });
        expect(open.state).toBe("pending");
        const v = await runAction({ node: runtime.bin, inputs: { command: "vote", ...connection(), ...signedBy(1), "proposal-id": open.proposalId, "receipts-dir": "votes" }, workspace: ws });
        expect(v.stderr).toBe("");
        expect(v.code).toBe(0);
        expect(v.outputs["proposal-state"]).toBe("Accepted");
        const [ballot] = kept(v.outputs);
        expect(v.summary).toContain(`| \`${ballot!.transactionId}\` | ✅ receipt verified |`);
        expect(independentlyVerify(JSON.parse(readFileSync(join(ws, ballot!.file), "utf8")), sandbox.serviceCertificatePem)).toBe(ballot!.root);
      } finally {
        await client.close();
      }
    });

    it("a receipts-dir that cannot be a directory is refused before anything is signed", async () => {
      writeFileSync(join(ws, "taken"), "x");
      const r = await runAction({ node: runtime.bin, inputs: { command: "vote", ...connection(), ...signedBy(1), "proposal-id": "a".repeat(64), "receipts-dir": "taken/sub" }, workspace: ws });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error title=ccf-consortium vote%3A invalid input 'receipts-dir'::receipts-dir: 'taken\/sub' cannot be used as a directory \(ENOTDIR\)/);
    });
  });
}
