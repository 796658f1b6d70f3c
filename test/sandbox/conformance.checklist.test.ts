/**
 * Conformance: the reference's §11 test-double checklist, one case per line, for every API flavour.
 * (Lines 1 and 2 are covered row by row in conformance.new-api / conformance.auth; here each line gets
 * one end-to-end case so the checklist reads top to bottom.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type PeerCertificate } from "node:tls";
import { X509Certificate, createHash, privateDecrypt, constants } from "node:crypto";
import { Decoder } from "cbor-x";
import { ALL_FLAVOURS, eventually, startFixture, type Fixture } from "./fixture.js";
import { expectError, NO, YES, govHeader, nowSeconds, rawCose, setMemberProposal, sign, type HttpResult } from "./helpers.js";
import { generateMemberIdentity } from "../../core/identity/index.js";

const decoder = new Decoder({ mapsAsObjects: false } as never);

describe.each(ALL_FLAVOURS)("§11 checklist — $label", (flavour) => {
  let f: Fixture;
  const m = (i: number) => f.active[i]!;
  const isNew = flavour.api === "new";

  beforeAll(async () => {
    // member0 is a recovery member (RSA key) so lines 6–8 can be exercised; threshold 1.
    f = await startFixture(flavour, 3, { recoveryMembers: 1 });
  });
  afterAll(async () => {
    await f.close();
  });

  async function accept(pid: string): Promise<HttpResult> {
    let r: HttpResult | undefined;
    for (const voter of f.active) {
      r = await f.gov.vote(voter, pid, YES);
      if (r.status !== 200 || f.gov.stateOf(r) !== "Open") break;
    }
    return r!;
  }

  async function memberStatus(id: string): Promise<string | undefined> {
    if (isNew) {
      const r = await f.gov.client.get(f.gov.q(`/gov/service/members/${id}`));
      return r.status === 200 ? r.json.status : undefined;
    }
    return (await f.gov.client.get("/gov/members")).json[id]?.status;
  }

  it("1. routes: the exact paths of the flavour answer; api-version enforced per release (new API)", async () => {
    if (isNew) {
      for (const path of ["/gov/members/proposals:create", `/gov/members/state-digests/${m(0).memberId}:update`, `/gov/members/state-digests/${m(0).memberId}:ack`]) {
        const r = await f.gov.client.request("POST", f.gov.q(path), Buffer.alloc(0));
        expect(r.status).toBe(401);
      }
      expect((await f.gov.client.get("/gov/service/info")).json.error.code).toBe("MissingApiVersionParameter");
    } else {
      for (const path of ["/gov/proposals", "/gov/ack", "/gov/ack/update_state_digest"]) {
        expect((await f.gov.client.request("POST", path, Buffer.alloc(0))).status).toBe(401);
      }
    }
  });

  it("2. COSE auth: a valid envelope passes; a DER signature → 401 with WWW-Authenticate; a malformed envelope → 500", async () => {
    const ok = await f.gov.update(m(1));
    expect(ok.status).toBe(200);
    const der = rawCose({ header: govHeader(m(1).memberId, "state_digest", nowSeconds()), privateKeyPem: m(1).privateKeyPem, dsaEncoding: "der" });
    const refused = await f.gov.client.postCose(f.gov.updatePath(m(1).memberId), der);
    expect(refused.status).toBe(401);
    expect(refused.headers["www-authenticate"]).toBe('COSE-SIGN1 realm="Signed request access"');
    expect(refused.json.error.details.at(-1)).toEqual({ auth_policy: "member_cose_sign1", code: "InvalidAuthenticationInfo", message: "Failed to validate COSE Sign1" });
    // tag 18 around [h'', {}, h'', h''] : a protected header that is not a map.
    const r = await f.gov.client.postCose(f.gov.updatePath(m(1).memberId), new Uint8Array([0xd2, 0x84, 0x40, 0xa0, 0x40, 0x40]));
    expect(r.status).toBe(500);
    expect(r.json.error.code).toBe("InternalError");
  });

  it("3. proposal create: id = SHA-256(root ‖ SHA-256(signature)); validated, then created_at, then resolved with zero ballots", async () => {
    await f.sb.control.flush();
    const root = f.sb.service.state.ledger.root;
    const envelope = await sign(m(0), { type: "proposal", payload: setMemberProposal(f.outsider.certificatePem, { member_data: { line: 3 } }) });
    const signature = (decoder.decode(envelope) as { value: Uint8Array[] }).value[3]!;
    const expected = createHash("sha256").update(Buffer.from(root, "hex")).update(createHash("sha256").update(signature).digest()).digest("hex");
    const r = await f.gov.client.postCose(f.gov.createPath(), envelope);
    expect(r.status).toBe(200);
    expect(f.gov.idOf(r)).toBe(expected);
    expect(f.gov.stateOf(r)).toBe("Open");
  });

  it("4. ballots: evaluated as JavaScript, resolved by majority of Active members; housekeeping deletes older completed proposals", async () => {
    const a = f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem, { member_data: { line: 4 } })));
    await f.gov.vote(m(0), a, NO);
    expect(f.gov.stateOf(await f.gov.vote(m(1), a, YES))).toBe("Open");
    expect(f.gov.stateOf(await f.gov.vote(m(2), a, YES))).toBe("Accepted");
    const b = f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem, { member_data: { line: "4b" } })));
    expect((await f.gov.withdraw(m(0), b)).status).toBe(200);
    // a is completed and b is now the most recent completed: a was deleted.
    const gone = await f.gov.client.get(f.gov.proposalPath(a));
    expect(gone.status).toBe(404);
    expect((await f.gov.client.get(f.gov.proposalPath(b))).status).toBe(200);
  });

  it("5. withdraw: unknown → 204 (new) / 400 ProposalNotFound (classic); already Withdrawn → 200 (new) / 400 (classic)", async () => {
    const unknown = "ef".repeat(32);
    const r = await f.gov.withdraw(m(0), unknown);
    if (isNew) expect(r.status).toBe(204);
    else expectError(r, 400, "ProposalNotFound", `Proposal ${unknown} does not exist.`);
    const pid = f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(f.outsider.certificatePem, { member_data: { line: 5 } })));
    await f.gov.withdraw(m(0), pid);
    const again = await f.gov.withdraw(m(0), pid);
    if (isNew) expect(again.status).toBe(200);
    else expect(again.json.error.code).toBe("ProposalNotOpen");
  });

  it("6. set_member overwrite resets to Accepted with the ack seeded at the current root; remove_member is idempotent and guards the recovery threshold; set_member_data checks existence", async () => {
    const x = await generateMemberIdentity({ name: "line6" });
    expect(f.gov.stateOf(await accept(f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(x.certificatePem)))))).toBe("Accepted");
    expect((await f.gov.activate(x)).status).toBe(204);
    expect(await memberStatus(x.memberId)).toBe("Active");
    const again = await accept(f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(x.certificatePem, { member_data: { again: true } }))));
    expect(f.gov.stateOf(again)).toBe("Accepted");
    expect(await memberStatus(x.memberId)).toBe("Accepted");
    expect(f.sb.service.state.acks[x.memberId]!.stateDigest).toMatch(/^[0-9a-f]{64}$/);

    const removeUnknown = await accept(f.gov.idOf(await f.gov.propose(m(0), { actions: [{ name: "remove_member", args: { member_id: "12".repeat(32) } }] })));
    expect(f.gov.stateOf(removeUnknown)).toBe("Accepted");

    // member0 is the only Active recovery member and the threshold is 1.
    const guard = f.gov.idOf(await f.gov.propose(m(1), { actions: [{ name: "remove_member", args: { member_id: m(0).memberId } }] }));
    let last: HttpResult | undefined;
    for (const voter of f.active) {
      last = await f.gov.vote(voter, guard, YES);
      if (last.status !== 200) break;
    }
    expectError(last!, 500, "InternalError", "Failed to apply(): Error: Number of active recovery members (0) would be less than recovery threshold (1)");

    const data = await accept(f.gov.idOf(await f.gov.propose(m(0), { actions: [{ name: "set_member_data", args: { member_id: "34".repeat(32), member_data: {} } }] })));
    expectError(data, 500, "InternalError", `Failed to apply(): Error: Member ${"34".repeat(32)} does not exist`);
  });

  it("7. state digest: update stores and returns the current root; ack compares with the stored value even after a new signature; activation", async () => {
    const y = await generateMemberIdentity({ name: "line7" });
    await accept(f.gov.idOf(await f.gov.propose(m(0), setMemberProposal(y.certificatePem))));
    const u = await f.gov.update(y);
    const digest = isNew ? u.json.stateDigest : u.json.state_digest;
    await f.sb.control.flush();
    expect(digest).toBe(f.sb.service.state.acks[y.memberId]!.stateDigest);
    f.sb.control.emitSignature();
    expect(f.sb.service.state.ledger.root).not.toBe(digest);
    expect((await f.gov.ack(y, digest)).status).toBe(204);
    expect(await memberStatus(y.memberId)).toBe("Active");
  });

  it("8. recovery: encrypted shares are base64 RSA-OAEP-SHA256 for the member; share submission only while WaitingForRecoveryShares", async () => {
    const recovery = f.sb.members[0]!;
    const path = isNew ? f.gov.q(`/gov/recovery/encrypted-shares/${recovery.memberId}`) : `/gov/encrypted_recovery_share/${recovery.memberId}`;
    const r = await f.gov.client.get(path);
    expect(r.status).toBe(200);
    const b64 = isNew ? r.json.encryptedShare : r.json.encrypted_share;
    const ciphertext = Buffer.from(b64, "base64");
    expect(ciphertext.length).toBe(256);
    const plain = privateDecrypt({ key: recovery.encryptionPrivateKeyPem!, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, ciphertext);
    expect(plain.length).toBeGreaterThan(0);
    const submit = isNew
      ? await f.gov.signedPost(f.gov.q(`/gov/recovery/members/${recovery.memberId}:recover`), recovery, { type: "recovery_share", payload: { share: "AAAA" } })
      : await f.gov.signedPost("/gov/recovery_share", recovery, { type: "recovery_share", payload: { share: "AAAA" } });
    expectError(submit, 403, "ServiceNotWaitingForRecoveryShares", "Service is not waiting for recovery shares.");
  });

  it("9. headers: x-ms-ccf-transaction-id <view>.<seqno> on writes (reads carry their read version); its status becomes Committed", async () => {
    const u = await f.gov.update(m(2));
    const txid = u.headers["x-ms-ccf-transaction-id"] as string;
    expect(txid).toMatch(/^\d+\.\d+$/);
    const statusPath = isNew ? f.gov.q(`/gov/service/transactions/${txid}`) : `/gov/tx?transaction_id=${txid}`;
    const r = await eventually(() => f.gov.client.get(statusPath), (x) => x.json.status === "Committed");
    expect(r.json.status).toBe("Committed");
    const [view, seqno] = txid.split(".").map(Number);
    const read = (await f.gov.client.get(f.gov.q(isNew ? "/gov/service/info" : "/gov/kv/service/info"))).headers["x-ms-ccf-transaction-id"] as string;
    expect(read).toMatch(/^\d+\.\d+$/);
    expect(Number(read.split(".")[1])).toBeGreaterThanOrEqual(seqno!);
    expect(Number(read.split(".")[0])).toBe(view);
    // Errors commit nothing and carry no transaction id.
    const missing = await f.gov.client.get(f.gov.q(isNew ? `/gov/members/proposals/${"ab".repeat(32)}` : `/gov/proposals/${"ab".repeat(32)}`));
    expect(missing.status).toBe(404);
    expect(missing.headers["x-ms-ccf-transaction-id"]).toBeUndefined();
  });

  it("10. TLS: node certificate issued by the secp384r1 service identity with SANs IP:127.0.0.1, DNS:localhost; the CA is service/info's certificate", async () => {
    const url = new URL(f.sb.url);
    const peer = await new Promise<PeerCertificate>((resolve, reject) => {
      const socket = connect({ host: url.hostname, port: Number(url.port), ca: f.sb.serviceCertificatePem, servername: "localhost" }, () => {
        const cert = socket.getPeerCertificate();
        socket.end();
        resolve(cert);
      });
      socket.on("error", reject);
    });
    const node = new X509Certificate(peer.raw);
    const ca = new X509Certificate(f.sb.serviceCertificatePem);
    expect(node.verify(ca.publicKey)).toBe(true);
    expect(node.checkIssued(ca)).toBe(true);
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe("secp384r1");
    expect(node.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(node.subjectAltName).toContain("DNS:localhost");
    const info = await f.gov.client.get(isNew ? f.gov.q("/gov/service/info") : "/node/network");
    expect(isNew ? info.json.certificate : info.json.service_certificate).toBe(f.sb.serviceCertificatePem);
    // A client pinning another CA refuses the node.
    const other = await generateMemberIdentity({ name: "not-the-service" });
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: url.hostname, port: Number(url.port), ca: other.certificatePem, servername: "localhost" }, () => {
        socket.end();
        resolve("connected");
      });
      socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
    });
    expect(refused).not.toBe("connected");
  });
});
