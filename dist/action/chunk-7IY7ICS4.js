import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  InputError,
  typeName
} from "./chunk-RGBX3ABY.js";

// core/identity/pem.ts
var BEGIN = "-----BEGIN ";
var DASHES = "-----";
function pemBlocks(text) {
  const s = typeof text === "string" ? text : text instanceof Uint8Array ? Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1") : "";
  const blocks = [];
  let label;
  let endTag = "";
  let body = [];
  let pos = 0;
  const n = s.length;
  while (pos <= n) {
    let eol = s.indexOf("\n", pos);
    if (eol === -1) eol = n;
    let line = s.slice(pos, eol);
    pos = eol + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const trimmed = line.trimEnd();
    if (label !== void 0 && trimmed.endsWith(endTag)) {
      const before = trimmed.slice(0, trimmed.length - endTag.length);
      if (before.trim()) body.push(before);
      blocks.push({ label, pem: `${BEGIN}${label}${DASHES}
${body.map((l) => `${l}
`).join("")}-----END ${label}${DASHES}
` });
      label = void 0;
      body = [];
      continue;
    }
    const begun = beginLabel(trimmed);
    if (begun !== void 0) {
      label = begun;
      endTag = `-----END ${begun}${DASHES}`;
      body = [];
    } else if (label !== void 0) body.push(line);
  }
  return blocks;
}
function beginLabel(line) {
  if (!line.endsWith(DASHES)) return void 0;
  const at = line.lastIndexOf(BEGIN);
  if (at === -1) return void 0;
  const end = line.length - DASHES.length;
  const start = at + BEGIN.length;
  if (end <= start) return void 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (!(c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 32)) return void 0;
  }
  return line.slice(start, end);
}
function pemText(pem, input) {
  if (typeof pem === "string") return pem;
  if (pem instanceof Uint8Array) return Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength).toString("latin1");
  throw new InputError(input, `must be PEM text (got ${typeName(pem)})`);
}
function describeBlocks(blocks) {
  if (blocks.length === 0) return "no PEM block";
  const labels = [...new Set(blocks.map((b) => b.label))];
  const shown = labels.slice(0, 5).map((l) => `'${l.length > 40 ? `${l.slice(0, 40)}\u2026` : l}'`);
  return labels.length > 5 ? `${shown.join(", ")} and ${labels.length - 5} other label(s)` : shown.join(", ");
}

// core/identity/member-id.ts
import { createHash, X509Certificate as X509Certificate2 } from "node:crypto";

// core/identity/certificate.ts
import { X509Certificate } from "node:crypto";
function loadCertificate(pem, input) {
  const blocks = pemBlocks(pemText(pem, input));
  const first = blocks.find((b) => b.label === "CERTIFICATE");
  if (!first) {
    throw new InputError(
      input,
      `is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found ${describeBlocks(blocks)})`
    );
  }
  let cert;
  try {
    cert = new X509Certificate(first.pem);
  } catch {
    throw new InputError(input, "holds a CERTIFICATE block that is not a valid X.509 certificate");
  }
  try {
    void cert.publicKey;
  } catch {
    throw new InputError(input, "holds a certificate whose public key cannot be decoded (an unsupported or malformed key)", "UNSUPPORTED_KEY");
  }
  return cert;
}
function certificatePem(cert) {
  return cert.toString().replace(/\r/g, "");
}

// core/identity/member-id.ts
function memberIdOf(cert, input = "certificate") {
  let der;
  if (cert instanceof X509Certificate2) der = cert.raw;
  else if (typeof cert !== "string" && !(cert instanceof Uint8Array)) throw new InputError(input, `must be a PEM or DER certificate (got ${typeName(cert)})`);
  else if (typeof cert === "string" || looksLikePem(cert)) der = loadCertificate(cert, input).raw;
  else {
    try {
      der = new X509Certificate2(cert).raw;
    } catch {
      throw new InputError(input, "is neither a PEM certificate nor a DER-encoded X.509 certificate");
    }
  }
  return createHash("sha256").update(der).digest("hex");
}
function looksLikePem(buf) {
  return Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 4096)).toString("latin1").includes("-----BEGIN ");
}

export {
  pemBlocks,
  pemText,
  describeBlocks,
  loadCertificate,
  certificatePem,
  memberIdOf
};
