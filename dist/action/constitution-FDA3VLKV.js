import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  memberIdOf,
  pemBlocks
} from "./chunk-7IY7ICS4.js";
import {
  CcfConsortiumError
} from "./chunk-RGBX3ABY.js";
import "./chunk-NVOPRWJI.js";

// core/constitution/host.ts
var SINGLETON_KEY = new Uint8Array(8);
var encoder = new TextEncoder();
var decoder = new TextDecoder("utf-8", { fatal: false });
function utf8(text) {
  return encoder.encode(text);
}
function fromUtf8(bytes) {
  return decoder.decode(bytes);
}
function jsonBytes(value) {
  return utf8(JSON.stringify(value));
}
function fromJsonBytes(bytes) {
  return JSON.parse(fromUtf8(bytes));
}
function readOnlyTable(name, entries) {
  const map = /* @__PURE__ */ new Map();
  for (const [k, v] of entries) map.set(Buffer.from(k).toString("latin1"), [k, v]);
  const refuse = (op) => {
    throw new Error(`ccf.kv["${name}"].${op}: the table is read-only here`);
  };
  return {
    get: (key) => map.get(Buffer.from(key).toString("latin1"))?.[1],
    has: (key) => map.has(Buffer.from(key).toString("latin1")),
    set: () => refuse("set"),
    delete: () => refuse("delete"),
    clear: () => refuse("clear"),
    entries: () => map.values(),
    size: () => map.size
  };
}

// core/constitution/crypto.ts
import { X509Certificate, constants, createHash, createPublicKey, verify } from "node:crypto";
function certificates(pem) {
  return pemBlocks(pem).filter((b) => b.label === "CERTIFICATE").map((b) => new X509Certificate(b.pem));
}
function isValidX509CertBundle(value) {
  if (typeof value !== "string") return false;
  try {
    return certificates(value).length > 0;
  } catch {
    return false;
  }
}
function isValidX509CertChain(chain, trusted) {
  let target;
  let intermediates;
  let roots;
  try {
    [target, ...intermediates] = certificates(chain);
    roots = certificates(trusted);
  } catch {
    return false;
  }
  if (!target || roots.length === 0) return false;
  const now = Date.now();
  const current = (c) => Date.parse(c.validFrom) <= now && now <= Date.parse(c.validTo);
  let cert = target;
  const seen = /* @__PURE__ */ new Set();
  for (let depth = 0; depth <= intermediates.length; depth++) {
    if (!current(cert)) return false;
    const root = roots.find((r) => cert.checkIssued(r) && cert.verify(r.publicKey) && current(r));
    if (root) return true;
    const next = intermediates.find((c) => !seen.has(c) && cert.checkIssued(c) && cert.verify(c.publicKey));
    if (!next) return false;
    seen.add(next);
    cert = next;
  }
  return false;
}
function isValidX509RootCACert(pem) {
  try {
    const certs = certificates(pem);
    if (certs.length !== 1) return false;
    const cert = certs[0];
    return cert.ca && cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}
function pemToId(pem) {
  try {
    return memberIdOf(pem);
  } catch (err) {
    throw new Error(`Failed to parse PEM: ${err.message}`);
  }
}
function digest(algorithm, data) {
  if (algorithm !== "SHA-256") throw new RangeError("unsupported digest algorithm, supported: SHA-256");
  return new Uint8Array(createHash("sha256").update(data).digest());
}
function publicKeyOf(pem) {
  return pem.startsWith("-----BEGIN CERTIFICATE") ? new X509Certificate(pem).publicKey : createPublicKey(pem);
}
function verifySignature(algorithm, keyPem, signature, data) {
  const name = algorithm?.name;
  if (name === "EdDSA") {
    try {
      return verify(null, data, publicKeyOf(keyPem), signature);
    } catch (err) {
      throw new RangeError(`Failed to verify EdDSA signature: ${err.message}`);
    }
  }
  if (algorithm?.hash !== "SHA-256") throw new RangeError("Unsupported hash algorithm, supported: SHA-256");
  if (name !== "RSA-PSS" && name !== "ECDSA") throw new RangeError("Unsupported signing algorithm, supported: RSA-PSS, ECDSA, EdDSA");
  try {
    const key = publicKeyOf(keyPem);
    if (name === "ECDSA") return verify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
    const saltLength = typeof algorithm.saltLength === "number" ? algorithm.saltLength : 0;
    return verify("sha256", data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
  } catch (err) {
    throw new Error(`Failed to verify signature: ${err.message}`);
  }
}
function internalError(message) {
  const e = new Error(message);
  e.name = "InternalError";
  return e;
}
function publicPemToJwk(kind, pem, kid) {
  const label = kind === "ec" ? "EC" : kind === "rsa" ? "RSA" : "EdDSA";
  let key;
  try {
    const block = pemBlocks(pem).find((b) => b.label === "PUBLIC KEY" || b.label === "CERTIFICATE");
    if (!block) throw new Error("no public key");
    key = publicKeyOf(block.pem);
  } catch {
    throw internalError(`Failed to convert pem to jwk: invalid ${label} key`);
  }
  const type = key.asymmetricKeyType;
  const ok = kind === "ec" ? type === "ec" : kind === "rsa" ? type === "rsa" : type === "ed25519" || type === "x25519";
  if (!ok) throw internalError(`Failed to convert pem to jwk: invalid ${label} key`);
  const jwk = key.export({ format: "jwk" });
  return kid === void 0 ? jwk : { ...jwk, kid };
}
function publicJwkToPem(jwk) {
  try {
    const { kid: _kid, ...key } = jwk;
    return createPublicKey({ key, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
  } catch (err) {
    throw new Error(`Failed to convert jwk to pem: ${err.message}`);
  }
}

// core/constitution/ccf-global.ts
var CCF_PRELUDE = String.raw`(function (native) {
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
function ccfNative(current) {
  return (op, a) => {
    const host = current();
    if (!host) throw new Error(`${op}: no host is attached to this call`);
    switch (op) {
      case "kv.get":
        return host.table(a.string(0)).get(a.bytes(1));
      case "kv.has":
        return host.table(a.string(0)).has(a.bytes(1));
      case "kv.set":
        host.table(a.string(0)).set(a.bytes(1), a.isUndefined(2) ? void 0 : a.bytes(2));
        return void 0;
      case "kv.delete":
        host.table(a.string(0)).delete(a.bytes(1));
        return void 0;
      case "kv.clear":
        host.table(a.string(0)).clear();
        return void 0;
      case "kv.entries": {
        const flat = [];
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
        return JSON.stringify(publicPemToJwk(a.string(0), a.string(1), a.isUndefined(2) ? void 0 : a.string(2)));
      case "crypto.jwkToPem":
        return publicJwkToPem(JSON.parse(a.string(0)));
      case "node.triggerRecoverySharesRefresh":
        nodeEffects(host, "triggerRecoverySharesRefresh").triggerRecoverySharesRefresh();
        return void 0;
      case "node.triggerLedgerRekey":
        nodeEffects(host, "triggerLedgerRekey").triggerLedgerRekey();
        return void 0;
      case "node.transitionServiceToOpen":
        nodeEffects(host, "transitionServiceToOpen").transitionServiceToOpen(a.isUndefined(0) ? void 0 : fromUtf8(a.bytes(0)), fromUtf8(a.bytes(1)));
        return void 0;
      case "console":
        host.log?.(a.string(0), a.string(1));
        return void 0;
      default:
        throw new Error(`${op} is not supported by ccf-consortium's constitution engine`);
    }
  };
}
function nodeEffects(host, name) {
  if (!host.node) throw new Error(`ccf.node.${name} is only available when a node applies a proposal, not in a local validation`);
  return host.node;
}

// core/constitution/engine.ts
var DEFAULT_ENGINE_LIMITS = { timeMs: 1e3, memoryBytes: 100 * 1024 * 1024, stackBytes: 1024 * 1024 };
var TOO_LONG = "Operation took too long to complete.";
var ConstitutionError = class extends CcfConsortiumError {
  script;
  limit;
  constructor(message, options = {}) {
    super("CONSTITUTION", message, { cause: options.cause });
    this.script = options.script;
    this.limit = options.limit;
  }
};
var loading;
var loaded;
function loadEngine() {
  loading ??= (async () => {
    const [{ newQuickJSWASMModuleFromVariant }, variant] = await Promise.all([
      import("./dist-NUIZJA4M.js"),
      import("./dist-H7WOB4R4.js")
    ]);
    loaded = await newQuickJSWASMModuleFromVariant(variant.default);
    return loaded;
  })();
  loading.catch(() => loading = void 0);
  return loading;
}
function heapBytes() {
  const module = loaded?.module;
  return module?.HEAPU8?.buffer.byteLength ?? 0;
}
function engine() {
  if (!loaded) throw new ConstitutionError("the JavaScript engine is not loaded yet (await loadEngine() first)");
  return loaded;
}
function describeLimit(limit, limits, what) {
  return limit === "time" ? `${TOO_LONG} (${what} ran past the ${limits.timeMs} ms time limit and was stopped)` : `${what} ran out of memory (limit ${limits.memoryBytes} bytes) and was stopped`;
}
var ScriptModule = class {
  name;
  limits;
  source;
  options;
  runtime;
  context;
  exports;
  deadline = Infinity;
  interrupted = false;
  /** WebAssembly heap size when the current call started, and whether the call grew it past the limit. */
  heapAtStart = 0;
  heapExceeded = false;
  closed = false;
  /** Evaluates `source` as a module; throws a `ConstitutionError` if it does not compile or its top level throws. */
  constructor(source, options) {
    this.source = source;
    this.options = options;
    this.name = options.name;
    this.limits = { ...DEFAULT_ENGINE_LIMITS, ...options.limits };
    this.build();
  }
  build() {
    const runtime = engine().newRuntime();
    runtime.setMemoryLimit(this.limits.memoryBytes);
    runtime.setMaxStackSize(this.limits.stackBytes);
    runtime.setInterruptHandler(() => {
      if (heapBytes() - this.heapAtStart > this.limits.memoryBytes) {
        this.heapExceeded = true;
        return true;
      }
      if (Date.now() <= this.deadline) return false;
      this.interrupted = true;
      return true;
    });
    const context = runtime.newContext();
    this.runtime = runtime;
    this.context = context;
    try {
      if (this.options.prelude !== void 0) this.installPrelude(context, this.options.prelude);
      const result = this.guard("the module's top-level code", () => context.evalCode(this.source, this.name, { type: "module" }));
      this.exports = result;
    } catch (err) {
      this.teardown();
      throw err;
    }
  }
  installPrelude(context, prelude) {
    const native = this.options.native;
    const fn = context.newFunction("native", (...handles) => {
      if (!native) throw new Error("no host functions are available here");
      const started = Date.now();
      try {
        const [opHandle, ...rest] = handles;
        const op = opHandle ? context.getString(opHandle) : "";
        return toHandle(context, native(op, nativeArgs(context, rest)));
      } finally {
        if (this.deadline !== Infinity) this.deadline += Date.now() - started;
      }
    });
    try {
      const installer = this.guard("the engine prelude", () => context.evalCode(prelude, "<prelude>"));
      try {
        const r = this.guard("the engine prelude", () => context.callFunction(installer, context.undefined, fn));
        r.dispose();
      } finally {
        installer.dispose();
      }
    } finally {
      fn.dispose();
    }
  }
  /** Runs `run` with the time limit armed; unwraps the result or throws a `ConstitutionError`. */
  guard(what, run) {
    const context = this.context;
    this.interrupted = false;
    this.heapExceeded = false;
    this.heapAtStart = heapBytes();
    this.deadline = Date.now() + this.limits.timeMs;
    let result;
    try {
      result = run();
    } finally {
      this.deadline = Infinity;
    }
    if (!result.error) return result.value;
    const exception = dumpException(context, result.error);
    result.error.dispose();
    const limit = this.heapExceeded ? "memory" : this.interrupted ? "time" : /out of memory/i.test(exception.message) && exception.name === "InternalError" ? "memory" : void 0;
    if (limit) throw new ConstitutionError(describeLimit(limit, this.limits, what), { limit, script: exception });
    throw new ConstitutionError(`${exception.name}: ${exception.message}`, { script: exception });
  }
  /** True when the module exports a function of that name. */
  hasFunction(name) {
    this.ensure();
    const context = this.context;
    const fn = context.getProp(this.exports, name);
    try {
      return context.typeof(fn) === "function";
    } finally {
      fn.dispose();
    }
  }
  /**
   * Calls the exported function `name` with JSON-compatible arguments and returns its result converted to
   * a host value (objects through JSON). Throws a `ConstitutionError`: the script's exception (`.script`),
   * a limit (`.limit`), or a missing export.
   */
  call(name, args) {
    this.ensure();
    const context = this.context;
    let limitHit = false;
    const fn = context.getProp(this.exports, name);
    const handles = [];
    try {
      if (context.typeof(fn) !== "function") throw new ConstitutionError(`Export '${name}' of module '${this.name}' is not a function`);
      for (const a of args) handles.push(toHandle(context, a));
      const result = this.guard(`${name}()`, () => context.callFunction(fn, context.undefined, ...handles));
      try {
        return context.dump(result);
      } finally {
        result.dispose();
      }
    } catch (err) {
      limitHit = err instanceof ConstitutionError && err.limit !== void 0;
      throw err;
    } finally {
      for (const h of handles) h.dispose();
      fn.dispose();
      if (limitHit) this.teardown();
    }
  }
  ensure() {
    if (this.closed) throw new ConstitutionError(`module '${this.name}' is closed`);
    if (!this.context) this.build();
  }
  teardown() {
    const { exports, context, runtime } = this;
    this.exports = void 0;
    this.context = void 0;
    this.runtime = void 0;
    try {
      exports?.dispose();
      context?.dispose();
      runtime?.dispose();
    } catch {
    }
  }
  /** Releases the runtime. */
  dispose() {
    this.closed = true;
    this.teardown();
  }
};
function dumpException(context, handle) {
  let value;
  try {
    value = context.dump(handle);
  } catch {
    value = void 0;
  }
  if (value && typeof value === "object" && "message" in value) {
    const v = value;
    return { name: typeof v.name === "string" ? v.name : "Error", message: String(v.message), stack: typeof v.stack === "string" ? v.stack : void 0 };
  }
  return { name: "Error", message: String(value) };
}
function toHandle(context, value) {
  if (value === void 0) return context.undefined;
  if (value === null) return context.null;
  if (typeof value === "string") return context.newString(value);
  if (typeof value === "number") return context.newNumber(value);
  if (typeof value === "boolean") return value ? context.true : context.false;
  if (value instanceof Uint8Array) return context.newArrayBuffer(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  if (Array.isArray(value) && value.some((v) => v instanceof Uint8Array || Array.isArray(v))) {
    const array = context.newArray();
    value.forEach((item, i) => {
      const h = toHandle(context, item);
      try {
        context.setProp(array, i, h);
      } finally {
        h.dispose();
      }
    });
    return array;
  }
  const json = context.getProp(context.global, "JSON");
  const parse = context.getProp(json, "parse");
  const text = context.newString(JSON.stringify(value));
  try {
    return context.unwrapResult(context.callFunction(parse, json, text));
  } finally {
    text.dispose();
    parse.dispose();
    json.dispose();
  }
}
function nativeArgs(context, handles) {
  const at = (i) => {
    const h = handles[i];
    if (!h) throw new TypeError(`missing argument ${i}`);
    return h;
  };
  return {
    length: handles.length,
    isUndefined: (i) => handles[i] === void 0 || context.typeof(handles[i]) === "undefined",
    string: (i) => context.getString(at(i)),
    number: (i) => context.getNumber(at(i)),
    bytes: (i) => {
      const view = context.getArrayBuffer(at(i));
      try {
        return new Uint8Array(view.value);
      } finally {
        view.dispose();
      }
    }
  };
}

// core/constitution/constitution.ts
var CONSTITUTION_MODULE_NAME = "public:ccf.gov.constitution[0]";
function concatConstitution(parts) {
  return parts.map((p) => p.endsWith("\n") ? p : `${p}
`).join("");
}
var Constitution = class _Constitution {
  source;
  module;
  host;
  /** Loads the engine if needed and evaluates `source`; throws a `ConstitutionError` if it does not load. */
  static async load(source, options = {}) {
    await loadEngine();
    return new _Constitution(source, options);
  }
  /** Synchronous form; the engine must be loaded (`loadEngine()`). */
  constructor(source, options = {}) {
    this.source = source;
    this.module = new ScriptModule(source, {
      name: options.name ?? CONSTITUTION_MODULE_NAME,
      limits: options.limits,
      prelude: withGlobals(CCF_PRELUDE, options.globals),
      native: ccfNative(() => this.host)
    });
  }
  with(host, run) {
    const previous = this.host;
    this.host = host;
    try {
      return run();
    } finally {
      this.host = previous;
    }
  }
  /** True when the module exports `name` as a function. */
  exports(name) {
    return this.module.hasFunction(name);
  }
  /** `validate(input)`; throws a `ConstitutionError` when it throws or hits a limit. */
  validate(proposal, host) {
    const result = this.with(host, () => this.module.call("validate", [proposal]));
    if (result === null || typeof result !== "object") {
      throw new ConstitutionError(`validate() returned ${describe(result)}, not an object { valid, description }`);
    }
    const r = result;
    return { valid: r.valid === true, description: typeof r.description === "string" ? r.description : r.description === void 0 ? "" : String(r.description) };
  }
  /** `resolve(proposal, proposerId, votes)`. */
  resolve(proposal, proposerId, votes, host) {
    const result = this.with(host, () => this.module.call("resolve", [proposal, proposerId, votes]));
    if (result === "Open" || result === "Accepted" || result === "Rejected") return result;
    throw new ConstitutionError(`resolve() returned ${describe(result)}, not "Open", "Accepted" or "Rejected"`);
  }
  /** `apply(proposal, proposalId)`. */
  apply(proposal, proposalId, host) {
    this.with(host, () => this.module.call("apply", [proposal, proposalId]));
  }
  dispose() {
    this.module.dispose();
  }
};
function withGlobals(prelude, globals) {
  if (!globals || Object.keys(globals).length === 0) return prelude;
  return `(function (native) { (${prelude})(native); Object.assign(globalThis, ${JSON.stringify(globals)}); })`;
}
function describe(value) {
  if (value === void 0) return "undefined";
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return typeof value;
  }
}
export {
  CCF_PRELUDE,
  CONSTITUTION_MODULE_NAME,
  Constitution,
  ConstitutionError,
  DEFAULT_ENGINE_LIMITS,
  SINGLETON_KEY,
  ScriptModule,
  TOO_LONG,
  concatConstitution,
  engine,
  fromJsonBytes,
  fromUtf8,
  isValidX509CertBundle,
  isValidX509CertChain,
  jsonBytes,
  loadEngine,
  pemToId,
  readOnlyTable,
  utf8
};
