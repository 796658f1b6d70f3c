/**
 * Receipts end to end on the sandbox (real TLS): the ack of a member and the acceptance of a proposal get
 * receipts that core/receipts and the independent verifier (test/receipts/independent-verifier.ts, from
 * CCF's documented algorithm, no shared code) both accept; flipping any byte of a proof element, the
 * signature, a leaf component or the certificate makes both refuse; after a disaster recovery, receipts
 * of transactions from before (through service_endorsements) and after verify against the new service
 * certificate; the ledger survives a restart.
 */
import { appendFileSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { activateMember, addMember, passProposal, readLiveState, setRecoveryThreshold, submitRecoveryShare } from "../../core/flows/index.js";
import { proposalBody, transitionServiceToOpenAction } from "../../core/proposals/index.js";
import { fetchReceipt, keepReceipt, verifyReceipt, type Receipt } from "../../core/receipts/index.js";
import { count, PROFILES, startService, type Service } from "../flows/sandbox-helpers.js";
import { independentlyVerify } from "./independent-verifier.js";

let svc: Service | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

/** Both verifiers' verdicts: the root, or the refusal. */
function verdicts(receipt: unknown, serviceCert: string): { core: string; independent: string } {
  let core: string;
  let independent: string;
  try {
    core = verifyReceipt(receipt, serviceCert).root;
  } catch (err) {
    core = `refused: ${(err as { code?: string }).code} ${(err as Error).message}`;
  }
  try {
    independent = independentlyVerify(receipt as Record<string, unknown>, serviceCert);
  } catch (err) {
    independent = `refused: ${(err as Error).message}`;
  }
  return { core, independent };
}

function flipHexChar(hex: string, at: number): string {
  const c = hex[at]!;
  return hex.slice(0, at) + (c === "0" ? "1" : "0") + hex.slice(at + 1);
}

function flipBase64Byte(b64: string, at: number): string {
  const bytes = Buffer.from(b64, "base64");
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString("base64");
}

function flipPemByte(pem: string, at: number): string {
  const body = pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
  const der = Buffer.from(body, "base64");
  der[at] = der[at]! ^ 0x01;
  return `-----BEGIN CERTIFICATE-----\n${der.toString("base64").match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
}

describe("receipts from the sandbox", () => {
  it("an ack's receipt verifies with core/receipts and the independent verifier; any flipped byte is refused by both", async () => {
    svc = await startService({ ccfVersion: 6, members: 2, activate: false });
    const { client, signers, sandbox } = svc;
    const acked = await activateMember(client, signers[0]!);
    const txid = acked.transactionId!;
    expect(txid).toMatch(/^\d+\.\d+$/);

    svc.sent.length = 0;
    const receipt = await fetchReceipt(client, txid, { maxWaitMs: 20 });
    // Waited out the pending commit and the 202 of the historical fetch.
    expect(count(svc.sent, "GET", "/node/receipt")).toBeGreaterThanOrEqual(2);
    const cert = sandbox.serviceCertificatePem;
    const good = verdicts(receipt, cert);
    expect(good.core).toMatch(/^[0-9a-f]{64}$/);
    expect(good.independent).toBe(good.core);
    const verified = verifyReceipt(receipt, cert, { transactionId: txid });
    expect(verified).toMatchObject({ transactionId: txid, endorsements: 0, signatureTransaction: false, nodeId: sandbox.service.state.nodes[0]!.nodeId });
    expect(receipt.leaf_components!.commit_evidence).toMatch(new RegExp(`^ce:${txid.replace(".", "\\.")}:[0-9a-f]{64}$`));
    expect(receipt.service_endorsements).toBeUndefined();
    expect(receipt.proof.length).toBeGreaterThan(0);
    // The root is a state digest the service signed: the latest one, or an earlier signature's.
    expect(sandbox.service.state.ledger.root).toMatch(/^[0-9a-f]{64}$/);

    const tampered: [string, Receipt][] = [];
    receipt.proof.forEach((step, i) => {
      const [side, hex] = Object.entries(step)[0] as ["left" | "right", string];
      for (const at of [0, 31, 63]) tampered.push([`proof[${i}].${side}@${at}`, { ...receipt, proof: receipt.proof.map((s, j) => (j === i ? ({ [side]: flipHexChar(hex, at) } as Receipt["proof"][number]) : s)) }]);
    });
    const sigLength = Buffer.from(receipt.signature, "base64").length;
    for (const at of [0, 5, Math.floor(sigLength / 2), sigLength - 1]) tampered.push([`signature@${at}`, { ...receipt, signature: flipBase64Byte(receipt.signature, at) }]);
    const lc = receipt.leaf_components!;
    for (const at of [0, 40, 63]) tampered.push([`write_set_digest@${at}`, { ...receipt, leaf_components: { ...lc, write_set_digest: flipHexChar(lc.write_set_digest, at) } }]);
    for (const at of [lc.commit_evidence.length - 1, lc.commit_evidence.length - 40]) {
      tampered.push([`commit_evidence@${at}`, { ...receipt, leaf_components: { ...lc, commit_evidence: flipHexChar(lc.commit_evidence, at) } }]);
    }
    tampered.push(["claims_digest", { ...receipt, leaf_components: { ...lc, claims_digest: flipHexChar("0".repeat(64), 7) } }]);
    const der = Buffer.from(receipt.cert.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
    for (const at of [40, 120, der.length - 60, der.length - 2]) tampered.push([`cert@${at}`, { ...receipt, cert: flipPemByte(receipt.cert, at) }]);

    expect(tampered.length).toBeGreaterThan(15);
    for (const [what, bad] of tampered) {
      const v = verdicts(bad, cert);
      expect(v.core, what).toMatch(/^refused: /);
      expect(v.independent, what).toMatch(/^refused: /);
    }
    // Another service's certificate: the node is not endorsed by it.
    const stranger = (await generateMemberIdentity({ name: "stranger" })).certificatePem;
    expect(verdicts(receipt, stranger)).toEqual({ core: expect.stringMatching(/^refused: RECEIPT_INVALID .*cert is not endorsed by the service certificate/), independent: expect.stringMatching(/^refused: endorsement/) });
    // A receipt presented for another transaction id.
    expect(() => verifyReceipt(receipt, cert, { transactionId: "2.1" })).toThrow(expect.objectContaining({ code: "RECEIPT_INVALID", check: "transaction-id" }));
  });

  it("serves CCF's answers around the receipt: 404 for unknown/malformed ids, a signature transaction's receipt carries its root as leaf", async () => {
    svc = await startService({ ccfVersion: 7, members: 1, activate: true });
    const { sandbox, client } = svc;
    const get = async (query: string) => {
      const r = await client.transport.send({ method: "GET", path: `/node/receipt${query}`, idempotent: true });
      return { status: r.status, headers: r.headers, text: r.body.toString("utf8") };
    };
    expect(await get("")).toMatchObject({ status: 404, text: JSON.stringify({ error: { code: "TransactionInvalid", message: "Could not extract Transaction Id" } }) });
    expect(await get("?transaction_id=abc")).toMatchObject({ status: 404 });
    const view = sandbox.service.state.ledger.view;
    const future = await get(`?transaction_id=${view}.999999`);
    expect(future.status).toBe(404);
    expect(JSON.parse(future.text).error).toEqual({ code: "TransactionPendingOrUnknown", message: `Only committed transactions can be queried. Transaction ${view}.999999 is Unknown` });

    // fetchReceipt: a transaction that never commits is a bounded wait; an invalid one fails at once.
    await expect(fetchReceipt(client, `${view}.999999`, { timeoutMs: 150, maxWaitMs: 20 })).rejects.toMatchObject({ code: "TIMEOUT", message: expect.stringMatching(/^no receipt for transaction \d+\.999999 within 0 s \(last answer: TransactionPendingOrUnknown: Only committed/) });
    await expect(fetchReceipt(client, `${view - 1}.1`)).rejects.toMatchObject({ code: "CCF_ERROR", ccfCode: "TransactionInvalid" });
    await expect(fetchReceipt(client, "2")).rejects.toMatchObject({ code: "INVALID_INPUT" });

    const sigTx = sandbox.control.emitSignature();
    await sandbox.control.flush();
    const first = await get(`?transaction_id=${sigTx}`);
    expect(first).toMatchObject({ status: 202, text: `Historical transaction ${sigTx} is not currently available.` });
    expect(first.headers["retry-after"]).toBe("3");
    const gov = await client.transport.send({ method: "GET", path: `/gov/receipt?transaction_id=${sigTx}`, idempotent: true });
    expect(gov.status).toBe(200);
    // Every frontend serves the same receipt (CCF's common endpoint registry).
    const app = await client.transport.send({ method: "GET", path: `/app/receipt?transaction_id=${sigTx}`, idempotent: true });
    expect(app.body.toString("utf8")).toBe(gov.body.toString("utf8"));
    const receipt = JSON.parse(gov.body.toString("utf8"));
    expect(receipt.proof).toEqual([]);
    expect(receipt.leaf).toBe(sandbox.service.state.ledger.root);
    expect(receipt.leaf_components).toBeUndefined();
    const v = verdicts(receipt, sandbox.serviceCertificatePem);
    expect(v.core).toBe(receipt.leaf);
    expect(v.independent).toBe(receipt.leaf);
    expect(verifyReceipt(receipt, sandbox.serviceCertificatePem)).toMatchObject({ transactionId: undefined, signatureTransaction: true });
  });

  it("keeps the ledger across a restart: the same receipts, ledger.jsonl 0600", async () => {
    svc = await startService({ ccfVersion: 5, members: 2, activate: false });
    const { sandbox, client, signers } = svc;
    const txid = (await activateMember(client, signers[0]!)).transactionId!;
    const before = await keepReceipt(client, txid, sandbox.serviceCertificatePem, { maxWaitMs: 20 });
    await sandbox.control.flush();
    // A crash between the ledger append and the state write leaves entries the state does not commit,
    // possibly a torn last line: they are dropped on load.
    const ledgerFile = join(sandbox.dir, "ledger.jsonl");
    const last = sandbox.service.state.ledger.seqno;
    appendFileSync(ledgerFile, `${JSON.stringify({ t: "leaf", s: last + 1, v: 2, w: "00".repeat(32) })}\n{"t":"le`);
    await sandbox.control.restart();
    expect(readFileSync(ledgerFile, "utf8").endsWith("}\n")).toBe(true);
    expect(readFileSync(ledgerFile, "utf8")).not.toContain(`"s":${last + 1},`);
    const after = await fetchReceipt(svc.newClient(), txid, { maxWaitMs: 20 });
    expect(after).toEqual(before.receipt);
    expect(statSync(join(sandbox.dir, "ledger.jsonl")).mode & 0o777).toBe(0o600);
    // Still appending after the restart.
    const second = (await activateMember(svc.newClient(), signers[1]!)).transactionId!;
    const kept = await keepReceipt(svc.newClient(), second, sandbox.serviceCertificatePem, { maxWaitMs: 20 });
    expect(independentlyVerify(kept.receipt, sandbox.serviceCertificatePem)).toBe(kept.verified.root);
  });
});

for (const ccfVersion of PROFILES) {
  describe(`after a disaster recovery (CCF ${ccfVersion}.x)`, () => {
    it("receipts from before (through service_endorsements) and after verify against the new service certificate", async () => {
      svc = await startService({ ccfVersion, members: 2, recoveryMembers: 2, activate: true });
      const { sandbox, signers } = svc;
      const newbie = await generateMemberIdentity({ name: "early" });
      const early = await addMember(svc.client, { certificatePem: newbie.certificatePem, proposer: signers[0]!, voters: signers });
      const beforeTx = early.transactionId!;
      const oldCert = sandbox.serviceCertificatePem;
      const beforeReceipt = (await keepReceipt(svc.client, beforeTx, oldCert, { maxWaitMs: 20 })).receipt;

      const disaster = await sandbox.control.simulateDisaster();
      const client = svc.newClient({ serviceCertificatePem: disaster.serviceCertificatePem });
      // While recovering, history from the previous service is not served (CCF's historical adapter).
      const early404 = await client.transport.send({ method: "GET", path: `/node/receipt?transaction_id=${beforeTx}`, idempotent: true });
      expect(early404.status).toBe(404);
      expect(JSON.parse(early404.body.toString()).error.message).toBe(`Historical transaction ${beforeTx} is not signed by the current service identity key and cannot be retrieved until recovery is complete.`);

      const live = await readLiveState(client, { proposals: true });
      await passProposal(
        client,
        proposalBody(transitionServiceToOpenAction({ nextServiceIdentityPem: disaster.serviceCertificatePem, previousServiceIdentityPem: disaster.previousServiceCertificatePem })),
        { members: live.members, openProposals: live.openProposals, emit: () => undefined },
        { proposer: signers[0]!, voters: signers },
      );
      await submitRecoveryShare(client, { signer: signers[0]!, encryptionPrivateKeyPem: sandbox.members[0]!.encryptionPrivateKeyPem! });
      await sandbox.control.privateRecoveryDone();
      expect((await client.getServiceInfo()).status).toBe("Open");
      const after = await setRecoveryThreshold(client, { recoveryThreshold: 2, proposer: signers[0]!, voters: signers });
      const afterTx = after.transactionId!;

      const newCert = disaster.serviceCertificatePem;
      const old = await keepReceipt(client, beforeTx, newCert, { maxWaitMs: 20 });
      expect(old.receipt.service_endorsements).toHaveLength(1);
      expect(old.verified).toMatchObject({ transactionId: beforeTx, endorsements: 1 });
      // Same transaction, same signed root as before the disaster; only the endorsement is new.
      expect(old.verified.root).toBe(verifyReceipt(beforeReceipt, oldCert).root);
      expect(independentlyVerify(old.receipt, newCert)).toBe(old.verified.root);
      // Without the endorsement, the new certificate does not vouch for the old node certificate.
      const { service_endorsements: _dropped, ...bare } = old.receipt;
      expect(verdicts(bare, newCert).core).toMatch(/^refused: RECEIPT_INVALID .*needs service_endorsements/);
      expect(verdicts(bare, newCert).independent).toMatch(/^refused: endorsement/);
      // A flipped byte in the endorsement is refused by both.
      const forged = { ...old.receipt, service_endorsements: [flipPemByte(old.receipt.service_endorsements![0]!, 60)] };
      expect(verdicts(forged, newCert).core).toMatch(/^refused: /);
      expect(verdicts(forged, newCert).independent).toMatch(/^refused: /);

      const fresh = await keepReceipt(client, afterTx, newCert, { maxWaitMs: 20 });
      expect(fresh.receipt.service_endorsements).toBeUndefined();
      expect(fresh.verified).toMatchObject({ transactionId: afterTx, endorsements: 0 });
      expect(independentlyVerify(fresh.receipt, newCert)).toBe(fresh.verified.root);
      // The pre-disaster receipt still verifies against the identity it was issued under.
      expect(independentlyVerify(beforeReceipt, oldCert)).toBe(old.verified.root);
    });
  });
}
