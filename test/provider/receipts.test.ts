// Member's receipt outputs through @pulumi/pulumi's real dynamic provider host, against the sandbox:
// the transaction ids of the acceptance and of the ack, and with keepReceipts their verified receipts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity, verifyReceipt } from "../../core/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { independentlyVerify } from "../receipts/independent-verifier.js";
import { startProviderHost, urnOf, type Props, type ProviderHost } from "./provider-host.js";
import { serializeProviders } from "./serialized.js";

describe("Member receipt outputs through the provider host", () => {
  let sandbox: Sandbox;
  let host: ProviderHost;
  let provider: string;
  let base: Props;

  beforeAll(async () => {
    sandbox = await startSandbox({ members: 1, activate: true });
    ({ member: provider } = serializeProviders());
    const m0 = sandbox.members[0]!;
    base = {
      __provider: provider,
      connection: { nodeUrls: [sandbox.url], serviceCertificate: sandbox.serviceCertificatePem },
      proposer: { certificate: m0.certificatePem, privateKey: m0.privateKeyPem },
    };
    host = await startProviderHost();
    await host.configure({});
  });
  afterAll(async () => {
    await host?.close();
    await sandbox?.close();
  });

  it("outputs the acceptance and ack transaction ids, and with keepReceipts their verified receipts", async () => {
    const carol = await generateMemberIdentity({ name: "carol", curve: "secp256r1" });
    const check = await host.check(urnOf("carol"), {}, { ...base, certificate: carol.certificatePem, activation: { privateKey: carol.privateKeyPem }, keepReceipts: true });
    expect(check.failures).toEqual([]);
    const created = await host.create(urnOf("carol"), check.inputs);
    const outs = created.props;
    expect(outs.acceptanceTransactionId).toMatch(/^\d+\.\d+$/);
    expect(outs.ackTransactionId).toMatch(/^\d+\.\d+$/);
    expect(outs.ackTransactionId).not.toBe(outs.acceptanceTransactionId);
    for (const [id, receipt] of [["acceptanceTransactionId", "acceptanceReceipt"], ["ackTransactionId", "ackReceipt"]] as const) {
      const json = JSON.parse(outs[receipt] as string);
      const verified = verifyReceipt(json, sandbox.serviceCertificatePem, { transactionId: outs[id] as string });
      expect(independentlyVerify(json, sandbox.serviceCertificatePem)).toBe(verified.root);
    }

    // An update that acks nothing keeps both ids and receipts as they were.
    const news = await host.check(urnOf("carol"), outs, { ...base, certificate: carol.certificatePem, activation: { privateKey: carol.privateKeyPem }, keepReceipts: true, memberData: { team: "c" } });
    const updated = await host.update(created.id, urnOf("carol"), outs, news.inputs);
    for (const k of ["acceptanceTransactionId", "ackTransactionId", "acceptanceReceipt", "ackReceipt"]) expect(updated[k]).toBe(outs[k]);

    // Without keepReceipts: the ids, no receipts (no wait for the commit).
    const dan = await generateMemberIdentity({ name: "dan", curve: "secp256r1" });
    // carol is Active now: the proposer and carol are the majority.
    const voters = [base.proposer, { certificate: carol.certificatePem, privateKey: carol.privateKeyPem }];
    const plain = await host.check(urnOf("dan"), {}, { ...base, certificate: dan.certificatePem, voters });
    const d = await host.create(urnOf("dan"), plain.inputs);
    expect(d.props.acceptanceTransactionId).toMatch(/^\d+\.\d+$/);
    expect(d.props.ackTransactionId).toBeUndefined();
    expect(d.props.acceptanceReceipt).toBeUndefined();
    expect(d.props.keepReceipts).toBe(false);
    const bad = await host.check(urnOf("x"), {}, { ...base, certificate: dan.certificatePem, keepReceipts: "yes" });
    expect(bad.failures).toEqual([{ property: "keepReceipts", reason: "must be true or false" }]);
  });
});
