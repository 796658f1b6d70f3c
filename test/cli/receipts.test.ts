/**
 * Receipts on the BUILT bin (`npm run build` first) against a sandbox: `ack --receipts DIR` writes one
 * verified receipt that `verify-receipt` accepts (exit 0), a tampered copy is refused (exit 1), a file that
 * is not a receipt is bad input (exit 2); `receipt --tx` fetches and verifies; `add-member --receipts`
 * keeps the acceptance's receipt; the independent verifier agrees with every file written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity } from "../../core/identity/index.js";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { independentlyVerify } from "../receipts/independent-verifier.js";
import { cli, expectOneLineError, ok, okJson, signedBy, voters } from "./online-harness.js";

let sb: Sandbox;
let m0: SandboxMember, m1: SandboxMember;
const tmp = tempDir("ccf-cli-receipts-");
let conn: string[];
let certPath: string;
const run = (...args: string[]) => cli(args, tmp.dir);

beforeAll(async () => {
  sb = await startSandbox({ members: 2, ccfVersion: 6 });
  [m0, m1] = sb.members as [SandboxMember, SandboxMember];
  certPath = join(tmp.dir, "service_cert.pem");
  writeFileSync(certPath, sb.serviceCertificatePem);
  conn = ["--node", sb.url, "--service-cert", certPath];
});

afterAll(async () => {
  await sb?.close();
  tmp.cleanup();
});

describe("receipts on the command line", () => {
  it("ack --receipts DIR writes one receipt that verify-receipt accepts; tampered → 1, not a receipt → 2", async () => {
    const out = ok(await run("ack", ...conn, ...signedBy(m0), "--receipts", "proofs"));
    const files = readdirSync(join(tmp.dir, "proofs"));
    expect(files).toHaveLength(1);
    const txid = files[0]!.replace(/\.json$/, "");
    expect(txid).toMatch(/^\d+\.\d+$/);
    expect(out).toMatch(new RegExp(`Receipt of transaction ${txid.replace(".", "\\.")} verified \\(root [0-9a-f]{16}…\\): .*proofs/${files[0]!.replace(".", "\\.")}\\n$`));
    const file = join("proofs", files[0]!);
    const receipt = JSON.parse(readFileSync(join(tmp.dir, file), "utf8"));
    expect(receipt.leaf_components.commit_evidence.startsWith(`ce:${txid}:`)).toBe(true);

    const verified = await run("verify-receipt", "--service-cert", certPath, "--tx", txid, file);
    expect(ok(verified)).toMatch(new RegExp(`^proofs/${txid.replace(".", "\\.")}\\.json: valid receipt of transaction ${txid.replace(".", "\\.")} \\(root [0-9a-f]{64}, node [0-9a-f]{16}…\\)\\.\\n$`));
    const json = okJson<{ valid: boolean; root: string; transactionId: string }>(await run("verify-receipt", "--service-cert", certPath, "--json", file));
    expect(json).toMatchObject({ valid: true, transactionId: txid });
    expect(independentlyVerify(receipt, sb.serviceCertificatePem)).toBe(json.root);

    const tampered = { ...receipt, leaf_components: { ...receipt.leaf_components, write_set_digest: "0".repeat(64) } };
    writeFileSync(join(tmp.dir, "tampered.json"), JSON.stringify(tampered));
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "tampered.json"), 1, /verify-receipt: tampered\.json: the signature does not verify over the recomputed root [0-9a-f]{16}… with the node certificate$/);
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "--tx", "2.1", file), 1, /the commit evidence is for transaction \d+\.\d+, not 2\.1$/);
    writeFileSync(join(tmp.dir, "junk.json"), JSON.stringify({ proof: [] }));
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "junk.json"), 2, /verify-receipt: junk\.json: signature must be base64 \(a DER ECDSA signature\)$/);
    writeFileSync(join(tmp.dir, "text.json"), "not json");
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "text.json"), 2, /text\.json: receipt is not JSON/);
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath), 2, /FILE: is required/);
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "missing.json"), 2, /FILE missing\.json: no such file$/);
    expectOneLineError(await run("verify-receipt", "--service-cert", certPath, "--tx", "abc", file), 2, /--tx: 'abc' is not a transaction id/);

    // receipt --tx: fetch + verify, to stdout or to a file.
    const fetched = JSON.parse(ok(await run("receipt", ...conn, "--tx", txid)));
    expect(fetched).toEqual(receipt);
    ok(await run("receipt", ...conn, "--tx", txid, "--out", "again.json"));
    expect(JSON.parse(readFileSync(join(tmp.dir, "again.json"), "utf8"))).toEqual(receipt);
    expectOneLineError(await run("receipt", ...conn, "--tx", "2"), 2, /--tx: '2' is not a transaction id/);
  });

  it("add-member --receipts keeps the receipt of the accepting transaction; vote --receipts its ballot's", async () => {
    const alice = await generateMemberIdentity({ name: "alice" });
    writeFileSync(join(tmp.dir, "alice_cert.pem"), alice.certificatePem);
    // m0 is Active (acked above); m1 acks now so both can vote.
    ok(await run("ack", ...conn, ...signedBy(m1)));
    const r = okJson<{ transactionId: string; proposalId: string }>(await run("add-member", ...conn, ...signedBy(m0), ...voters(m0, m1), "--cert", "alice_cert.pem", "--receipts", "added", "--json"));
    expect(readdirSync(join(tmp.dir, "added"))).toEqual([`${r.transactionId}.json`]);
    const receipt = JSON.parse(readFileSync(join(tmp.dir, "added", `${r.transactionId}.json`), "utf8"));
    expect(independentlyVerify(receipt, sb.serviceCertificatePem)).toMatch(/^[0-9a-f]{64}$/);
    expect(ok(await run("verify-receipt", "--service-cert", certPath, "--tx", r.transactionId, join("added", `${r.transactionId}.json`)))).toContain("valid receipt");

    // propose-member (no ballots) then vote --receipts: the vote that accepts it gets the receipt.
    const bob = await generateMemberIdentity({ name: "bob" });
    writeFileSync(join(tmp.dir, "bob_cert.pem"), bob.certificatePem);
    const proposed = okJson<{ proposalId: string }>(await run("propose-member", ...conn, ...signedBy(m0), "--cert", "bob_cert.pem", "--json"));
    ok(await run("vote", ...conn, ...signedBy(m0), "--proposal-id", proposed.proposalId));
    const vote = okJson<{ transactionId: string; proposal: { state: string } }>(await run("vote", ...conn, ...signedBy(m1), "--proposal-id", proposed.proposalId, "--receipts", "votes", "--json"));
    expect(vote.proposal.state).toBe("Accepted");
    expect(readdirSync(join(tmp.dir, "votes"))).toEqual([`${vote.transactionId}.json`]);
    // A file where the directory should be: bad input naming --receipts.
    writeFileSync(join(tmp.dir, "occupied"), "x");
    const carol = await generateMemberIdentity({ name: "carol" });
    writeFileSync(join(tmp.dir, "carol_cert.pem"), carol.certificatePem);
    expectOneLineError(await run("add-member", ...conn, ...signedBy(m0), ...voters(m0, m1), "--cert", "carol_cert.pem", "--receipts", "occupied"), 2, /--receipts occupied: cannot be used as a directory \(E[A-Z]+\)$/);
    expect(Object.values(sb.service.state.members).length).toBe(4); // nothing proposed for carol
  });
});
