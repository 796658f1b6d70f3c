// Issue 9: a fuzz suite (fast-check) over every public function that takes external input, and the node
// reply parsers. Asserts: typed errors only (CcfConsortiumError with a stable code), no case over the time
// bound, no private-key line in any message. The counts are printed (and written to FUZZ_REPORT if set).
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as core from "../../core/index.js";
import { classicAdapter } from "../../core/client/classic.js";
import { newApiAdapter } from "../../core/client/new-api.js";
import type { Http, Reply } from "../../core/client/wire.js";
import { decodeShare, shamirCombine } from "../../sandbox/index.js";
import { providerOperations } from "../../provider/operations.js";
import { anyValue, coseBytes, makeSeeds, manifestText, pemInput, pemText, replyBody, replyJson, type Seeds } from "./arbitraries.js";
import { CASE_TIME_BOUND_MS, SEED, fuzz, reports, type TargetReport } from "./harness.js";

let seeds: Seeds;
beforeAll(async () => {
  seeds = await makeSeeds();
});

/** Runs per target: about 14,000 cases in all. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

function check(report: TargetReport): void {
  expect(report.untyped, `${report.target}: untyped errors (seed ${SEED})`).toEqual([]);
  expect(report.hangs, `${report.target}: cases over ${CASE_TIME_BOUND_MS} ms (seed ${SEED})`).toEqual([]);
  expect(report.leaks, `${report.target}: key material in a message (seed ${SEED})`).toEqual([]);
  expect(report.cases).toBeGreaterThan(0);
}

async function target<T>(name: string, arbitrary: () => fc.Arbitrary<T>, fn: (input: T) => unknown, runs = RUNS): Promise<void> {
  check(await fuzz(name, arbitrary(), runs, fn, seeds.secretLines));
}

/** Several functions over the same generated inputs, each its own target. */
async function targets<T>(arbitrary: () => fc.Arbitrary<T>, fns: Record<string, (input: T) => unknown>, runs = RUNS): Promise<void> {
  for (const [name, fn] of Object.entries(fns)) await target(name, arbitrary, fn, runs);
}

const text = () => fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: "binary", maxLength: 100 }), anyValue());

/** A fake node: every read answers with a generated body (status 200). */
function fakeHttp(body: Buffer): Http {
  const reply: Reply & { parse?: unknown } = {
    status: 200,
    body,
    json() {
      if (body.length === 0) return undefined;
      try {
        return JSON.parse(body.toString("utf8"));
      } catch {
        throw new core.CcfConsortiumError("NODE_REPLY", "GET /x on fake: the reply is not JSON");
      }
    },
  } as Reply;
  (reply as { parse: (shape: (json: unknown) => unknown) => unknown }).parse = (shape) => shape(reply.json());
  return { get: async () => reply, getOptional: async () => reply };
}

describe("fuzz: identity (PEM loaders, member id)", () => {
  it("pemBlocks never throws", () => target("pemBlocks", () => pemInput(seeds), (t) => core.pemBlocks(t as string)));
  it("loadCertificate", () => target("loadCertificate", () => pemInput(seeds), (t) => core.loadCertificate(t as string, "cert")));
  it("loadPrivateKey", () => target("loadPrivateKey", () => pemInput(seeds), (t) => core.loadPrivateKey(t as string, "key")));
  it("loadEncryptionPublicKey", () => target("loadEncryptionPublicKey", () => pemInput(seeds), (t) => core.loadEncryptionPublicKey(t as string, "enc")));
  it("memberIdOf", () => target("memberIdOf", () => pemInput(seeds), (t) => core.memberIdOf(t as string)));
  it("assertKeyMatchesCertificate", () =>
    target("assertKeyMatchesCertificate", () => fc.tuple(pemInput(seeds), pemInput(seeds)), ([k, c]) => {
      const key = core.loadPrivateKey(k as string, "key");
      const cert = core.loadCertificate(c as string, "cert");
      core.assertKeyMatchesCertificate(key, cert, { keyInput: "key", certInput: "cert" });
    }));
  it("localSigner", () => target("localSigner", () => fc.tuple(pemInput(seeds), pemInput(seeds)), ([k, c]) => core.localSigner(k as string, c as string)));
  it("assertMemberName", () => target("assertMemberName", text, (n) => core.assertMemberName(n, "name")));
});

describe("fuzz: COSE (decode, verify, prepare/finish)", () => {
  it("decodeSign1", () => target("decodeSign1", () => coseBytes(seeds), (b) => core.decodeSign1(b as Uint8Array)));
  it("parseProtectedHeader", () => target("parseProtectedHeader", () => coseBytes(seeds), (b) => core.parseProtectedHeader(b as Uint8Array)));
  it("verifyGovernanceMessage", () =>
    target("verifyGovernanceMessage", () => fc.tuple(coseBytes(seeds), fc.oneof(fc.constant(seeds.certificates[1]!), pemInput(seeds))), ([b, c]) => core.verifyGovernanceMessage(b as Uint8Array, c as string)));
  it("toBeSignedFromJSON", () =>
    target("toBeSignedFromJSON", () => fc.oneof(anyValue(), fc.record({ algorithm: text(), memberId: text(), type: text(), createdAt: anyValue(), protectedHeader: fc.base64String(), payload: fc.base64String(), certificatePem: pemInput(seeds) }, { requiredKeys: [] })), (j) => core.toBeSignedFromJSON(j)));
  it("prepareGovernanceMessage + finishGovernanceMessage", () =>
    target(
      "prepare/finishGovernanceMessage",
      () => fc.tuple(fc.record({ type: fc.oneof(fc.constantFrom("proposal", "ballot", "ack", "state_digest", "withdrawal", "recovery_share", "encrypted_recovery_share"), text()), payload: anyValue(), proposalId: text(), createdAt: anyValue(), certificatePem: pemInput(seeds), algorithm: text(), memberId: text() }, { requiredKeys: [] }), fc.uint8Array({ maxLength: 140 })),
      ([options, sig]) => {
        const tbs = core.prepareGovernanceMessage(options as core.PrepareOptions);
        core.finishGovernanceMessage(tbs, sig);
      },
    ));
  it("finishGovernanceMessage (any value as the prepared message)", () => target("finishGovernanceMessage", () => fc.tuple(anyValue(), anyValue()), ([t, s]) => core.finishGovernanceMessage(t as core.ToBeSigned, s as Uint8Array)));
  it("normalizeGovHeader", () => target("normalizeGovHeader", () => fc.oneof(anyValue(), fc.record({ algorithm: text(), memberId: text(), type: text(), createdAt: anyValue(), proposalId: text() })), (h) => core.normalizeGovHeader(h as core.GovHeaderInput)));
  it("normalizeMemberId / ProposalId / CreatedAt, parseGovMessageType, checkSignatureLength, algorithmInfo", () =>
    targets(() => fc.tuple(anyValue(), text()), {
      normalizeMemberId: ([v]) => core.normalizeMemberId(v),
      normalizeProposalId: ([, s]) => core.normalizeProposalId(s),
      normalizeCreatedAt: ([v]) => core.normalizeCreatedAt(v as number),
      parseGovMessageType: ([v]) => core.parseGovMessageType(v),
      checkSignatureLength: ([v, s]) => core.checkSignatureLength(s as core.CoseAlgorithm, v as Uint8Array),
      algorithmInfo: ([v]) => core.algorithmInfo(v as core.CoseAlgorithm),
    }, Math.ceil(RUNS / 2)));
  it("parseKeyVaultKeyId", () => target("parseKeyVaultKeyId", text, (v) => core.parseKeyVaultKeyId(v as string)));
});

describe("fuzz: proposals (builders, compare)", () => {
  it("action builders", () =>
    targets(() => fc.tuple(anyValue(), anyValue(), pemInput(seeds)), {
      "setMemberAction (fields)": ([a, b, pem]) => core.setMemberAction({ certificatePem: pem as string, encryptionPublicKeyPem: b as string, memberData: a, recoveryRole: b } as core.SetMemberArgs),
      "setMemberAction (any)": ([a]) => core.setMemberAction(a as core.SetMemberArgs),
      removeMemberAction: ([a]) => core.removeMemberAction(a as string),
      setMemberDataAction: ([a, b]) => core.setMemberDataAction(a as string, b),
      setRecoveryThresholdAction: ([a]) => core.setRecoveryThresholdAction(a as number),
      transitionServiceToOpenAction: ([a, , pem]) => core.transitionServiceToOpenAction({ nextServiceIdentityPem: pem as string, previousServiceIdentityPem: a as string }),
      "proposalBody + proposalJson": ([a, b]) => core.proposalJson(core.proposalBody(a as core.ProposalAction, b as core.ProposalAction)),
    }, Math.ceil(RUNS / 2)));
  it("canonicalProposal / sameProposal / sameJson / normalizePem", () =>
    targets(() => fc.tuple(fc.oneof(anyValue(), fc.string(), fc.uint8Array()), anyValue()), {
      sameProposal: ([a, b]) => core.sameProposal(a as string, b as string),
      canonicalProposal: ([a]) => core.canonicalProposal(a as string),
      sameJson: ([a, b]) => core.sameJson(a, b),
      normalizePem: ([a]) => core.normalizePem(a as string),
    }, Math.ceil(RUNS / 2)));
});

describe("fuzz: manifests and flow inputs", () => {
  it("parseManifest", () => target("parseManifest", () => manifestText(seeds), (t) => core.parseManifest(t as string, { baseDir: "/nonexistent" })));
  it("parseAttestationAllowlist / parseSha256 / certificateSha256 / memberName / sha256Hex", () =>
    targets(() => fc.tuple(text(), pemInput(seeds), anyValue()), {
      parseAttestationAllowlist: ([t]) => core.parseAttestationAllowlist(t as string),
      parseSha256: ([t]) => core.parseSha256(t as string, "sha"),
      certificateSha256: ([, pem]) => core.certificateSha256(pem as string),
      memberName: ([, , v]) => core.memberName(v),
      sha256Hex: ([t]) => core.sha256Hex(t as string),
    }, Math.ceil(RUNS / 2)));
});

describe("fuzz: client inputs and node replies", () => {
  it("nodeOrigin / parseApiChoice / parseRetryAfter", () =>
    targets(() => fc.tuple(fc.oneof(fc.webUrl(), text()), anyValue()), {
      nodeOrigin: ([u]) => core.nodeOrigin(u as string, "node"),
      parseApiChoice: ([u]) => core.parseApiChoice(u as string, "api"),
      parseRetryAfter: ([, v]) => core.parseRetryAfter(v as string, 0),
      parseDuration: ([u]) => core.parseDuration(u as string, "--timeout"),
    }, Math.ceil(RUNS / 2)));
  for (const [flavour, adapter] of [
    ["classic", classicAdapter()],
    ["2024-07-01", newApiAdapter("2024-07-01")],
    ["2023-06-01-preview", newApiAdapter("2023-06-01-preview")],
  ] as const) {
    it(`${flavour} write-reply parsers`, () =>
      target(`${flavour} write replies`, replyJson, (json) => {
        const id = "a".repeat(64);
        for (const f of [() => adapter.parseCreatedProposal(json), () => adapter.parseBallotResult(json, id), () => adapter.parseWithdrawn(json, id), () => adapter.parseUpdatedDigest(json, id), () => adapter.parseRecoverResult(json)]) {
          try {
            f();
          } catch (err) {
            if (!(err instanceof core.CcfConsortiumError)) throw err;
          }
        }
      }));
    it(`${flavour} read-reply parsers`, () =>
      target(`${flavour} read replies`, replyBody, async (body) => {
        const http = fakeHttp(body);
        const id = "b".repeat(64);
        const reads = [
          () => adapter.listMembers(http),
          () => adapter.getMember(http, id),
          () => adapter.getServiceInfo(http),
          () => adapter.listProposals(http),
          () => adapter.getProposal(http, id),
          () => adapter.getBallot(http, id, id),
          () => adapter.getStateDigest(http, id),
          () => adapter.getEncryptedShare(http, id),
          () => adapter.getTransactionStatus(http, "2.3"),
          () => adapter.getConstitution(http),
          () => adapter.listNodes(http),
        ];
        for (const f of reads) {
          try {
            await f();
          } catch (err) {
            if (!(err instanceof core.CcfConsortiumError)) throw err;
          }
        }
      }, Math.ceil(RUNS / 2)));
  }
});

describe("fuzz: sandbox and provider inputs", () => {
  it("decodeShare / shamirCombine", () =>
    targets(() => fc.tuple(fc.oneof(fc.uint8Array({ maxLength: 80 }), anyValue()), anyValue()), {
      decodeShare: ([b]) => decodeShare(b as Uint8Array),
      shamirCombine: ([, shares]) => shamirCombine(shares as never),
    }, Math.ceil(RUNS / 2)));
  it("provider check (Member, MemberIdentity)", () =>
    target("provider check", () => fc.oneof(anyValue(), fc.record({ name: text(), certificate: pemInput(seeds), connection: anyValue(), proposer: fc.record({ certificate: pemInput(seeds), privateKey: pemText(seeds) }), memberData: anyValue(), curve: text(), validityDays: anyValue() }, { requiredKeys: [] })), async (news) => {
      await providerOperations.member.check({}, news as Record<string, unknown>);
      await providerOperations.identity.check({}, news as Record<string, unknown>);
    }, Math.ceil(RUNS / 2)));
});

afterAll(() => {
  const total = reports.reduce((a, r) => ({ cases: a.cases + r.cases, typed: a.typed + r.typed, returned: a.returned + r.returned, untyped: a.untyped + r.untyped.length, hangs: a.hangs + r.hangs.length, leaks: a.leaks + r.leaks.length }), { cases: 0, typed: 0, returned: 0, untyped: 0, hangs: 0, leaks: 0 });
  const lines = [
    `fuzz seed ${SEED}: ${total.cases} cases over ${reports.length} targets; ${total.typed} typed errors, ${total.returned} returned, ${total.untyped} untyped, ${total.hangs} over ${CASE_TIME_BOUND_MS} ms, ${total.leaks} leaks`,
    ...reports.map((r) => `  ${r.target.padEnd(34)} ${String(r.cases).padStart(5)} cases ${String(r.typed).padStart(5)} typed ${String(r.untyped.length).padStart(3)} untyped ${r.hangs.length} hangs  ${Object.entries(r.codes).map(([c, n]) => `${c}:${n}`).join(" ")}`),
  ];
  console.log(lines.join("\n"));
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, total, reports }, null, 2));
});
