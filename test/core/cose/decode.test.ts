import { Tag } from "cbor-x";
import { describe, expect, it } from "vitest";
import { decodeSign1, encodeSign1 } from "../../../core/cose/index.js";
import { encodeCbor } from "../../../core/cose/cbor.js";
import { CcfConsortiumError } from "../../../core/errors.js";
import { bignum, float64, headerBytes, oddHeaders } from "../../helpers/odd-encodings.js";

const KID = Buffer.from("ab".repeat(32), "ascii");
const SIG = new Uint8Array(96);

function header(entries: [number | string, unknown][]): Uint8Array {
  return encodeCbor(new Map(entries));
}
const full = (): [number | string, unknown][] => [
  [1, -35],
  [4, KID],
  ["ccf.gov.msg.type", "proposal"],
  ["ccf.gov.msg.created_at", 1_700_000_000],
];
const without = (label: number | string) => full().filter(([k]) => k !== label);

function expectMalformed(bytes: Uint8Array, message: string | RegExp): void {
  let caught: unknown;
  try {
    decodeSign1(bytes);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(CcfConsortiumError);
  expect((caught as CcfConsortiumError).code).toBe("COSE_MALFORMED");
  if (typeof message === "string") expect((caught as Error).message).toBe(message);
  else expect((caught as Error).message).toMatch(message);
}

describe("decodeSign1 refuses what a CCF node's decoder refuses, with its words", () => {
  it("decodes a well-formed message", () => {
    const d = decodeSign1(encodeSign1(header([...full(), ["ccf.gov.msg.proposal_id", "cd".repeat(32)]]), new Uint8Array([1, 2]), SIG));
    expect(d.headers).toEqual({ alg: -35, kid: "ab".repeat(32), msgType: "proposal", createdAt: 1_700_000_000, proposalId: "cd".repeat(32) });
    expect([...d.payload]).toEqual([1, 2]);
  });

  it("not CBOR, not an array", () => {
    expectMalformed(new Uint8Array([0xff]), "Failed to parse COSE_Sign1 outer array");
    expectMalformed(new Uint8Array([]), "Failed to parse COSE_Sign1 outer array");
    expectMalformed(encodeCbor(new Tag(new Map(), 18)), "Failed to parse COSE_Sign1 outer array");
    expectMalformed(encodeCbor("hello"), "Failed to parse COSE_Sign1 outer array");
  });

  it("untagged or wrongly tagged", () => {
    expectMalformed(encodeCbor([header(full()), new Map(), new Uint8Array(0), SIG]), "COSE_Sign1 is not tagged");
    expectMalformed(encodeCbor(new Tag([header(full()), new Map(), new Uint8Array(0), SIG], 98)), "COSE_Sign1 is not tagged");
  });

  it("missing alg, kid or created_at", () => {
    expectMalformed(encodeSign1(header(without(1)), new Uint8Array(0), SIG), "Missing algorithm in protected header");
    expectMalformed(encodeSign1(header(without(4)), new Uint8Array(0), SIG), "Missing kid in protected header");
    expectMalformed(encodeSign1(header(without("ccf.gov.msg.created_at")), new Uint8Array(0), SIG), "Missing created_at in protected header");
    // kid in the unprotected header does not count.
    expectMalformed(encodeCbor(new Tag([header(without(4)), new Map([[4, KID]]), new Uint8Array(0), SIG], 18)), "Missing kid in protected header");
  });

  it("protected header of the wrong shape or types", () => {
    expectMalformed(encodeSign1(new Uint8Array([0xa1, 0x01]), new Uint8Array(0), SIG), /^Failed to decode protected header: /);
    expectMalformed(encodeSign1(encodeCbor([1, 2]), new Uint8Array(0), SIG), "Failed to decode protected header: it is not a map");
    expectMalformed(encodeSign1(header([...without(4), [4, "ab".repeat(32)]]), new Uint8Array(0), SIG), "Failed to decode protected header: kid (4) is not a byte string");
    expectMalformed(encodeSign1(header([...without(1), [1, "ES384"]]), new Uint8Array(0), SIG), "Failed to decode protected header: alg (1) is not an integer");
    expectMalformed(
      encodeSign1(header([...without("ccf.gov.msg.created_at"), ["ccf.gov.msg.created_at", "2024-01-01T00:00:00Z"]]), new Uint8Array(0), SIG),
      "Failed to decode protected header: ccf.gov.msg.created_at is not an integer",
    );
    expectMalformed(
      encodeSign1(header([...without("ccf.gov.msg.created_at"), ["ccf.gov.msg.created_at", -1]]), new Uint8Array(0), SIG),
      "Failed to decode protected header: ccf.gov.msg.created_at is negative",
    );
    expectMalformed(encodeSign1(header([...without("ccf.gov.msg.type"), ["ccf.gov.msg.type", 3]]), new Uint8Array(0), SIG), "Failed to decode protected header: ccf.gov.msg.type is not a text string");
    expectMalformed(encodeCbor(new Tag([new Map(full()), new Map(), new Uint8Array(0), SIG], 18)), "Failed to decode protected header: it is not a byte string");
  });

  it("detached payload, missing elements", () => {
    expectMalformed(encodeCbor(new Tag([header(full()), new Map(), null, SIG], 18)), "Failed to decode COSE_Sign1: the payload is not an embedded byte string");
    expectMalformed(encodeCbor(new Tag([header(full()), new Map(), new Uint8Array(0)], 18)), "Failed to parse COSE_Sign1 outer array: expected 4 elements, found 3");
  });

  it("created_at beyond 2^53 still decodes (the node judges it too large later)", () => {
    const big = encodeSign1(header([...without("ccf.gov.msg.created_at"), ["ccf.gov.msg.created_at", 2n ** 60n]]), new Uint8Array(0), SIG);
    expect(decodeSign1(big).headers.createdAt).toBe(2 ** 60);
  });

  it("integers only as CBOR integers, every label once: floats, bignums and duplicates are refused", () => {
    const cases = oddHeaders({ memberId: "ab".repeat(32), alg: -35, type: "proposal", createdAt: 1_700_000_000 });
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const c of cases) expectMalformed(encodeSign1(c.header, new Uint8Array(0), SIG), c.reason);
  });

  it("the strict reader still takes what CCF's own tools send, in any label order, definite or indefinite", () => {
    const kid = Buffer.from("ab".repeat(32), "ascii");
    const reordered = headerBytes([["ccf.gov.msg.created_at", 5], ["ccf.gov.msg.type", "ack"], [4, kid], [1, -7], [33, "ignored"]]);
    expect(decodeSign1(encodeSign1(reordered, new Uint8Array(0), SIG)).headers).toEqual({ alg: -7, kid: "ab".repeat(32), msgType: "ack", createdAt: 5 });
    // an indefinite-length map (0xbf ... 0xff) with an ignored float-valued label of its own
    const indefinite = Buffer.concat([Buffer.from([0xbf]), headerBytes([[1, -35], [4, kid], ["ccf.gov.msg.created_at", 7], ["other", float64(1.5)]]).subarray(1), Buffer.from([0xff])]);
    expect(decodeSign1(encodeSign1(indefinite, new Uint8Array(0), SIG)).headers.createdAt).toBe(7);
  });

  it("bounded: truncated items, bytes after the map, indefinite strings and deep nesting are refused", () => {
    const kid = Buffer.from("ab".repeat(32), "ascii");
    const good = headerBytes([[1, -35], [4, kid], ["ccf.gov.msg.created_at", 7]]);
    expectMalformed(encodeSign1(good.subarray(0, good.length - 1), new Uint8Array(0), SIG), "Failed to decode protected header: the map ends early");
    expectMalformed(encodeSign1(Buffer.concat([good, Buffer.from([0x00])]), new Uint8Array(0), SIG), "Failed to decode protected header: bytes follow the map");
    expectMalformed(encodeSign1(Buffer.from([0xa1, 0x01, 0x5f, 0x41, 0x00, 0xff]), new Uint8Array(0), SIG), "Failed to decode protected header: indefinite-length strings are not accepted");
    expectMalformed(encodeSign1(Buffer.from([0xa1, 0x01, 0x5a, 0xff, 0xff, 0xff, 0xff]), new Uint8Array(0), SIG), "Failed to decode protected header: a string is longer than the header");
    const deep = Buffer.concat([Buffer.from([0xa1, 0x18, 0x20]), Buffer.alloc(40, 0x81), Buffer.from([0x00])]);
    expectMalformed(encodeSign1(deep, new Uint8Array(0), SIG), "Failed to decode protected header: nesting deeper than 16");
    expectMalformed(encodeSign1(Buffer.from([0xa1, 0xf6, 0x00]), new Uint8Array(0), SIG), "Failed to decode protected header: a label is null, not an integer or a text string");
    // a bignum kid or alg beyond 2^53 is not a usable integer either
    expectMalformed(encodeSign1(headerBytes([[1, bignum(35n)], [4, kid], ["ccf.gov.msg.created_at", 7]]), new Uint8Array(0), SIG), "Failed to decode protected header: alg (1) is not an integer");
  });
});

