/**
 * `submit-share` end to end: after a (simulated) disaster and the transition to open, the bundled action
 * fetches the member's encrypted share, decrypts it in memory and submits it; recovery starts. The RSA key
 * never appears in any output, summary or log.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { createGovernanceClient } from "../../core/client/index.js";
import { localSigner } from "../../core/cose/index.js";
import { passProposal } from "../../core/flows/index.js";
import { proposalBody, transitionServiceToOpenAction } from "../../core/proposals/index.js";
import { BUNDLE, NODE24, ROOT, pemBodyLines, runAction, runtimes, withoutMaskCommands } from "./harness.js";

for (const runtime of runtimes()) describe(`submit-share under ${runtime.name}`, () => {
let sandbox: Sandbox;
let ws: string;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (!existsSync(NODE24)) execFileSync(process.execPath, [join(ROOT, "scripts", "ensure-node24.mjs")], { cwd: ROOT, stdio: "inherit" });
  ws = mkdtempSync(join(tmpdir(), "action-share-"));
  sandbox = await startSandbox({ members: 1, recoveryMembers: 1, recoveryThreshold: 1, activate: true });
});

afterAll(async () => {
  await sandbox?.close();
  if (ws) rmSync(ws, { recursive: true, force: true });
});

it("submit-share decrypts the member's share in memory and submits it; recovery starts", async () => {
  const m = sandbox.members[0]!;
  const inputs = (cert: string) => ({
    command: "submit-share",
    "node-url": sandbox.url,
    "service-cert": cert,
    "signing-key": m.privateKeyPem,
    "signing-cert": m.certificatePem,
    "encryption-key": m.encryptionPrivateKeyPem!,
  });
  // While the service is Open there is nothing to submit to: refused, nothing sent.
  const early = await runAction({ node: runtime.bin, inputs: inputs(sandbox.serviceCertificatePem), workspace: ws });
  expect(early.code).toBe(1);
  expect(early.stdout).toContain("::error title=ccf-consortium submit-share%3A REFUSED::the service is Open, not WaitingForRecoveryShares");

  const { serviceCertificatePem, previousServiceCertificatePem } = await sandbox.control.simulateDisaster();
  const client = createGovernanceClient({ nodes: [sandbox.url], serviceCertificatePem });
  try {
    const signer = localSigner(m.privateKeyPem, m.certificatePem);
    const body = proposalBody(transitionServiceToOpenAction({ nextServiceIdentityPem: serviceCertificatePem, previousServiceIdentityPem: previousServiceCertificatePem }));
    const members = await client.listMembers();
    await passProposal(client, body, { members, openProposals: [], emit: () => undefined }, { proposer: signer, voters: [signer] });
    expect((await client.getServiceInfo()).status).toBe("WaitingForRecoveryShares");

    writeFileSync(join(ws, "service_cert.pem"), serviceCertificatePem);
    // Another member's RSA key cannot decrypt this share: the error names the input, nothing is submitted.
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const wrong = await runAction({ node: runtime.bin, inputs: { ...inputs("service_cert.pem"), "encryption-key": otherKey }, workspace: ws });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`encryption-key: does not decrypt the recovery share of member ${m.memberId}`);
    expect((await client.getServiceInfo()).status).toBe("WaitingForRecoveryShares");
    const r = await runAction({ node: runtime.bin, inputs: inputs("service_cert.pem"), workspace: ws });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.outputs["member-id"]).toBe(m.memberId);
    expect(r.summary).toContain("1/1 recovery shares successfully submitted — End of recovery procedure initiated");
    await sandbox.control.privateRecoveryDone();
    expect((await client.getServiceInfo()).status).toBe("Open");

    for (const [run, encryptionKey] of [[early, m.encryptionPrivateKeyPem!], [wrong, otherKey], [r, m.encryptionPrivateKeyPem!]] as const) {
      for (const line of [...pemBodyLines(m.encryptionPrivateKeyPem!), ...pemBodyLines(otherKey), ...pemBodyLines(m.privateKeyPem)]) {
        expect(withoutMaskCommands(run.everything).includes(line)).toBe(false);
      }
      expect(run.stdout).toContain(`::add-mask::${pemBodyLines(encryptionKey)[0]}`);
    }
  } finally {
    await client.close();
  }
});
});
