/**
 * The constitution engine (core/constitution): ES modules in QuickJS, the `ccf` global's names and
 * encodings, read-only tables, unsupported calls named, time and memory limits (the module keeps
 * working afterwards), and hundreds of calls on one module without leaking handles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSign, generateKeyPairSync, createHash } from "node:crypto";
import {
  Constitution,
  ConstitutionError,
  SINGLETON_KEY,
  TOO_LONG,
  jsonBytes,
  loadEngine,
  readOnlyTable,
  utf8,
  type ConstitutionHost,
  type KvTable,
} from "../../../core/constitution/index.js";
import { createCertificate, generateMemberIdentity } from "../../../core/identity/index.js";

const noTables: ConstitutionHost = {
  table(name) {
    throw new Error(`no table ${name}`);
  },
};

function hostWith(tables: Record<string, KvTable>, extra: Partial<ConstitutionHost> = {}): ConstitutionHost {
  return {
    table(name) {
      const t = tables[name];
      if (!t) throw new Error(`no table ${name}`);
      return t;
    },
    ...extra,
  };
}

/** A module whose validate() evaluates `body` (with `input` parsed as `p`) and returns it as the description. */
function probe(body: string): Constitution {
  return new Constitution(
    `export function validate(input) { const p = JSON.parse(input); const r = (function () { ${body} })(); return { valid: true, description: JSON.stringify(r) }; }
     export function resolve() { return "Open"; }
     export function apply() {}`,
  );
}

function run(c: Constitution, input: unknown = {}, host: ConstitutionHost = noTables): unknown {
  return JSON.parse(c.validate(JSON.stringify(input), host).description);
}

beforeAll(async () => {
  await loadEngine();
});

describe("constitution engine", () => {
  it("evaluates an ES module and calls validate / resolve / apply with CCF's argument shapes", () => {
    const c = new Constitution(`
      export function validate(input) { const p = JSON.parse(input); return { valid: p.actions.length === 1, description: "n=" + p.actions.length }; }
      export function resolve(proposal, proposerId, votes) { return votes.filter((v) => v.vote).length >= 2 ? "Accepted" : proposerId.length === 64 ? "Open" : "Rejected"; }
      export function apply(proposal, proposalId) { ccf.kv["public:t"].set(ccf.strToBuf(proposalId), ccf.strToBuf(proposal)); }`);
    expect(c.validate(JSON.stringify({ actions: [{}] }), noTables)).toEqual({ valid: true, description: "n=1" });
    expect(c.validate(JSON.stringify({ actions: [] }), noTables)).toEqual({ valid: false, description: "n=0" });
    const id = "ab".repeat(32);
    expect(c.resolve("{}", id, [{ member_id: id, vote: true }], noTables)).toBe("Open");
    expect(c.resolve("{}", id, [{ member_id: id, vote: true }, { member_id: "cd".repeat(32), vote: true }], noTables)).toBe("Accepted");
    expect(c.resolve("{}", "x", [], noTables)).toBe("Rejected");
    const written: [string, string][] = [];
    const table: KvTable = { ...readOnlyTable("public:t", []), set: (k, v) => void written.push([Buffer.from(k).toString(), Buffer.from(v!).toString()]) };
    c.apply('{"actions":[]}', "p1", hostWith({ "public:t": table }));
    expect(written).toEqual([["p1", '{"actions":[]}']]);
    c.dispose();
  });

  it("a module that does not compile, or whose top level throws, is a ConstitutionError with the script's error", () => {
    expect(() => new Constitution("export function validate( {")).toThrow(ConstitutionError);
    try {
      new Constitution("throw new TypeError('top');");
    } catch (err) {
      expect(err).toBeInstanceOf(ConstitutionError);
      expect((err as ConstitutionError).script).toMatchObject({ name: "TypeError", message: "top" });
    }
  });

  it("a validate() that throws gives the exception with QuickJS's stack in the module", () => {
    const c = new Constitution("function inner() { throw new Error('bad'); }\nexport function validate() { inner(); }");
    try {
      c.validate("{}", noTables);
      expect.unreachable();
    } catch (err) {
      const e = err as ConstitutionError;
      expect(e.code).toBe("CONSTITUTION");
      expect(e.script).toMatchObject({ name: "Error", message: "bad" });
      expect(e.script!.stack).toMatch(/at inner \(public:ccf\.gov\.constitution\[0\]:1:/);
      expect(e.script!.stack).toMatch(/at validate \(public:ccf\.gov\.constitution\[0\]:2:/);
    }
    c.dispose();
  });

  it("converters: strToBuf/bufToStr (UTF-8), jsonCompatibleToBuf/bufToJsonCompatible", () => {
    const c = probe(`
      const b = ccf.strToBuf("héllo");
      return [b instanceof ArrayBuffer, b.byteLength, ccf.bufToStr(b), ccf.bufToJsonCompatible(ccf.jsonCompatibleToBuf({ a: [1, "x", null] }))];`);
    expect(run(c)).toEqual([true, 6, "héllo", { a: [1, "x", null] }]);
    c.dispose();
  });

  it("ccf.kv maps: get/has/forEach/size over CCF encodings; writes to a read-only table throw naming it", () => {
    const id = "ab".repeat(32);
    const info = readOnlyTable("public:ccf.gov.members.info", [[utf8(id), jsonBytes({ status: "Active", member_data: { org: "x" } })]]);
    const svc = readOnlyTable("public:ccf.gov.service.info", [[SINGLETON_KEY, jsonBytes({ status: "Open" })]]);
    const host = hostWith({ "public:ccf.gov.members.info": info, "public:ccf.gov.service.info": svc });
    const c = probe(`
      const t = ccf.kv["public:ccf.gov.members.info"];
      const seen = [];
      t.forEach((v, k) => seen.push([ccf.bufToStr(k), ccf.bufToJsonCompatible(v).member_data.org]));
      let err;
      try { t.set(ccf.strToBuf("x"), ccf.strToBuf("y")); } catch (e) { err = String(e); }
      let missing;
      try { ccf.kv["public:ccf.gov.users.info"].get(ccf.strToBuf("x")); } catch (e) { missing = String(e); }
      return [seen, t.size, t.has(ccf.strToBuf(p.id)), t.get(ccf.strToBuf("nobody")) === undefined,
        ccf.bufToJsonCompatible(ccf.kv["public:ccf.gov.service.info"].get(new ArrayBuffer(8))).status, err, missing];`);
    expect(run(c, { id }, host)).toEqual([
      [[id, "x"]],
      1,
      true,
      true,
      "Open",
      'Error: ccf.kv["public:ccf.gov.members.info"].set: the table is read-only here',
      "Error: no table public:ccf.gov.users.info",
    ]);
    c.dispose();
  });

  it("crypto helpers: pemToId, isValidX509CertBundle, isValidX509CertChain, digest, verifySignature, pubPemToJwk", async () => {
    const alice = await generateMemberIdentity({ name: "alice" });
    const ca = generateKeyPairSync("ec", { namedCurve: "P-384" });
    const caPem = await createCertificate({ subject: "CN=Test CA", publicKey: ca.publicKey, privateKey: ca.privateKey, days: 30, isCa: true });
    const leafKeys = generateKeyPairSync("ec", { namedCurve: "P-384" });
    const leafPem = await createCertificate({ subject: "CN=Leaf", publicKey: leafKeys.publicKey, issuer: { privateKey: ca.privateKey, certificatePem: caPem }, days: 30 });
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const data = Buffer.from("hello");
    const signature = createSign("sha256").update(data).sign({ key: privateKey, dsaEncoding: "ieee-p1363" });
    const pub = publicKey.export({ type: "spki", format: "pem" }).toString();
    const c = probe(`
      const buf = (hex) => new Uint8Array(hex.match(/../g).map((h) => parseInt(h, 16))).buffer;
      const hex = (b) => Array.from(new Uint8Array(b)).map((x) => x.toString(16).padStart(2, "0")).join("");
      return [
        ccf.pemToId(p.cert),
        ccf.crypto.isValidX509CertBundle(p.cert),
        ccf.crypto.isValidX509CertBundle("not a cert"),
        ccf.crypto.isValidX509CertChain(p.leaf, p.ca),
        ccf.crypto.isValidX509CertChain(p.leaf, p.cert),
        ccf.crypto.isValidX509RootCACert(p.ca),
        ccf.crypto.isValidX509RootCACert(p.leaf),
        hex(ccf.crypto.digest("SHA-256", ccf.strToBuf("hello"))),
        ccf.crypto.verifySignature({ name: "ECDSA", hash: "SHA-256" }, p.pub, buf(p.sig), ccf.strToBuf("hello")),
        ccf.crypto.verifySignature({ name: "ECDSA", hash: "SHA-256" }, p.pub, buf(p.sig), ccf.strToBuf("hellO")),
        ccf.crypto.pubPemToJwk(p.pub, "k1").kty + ":" + ccf.crypto.pubPemToJwk(p.pub, "k1").kid,
      ];`);
    expect(run(c, { cert: alice.certificatePem, pub, sig: signature.toString("hex"), ca: caPem, leaf: leafPem })).toEqual([
      alice.memberId,
      true,
      false,
      true,
      false,
      true,
      false,
      createHash("sha256").update("hello").digest("hex"),
      true,
      false,
      "EC:k1",
    ]);
    c.dispose();
  });

  it("unsupported ccf calls throw an Error naming them; ccf.node.* needs a node", () => {
    const c = probe(`
      const out = [];
      for (const f of [() => ccf.crypto.generateRsaKeyPair(2048), () => ccf.network.generateNetworkCertificate("x", 1), () => ccf.setJwtPublicSigningKeys(), () => ccf.node.triggerLedgerRekey()]) {
        try { f(); out.push("no error"); } catch (e) { out.push(e.message); }
      }
      return out;`);
    expect(run(c)).toEqual([
      "ccf.crypto.generateRsaKeyPair is not supported by ccf-consortium's constitution engine",
      "ccf.network.generateNetworkCertificate is not supported by ccf-consortium's constitution engine",
      "ccf.setJwtPublicSigningKeys is not supported by ccf-consortium's constitution engine",
      "ccf.node.triggerLedgerRekey is only available when a node applies a proposal, not in a local validation",
    ]);
    c.dispose();
  });

  it("a call that loops forever is stopped by the time limit; one that allocates without end by the memory limit; the module keeps working", () => {
    const source = `export function validate(input) {
         if (input === "loop") for (;;) {}
         if (input === "alloc") { const a = []; for (;;) a.push({ n: a.length }); }
         if (input === "alloc-big") { const a = []; for (;;) a.push("x".repeat(4096) + a.length); }
         return { valid: true, description: "ok" };
       }`;
    const c = new Constitution(source, { limits: { timeMs: 150 } });
    const t0 = Date.now();
    expect(() => c.validate("loop", noTables)).toThrow(`${TOO_LONG} (validate() ran past the 150 ms time limit and was stopped)`);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(c.validate("fine", noTables)).toEqual({ valid: true, description: "ok" });
    c.dispose();
    const m = new Constitution(source, { limits: { timeMs: 10_000, memoryBytes: 16 * 1024 * 1024 } });
    try {
      m.validate("alloc", noTables);
      expect.unreachable();
    } catch (err) {
      expect((err as ConstitutionError).limit).toBe("memory");
      expect((err as Error).message).toBe(`validate() ran out of memory (limit ${16 * 1024 * 1024} bytes) and was stopped`);
    }
    expect(m.validate("fine", noTables)).toEqual({ valid: true, description: "ok" });
    // Large strings: stopped when the WebAssembly heap grows past the limit.
    expect(() => m.validate("alloc-big", noTables)).toThrow(`validate() ran out of memory (limit ${16 * 1024 * 1024} bytes) and was stopped`);
    expect(m.validate("fine", noTables)).toEqual({ valid: true, description: "ok" });
    m.dispose();
  });

  it("time spent in host functions does not count against the script's time limit", () => {
    const slow: KvTable = {
      ...readOnlyTable("public:slow", []),
      get: () => {
        const until = Date.now() + 120;
        while (Date.now() < until);
        return undefined;
      },
    };
    const c = new Constitution(`export function validate() { for (let i = 0; i < 3; i++) ccf.kv["public:slow"].get(new ArrayBuffer(1)); return { valid: true, description: "" }; }`, {
      limits: { timeMs: 200 },
    });
    expect(c.validate("{}", hostWith({ "public:slow": slow })).valid).toBe(true);
    c.dispose();
  });

  it("one module serves many calls (handles disposed: no abort at dispose)", () => {
    const c = probe("return [p.n, ccf.bufToStr(ccf.strToBuf(String(p.n)))];");
    for (let n = 0; n < 500; n++) expect(run(c, { n })).toEqual([n, String(n)]);
    c.dispose();
    expect(() => c.validate("{}", noTables)).toThrow(/closed/);
  });
});
