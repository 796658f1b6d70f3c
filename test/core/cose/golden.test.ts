import { describe, expect, it } from "vitest";
import {
  encodeProtectedHeader,
  finishGovernanceMessage,
  normalizeGovHeader,
  prepareGovernanceMessage,
  sigStructure,
} from "../../../core/cose/index.js";

/*
 * Golden vectors, derived by hand from CCF's own tool (microsoft/CCF python/src/ccf/cose.py), not from our code.
 *
 * cose.py (`create_cose_sign1_prepare`, and `create_cose_sign1` through cwt with deterministic_header=True):
 *   protected_header = {1: alg, 4: kid}                          # int(COSEHeaders.ALG), int(COSEHeaders.KID)
 *   protected_header.update({"ccf.gov.msg.type": t, ["ccf.gov.msg.proposal_id": p,] "ccf.gov.msg.created_at": int(ts)})
 *   protected_header = cwt.utils.sort_keys_for_deterministic_encoding(protected_header)
 *   phdr_encoded = cbor2.dumps(protected_header)
 *   tbs = cbor2.dumps(["Signature1", phdr_encoded, b"", payload])
 * with kid = cert.fingerprint(SHA256).hex().encode("utf-8") (bytes of the 64 lowercase hex chars) and
 * alg = COSEAlgs.ES384 = -35 for a P-384 key.
 *
 * cwt's sort_keys_for_deterministic_encoding orders keys by the bytes of their CBOR encoding (RFC 8949
 * §4.2.1). cwt's own test (tests/test_deterministic_encoding.py) expects 33 (0x18 0x21) before -1 (0x20),
 * which only the bytewise rule gives (length-first would put -1 first). Our keys encode as:
 *   1                          -> 01
 *   4                          -> 04
 *   "ccf.gov.msg.type"         -> 70 + 16 bytes        (text, length 16)
 *   "ccf.gov.msg.created_at"   -> 76 + 22 bytes        (text, length 22)
 *   "ccf.gov.msg.proposal_id"  -> 77 + 23 bytes        (text, length 23)
 * so the order is 1, 4, type, created_at, proposal_id (length-first would agree here).
 *
 * Input: alg ES384, kid "0123456789abcdef" x 4, type "ballot", created_at 1700000000 (0x6553f100),
 * proposal id "fedcba9876543210" x 4. cbor2 encodes minimally:
 *   a5                                  map(5)
 *   01 38 22                            1: -35
 *   04 58 40 <64 ASCII bytes of kid>    4: bstr(64)
 *   70 <"ccf.gov.msg.type"> 66 <"ballot">
 *   76 <"ccf.gov.msg.created_at"> 1a 6553f100
 *   77 <"ccf.gov.msg.proposal_id"> 78 40 <64 ASCII bytes of the proposal id>   (tstr(64): 78 40)
 */
const KID = "0123456789abcdef".repeat(4);
const PROPOSAL_ID = "fedcba9876543210".repeat(4);
const CREATED_AT = 1_700_000_000;

const KID_ASCII = "30313233343536373839616263646566".repeat(4);
const PROPOSAL_ASCII = "66656463626139383736353433323130".repeat(4);
const GOLDEN_PROTECTED =
  "a5" +
  "013822" +
  "045840" + KID_ASCII +
  "70" + "6363662e676f762e6d73672e74797065" + "66" + "62616c6c6f74" +
  "76" + "6363662e676f762e6d73672e637265617465645f6174" + "1a6553f100" +
  "77" + "6363662e676f762e6d73672e70726f706f73616c5f6964" + "7840" + PROPOSAL_ASCII;

const PAYLOAD = '{"ballot":"export function vote (proposal, proposerId) { return true }"}'; // 72 bytes

/*
 * Sig_structure (RFC 9052 §4.4) for that header and payload, as cbor2.dumps(["Signature1", phdr, b"", payload]):
 *   84                      array(4)
 *   6a 5369676e617475726531 "Signature1"
 *   58 d5 <213 bytes>       the protected header above (213 = 0xd5 bytes)
 *   40                      external_aad h''
 *   58 48 <72 bytes>        payload
 * Its SHA-384 (what Key Vault signs for ES384), computed with Python's hashlib over those bytes:
 */
const GOLDEN_SIG_STRUCTURE =
  "846a5369676e617475726531" + "58d5" + GOLDEN_PROTECTED + "40" + "5848" + Buffer.from(PAYLOAD).toString("hex");
const GOLDEN_SHA384 = "8403fbaee89617a2cd20e019f7c539ed69220d825298a71c77c4e63b6c5e783ad7e70ebd65089026c5c7b024e4455f92";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("golden vectors from CCF's cose.py", () => {
  it("the protected header of a known ballot", () => {
    expect(GOLDEN_PROTECTED.length / 2).toBe(213);
    const header = normalizeGovHeader({ algorithm: "ES384", memberId: KID, type: "ballot", createdAt: CREATED_AT, proposalId: PROPOSAL_ID });
    expect(hex(encodeProtectedHeader(header))).toBe(GOLDEN_PROTECTED);
  });

  it("upper-case ids are emitted lower case (same bytes)", () => {
    const header = normalizeGovHeader({
      algorithm: "ES384",
      memberId: KID.toUpperCase(),
      type: "ballot",
      createdAt: new Date(CREATED_AT * 1000 + 999),
      proposalId: PROPOSAL_ID.toUpperCase(),
    });
    expect(hex(encodeProtectedHeader(header))).toBe(GOLDEN_PROTECTED);
  });

  it("the Sig_structure and its digest", () => {
    expect(hex(sigStructure(Buffer.from(GOLDEN_PROTECTED, "hex"), Buffer.from(PAYLOAD)))).toBe(GOLDEN_SIG_STRUCTURE);
    const tbs = prepareGovernanceMessage({ algorithm: "ES384", memberId: KID, type: "ballot", createdAt: CREATED_AT, proposalId: PROPOSAL_ID, payload: PAYLOAD });
    expect(hex(tbs.protectedHeader)).toBe(GOLDEN_PROTECTED);
    expect(hex(tbs.sigStructure)).toBe(GOLDEN_SIG_STRUCTURE);
    expect(hex(tbs.digest)).toBe(GOLDEN_SHA384);
  });

  it("a whole message with a known signature", () => {
    // cbor2.dumps(CBORTag(18, [phdr, {}, payload, sig])): d2 84 58d5 <phdr> a0 5848 <payload> 5860 <96 sig bytes>
    const tbs = prepareGovernanceMessage({ algorithm: "ES384", memberId: KID, type: "ballot", createdAt: CREATED_AT, proposalId: PROPOSAL_ID, payload: PAYLOAD });
    const sig = new Uint8Array(96).map((_, i) => i);
    const msg = finishGovernanceMessage(tbs, sig);
    expect(hex(msg)).toBe("d284" + "58d5" + GOLDEN_PROTECTED + "a0" + "5848" + Buffer.from(PAYLOAD).toString("hex") + "5860" + hex(sig));
  });

  it("headers without a proposal id, other algorithms (ES256 -7 = 0x26, ES512 -36 = 0x3823)", () => {
    const common = { memberId: KID, type: "proposal", createdAt: 0 } as const;
    const tail = "70" + "6363662e676f762e6d73672e74797065" + "68" + "70726f706f73616c" + "76" + "6363662e676f762e6d73672e637265617465645f6174" + "00";
    expect(hex(encodeProtectedHeader(normalizeGovHeader({ ...common, algorithm: "ES256" })))).toBe("a4" + "0126" + "045840" + KID_ASCII + tail);
    expect(hex(encodeProtectedHeader(normalizeGovHeader({ ...common, algorithm: "ES512" })))).toBe("a4" + "013823" + "045840" + KID_ASCII + tail);
  });
});
