/**
 * The `ccf` global a constitution sees: the governance subset of CCF's JS globals (microsoft/CCF
 * src/js/extensions/ccf/{converters,crypto,kv,node,network,gov_effects}.cpp), as a prelude script over
 * one native function, plus that native function's host side.
 *
 * Offered: `ccf.kv[name]` maps (get, has, set, delete, clear, forEach, size) over ArrayBuffers,
 * `strToBuf`, `bufToStr`, `jsonCompatibleToBuf`, `bufToJsonCompatible`, `pemToId`,
 * `crypto.{isValidX509CertBundle, isValidX509CertChain, isValidX509RootCACert, digest, verifySignature, pub*PemToJwk,
 * pub*JwkToPem}`, `node.{triggerRecoverySharesRefresh, triggerLedgerRekey, transitionServiceToOpen}` and
 * `console.*`. Everything else CCF defines (key generation, signing, wrapping, JWT and bytecode effects,
 * `ccf.network.*`, snapshots, ledger chunks) throws an Error naming the call.
 */
import type { NativeFunction, NativeArgs, HostValue } from "./engine.js";
import type { ConstitutionHost } from "./host.js";
import { fromUtf8, utf8 } from "./host.js";
import { digest, isValidX509CertBundle, isValidX509CertChain, isValidX509RootCACert, pemToId, publicJwkToPem, publicPemToJwk, verifySignature } from "./crypto.js";

export const CCF_PRELUDE = String.raw`(function (native) {
  "use strict";
  const NOT_SUPPORTED = "is not supported by ccf-consortium's constitution engine";
  function unsupported(name) {
    return function () { throw new Error(name + " " + NOT_SUPPORTED); };
  }
  function buf(v, what) {
    if (!(v instanceof ArrayBuffer)) throw new TypeError(what + " must be an ArrayBuffer");
    return v;
  }
  function str(v, what) {
    if (typeof v !== "string") throw new TypeError(what + " must be a string");
    return v;
  }
  class KvMap {
    #name;
    constructor(name) { this.#name = name; }
    get(key) { return native("kv.get", this.#name, buf(key, "key")); }
    has(key) { return native("kv.has", this.#name, buf(key, "key")); }
    set(key, value) {
      buf(key, "key");
      if (value !== undefined) buf(value, "value");
      native("kv.set", this.#name, key, value);
      return this;
    }
    delete(key) { native("kv.delete", this.#name, buf(key, "key")); }
    clear() { native("kv.clear", this.#name); }
    forEach(callback) {
      const entries = native("kv.entries", this.#name);
      for (let i = 0; i < entries.length; i += 2) callback(entries[i + 1], entries[i], this);
    }
    get size() { return native("kv.size", this.#name); }
    getVersionOfPreviousWrite() { return unsupported("ccf.kv[\"" + this.#name + "\"].getVersionOfPreviousWrite")(); }
  }
  const maps = new Map();
  const kv = new Proxy({}, {
    get(_target, name) {
      if (typeof name !== "string") return undefined;
      let map = maps.get(name);
      if (!map) { map = new KvMap(name); maps.set(name, map); }
      return map;
    },
  });
  const ccf = {
    kv,
    strToBuf: (s) => native("strToBuf", str(s, "ccf.strToBuf argument")),
    bufToStr: (b) => native("bufToStr", buf(b, "ccf.bufToStr argument")),
    jsonCompatibleToBuf: (v) => native("strToBuf", JSON.stringify(v)),
    bufToJsonCompatible: (b) => JSON.parse(native("bufToStr", buf(b, "ccf.bufToJsonCompatible argument"))),
    pemToId: (pem) => native("pemToId", str(pem, "ccf.pemToId argument")),
    enableUntrustedDateTime: () => false,
    enableMetricsLogging: () => false,
    refreshAppBytecodeCache: unsupported("ccf.refreshAppBytecodeCache"),
    setJwtPublicSigningKeys: unsupported("ccf.setJwtPublicSigningKeys"),
    removeJwtPublicSigningKeys: unsupported("ccf.removeJwtPublicSigningKeys"),
    crypto: {
      isValidX509CertBundle: (pem) => native("crypto.isValidX509CertBundle", String(pem)),
      isValidX509CertChain: (chain, trusted) => native("crypto.isValidX509CertChain", String(chain), String(trusted)),
      isValidX509RootCACert: (pem) => native("crypto.isValidX509RootCACert", String(pem)),
      digest: (algorithm, data) => native("crypto.digest", String(algorithm), buf(data, "data")),
      verifySignature: (algorithm, key, signature, data) =>
        native("crypto.verifySignature", JSON.stringify(algorithm), str(key, "key"), buf(signature, "signature"), buf(data, "data")),
      pubPemToJwk: (pem, kid) => JSON.parse(native("crypto.pemToJwk", "ec", str(pem, "pem"), kid)),
      pubRsaPemToJwk: (pem, kid) => JSON.parse(native("crypto.pemToJwk", "rsa", str(pem, "pem"), kid)),
      pubEddsaPemToJwk: (pem, kid) => JSON.parse(native("crypto.pemToJwk", "ed", str(pem, "pem"), kid)),
      pubJwkToPem: (jwk) => native("crypto.jwkToPem", JSON.stringify(jwk)),
      pubRsaJwkToPem: (jwk) => native("crypto.jwkToPem", JSON.stringify(jwk)),
      pubEddsaJwkToPem: (jwk) => native("crypto.jwkToPem", JSON.stringify(jwk)),
      sign: unsupported("ccf.crypto.sign"),
      pemToJwk: unsupported("ccf.crypto.pemToJwk"),
      rsaPemToJwk: unsupported("ccf.crypto.rsaPemToJwk"),
      eddsaPemToJwk: unsupported("ccf.crypto.eddsaPemToJwk"),
      jwkToPem: unsupported("ccf.crypto.jwkToPem"),
      rsaJwkToPem: unsupported("ccf.crypto.rsaJwkToPem"),
      eddsaJwkToPem: unsupported("ccf.crypto.eddsaJwkToPem"),
      generateAesKey: unsupported("ccf.crypto.generateAesKey"),
      generateRsaKeyPair: unsupported("ccf.crypto.generateRsaKeyPair"),
      generateEcdsaKeyPair: unsupported("ccf.crypto.generateEcdsaKeyPair"),
      generateEddsaKeyPair: unsupported("ccf.crypto.generateEddsaKeyPair"),
      wrapKey: unsupported("ccf.crypto.wrapKey"),
      unwrapKey: unsupported("ccf.crypto.unwrapKey"),
    },
    node: {
      triggerRecoverySharesRefresh: () => { native("node.triggerRecoverySharesRefresh"); },
      triggerLedgerRekey: () => { native("node.triggerLedgerRekey"); },
      transitionServiceToOpen: (previous, next) => {
        native("node.transitionServiceToOpen", previous === undefined ? undefined : buf(previous, "previous service identity"), buf(next, "next service identity"));
      },
      triggerLedgerChunk: unsupported("ccf.node.triggerLedgerChunk"),
      triggerSnapshot: unsupported("ccf.node.triggerSnapshot"),
      shuffleSealedShares: unsupported("ccf.node.shuffleSealedShares"),
    },
    network: {
      getLatestLedgerSecretSeqno: unsupported("ccf.network.getLatestLedgerSecretSeqno"),
      generateEndorsedCertificate: unsupported("ccf.network.generateEndorsedCertificate"),
      generateNetworkCertificate: unsupported("ccf.network.generateNetworkCertificate"),
    },
  };
  const log = (level) => (...args) => { native("console", level, args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")); };
  globalThis.ccf = ccf;
  globalThis.console = { log: log("info"), info: log("info"), warn: log("warn"), error: log("error"), debug: log("debug") };
})`;

/** The native side of the prelude, dispatching to whatever host `current()` returns at call time. */
export function ccfNative(current: () => ConstitutionHost | undefined): NativeFunction {
  return (op: string, a: NativeArgs): HostValue => {
    const host = current();
    if (!host) throw new Error(`${op}: no host is attached to this call`);
    switch (op) {
      case "kv.get":
        return host.table(a.string(0)).get(a.bytes(1));
      case "kv.has":
        return host.table(a.string(0)).has(a.bytes(1));
      case "kv.set":
        host.table(a.string(0)).set(a.bytes(1), a.isUndefined(2) ? undefined : a.bytes(2));
        return undefined;
      case "kv.delete":
        host.table(a.string(0)).delete(a.bytes(1));
        return undefined;
      case "kv.clear":
        host.table(a.string(0)).clear();
        return undefined;
      case "kv.entries": {
        const flat: Uint8Array[] = [];
        for (const [k, v] of host.table(a.string(0)).entries()) flat.push(k, v);
        return flat;
      }
      case "kv.size":
        return host.table(a.string(0)).size();
      case "strToBuf":
        return utf8(a.string(0));
      case "bufToStr":
        return fromUtf8(a.bytes(0));
      case "pemToId":
        return pemToId(a.string(0));
      case "crypto.isValidX509CertBundle":
        return isValidX509CertBundle(a.string(0));
      case "crypto.isValidX509CertChain":
        return isValidX509CertChain(a.string(0), a.string(1));
      case "crypto.isValidX509RootCACert":
        return isValidX509RootCACert(a.string(0));
      case "crypto.digest":
        return digest(a.string(0), a.bytes(1));
      case "crypto.verifySignature":
        return verifySignature(JSON.parse(a.string(0)) ?? {}, a.string(1), a.bytes(2), a.bytes(3));
      case "crypto.pemToJwk":
        return JSON.stringify(publicPemToJwk(a.string(0) as "ec" | "rsa" | "ed", a.string(1), a.isUndefined(2) ? undefined : a.string(2)));
      case "crypto.jwkToPem":
        return publicJwkToPem(JSON.parse(a.string(0)));
      case "node.triggerRecoverySharesRefresh":
        nodeEffects(host, "triggerRecoverySharesRefresh").triggerRecoverySharesRefresh();
        return undefined;
      case "node.triggerLedgerRekey":
        nodeEffects(host, "triggerLedgerRekey").triggerLedgerRekey();
        return undefined;
      case "node.transitionServiceToOpen":
        nodeEffects(host, "transitionServiceToOpen").transitionServiceToOpen(a.isUndefined(0) ? undefined : fromUtf8(a.bytes(0)), fromUtf8(a.bytes(1)));
        return undefined;
      case "console":
        host.log?.(a.string(0), a.string(1));
        return undefined;
      default:
        throw new Error(`${op} is not supported by ccf-consortium's constitution engine`);
    }
  };
}

function nodeEffects(host: ConstitutionHost, name: string): NonNullable<ConstitutionHost["node"]> {
  if (!host.node) throw new Error(`ccf.node.${name} is only available when a node applies a proposal, not in a local validation`);
  return host.node;
}
