import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  InputError,
  inputWithValue,
  looksLikePath,
  notAFileProblem,
  quoteValue,
  typeName
} from "./chunk-RGBX3ABY.js";
import {
  ExitCode,
  debug,
  error,
  getInput,
  info,
  notice,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-WL6NGZJP.js";

// core/text/safe-text.ts
var MAX_SAFE_TEXT = 2e3;
var REPLACEMENT = "\uFFFD";
function isBidiControl(c) {
  return c >= 8234 && c <= 8238 || c >= 8294 && c <= 8297 || c === 8206 || c === 8207 || c === 1564;
}
function safeText(text, options = {}) {
  const max = Math.max(1, options.max ?? MAX_SAFE_TEXT);
  let s = typeof text === "string" ? text : printable(text);
  const truncated = s.length > max;
  if (truncated) s = s.slice(0, max);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127 || c > 159 && !isBidiControl(c)) i++;
    else break;
  }
  const clean = i === n ? s : rewrite(s, i, options.keepNewlines === true);
  return truncated || clean.length > max ? finish(clean, max) : clean;
}
function printable(value) {
  try {
    return String(value);
  } catch {
    return "[unprintable value]";
  }
}
function rewrite(s, start, keep) {
  const parts = [s.slice(0, start)];
  const n = s.length;
  let runStart = start;
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127 || c > 159 && !isBidiControl(c)) {
      i++;
      continue;
    }
    if (i > runStart) parts.push(s.slice(runStart, i));
    if (c === 10 || c === 9 || c === 13) {
      if (keep && c !== 13) parts.push(s[i]);
      else if (!(c === 13 && s.charCodeAt(i + 1) === 10)) parts.push(keep ? "\n" : " ");
      i++;
    } else if (isBidiControl(c)) {
      i++;
    } else if (c === 27 || c === 155 || c === 157 || c === 144) {
      parts.push(REPLACEMENT);
      i = skipEscape(s, i);
    } else {
      parts.push(REPLACEMENT);
      i++;
    }
    runStart = i;
  }
  if (runStart < n) parts.push(s.slice(runStart));
  return parts.join("");
}
function skipEscape(s, i) {
  const n = s.length;
  let kind;
  const c = s.charCodeAt(i);
  let j = i + 1;
  if (c === 155) kind = "csi";
  else if (c === 157 || c === 144) kind = "string";
  else {
    const next = s.charCodeAt(j);
    if (next === 91) kind = "csi";
    else if (next === 93 || next === 80 || next === 95 || next === 94 || next === 88) kind = "string";
    else kind = "single";
    if (j < n) j++;
  }
  if (kind === "single") return j;
  if (kind === "csi") {
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d >= 64 && d <= 126) return j + 1;
      if (d < 32 || d > 63) return j;
      j++;
    }
    return j;
  }
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 7 || d === 156) return j + 1;
    if (d === 27) return s.charCodeAt(j + 1) === 92 ? j + 2 : j;
    if (d === 10) return j;
    j++;
  }
  return j;
}
function finish(s, max) {
  let cut = Math.max(0, max - 1);
  const c = s.charCodeAt(cut - 1);
  if (c >= 55296 && c <= 56319) cut--;
  return `${s.slice(0, cut)}\u2026`;
}
function safeMarkdown(text, options = {}) {
  const s = safeText(text, { max: options.max ?? MAX_SAFE_TEXT });
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    switch (ch) {
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case "&":
        out += "&amp;";
        break;
      case "@":
        out += "&#64;";
        break;
      case "\\":
      case "`":
      case "*":
      case "_":
      case "[":
      case "]":
      case "#":
      case "|":
      case "~":
        out += `\\${ch}`;
        break;
      default:
        out += ch;
    }
  }
  return out;
}

// actions/toolkit.ts
var ExitCode2 = ExitCode;
function getInput2(name) {
  return getInput(name);
}
function setOutput2(name, value) {
  setOutput(name, value);
}
function setSecret2(secret) {
  setSecret(secret);
}
function logText(message) {
  return safeText(message, { keepNewlines: true, max: 8e3 });
}
function info2(message) {
  info(logText(message));
}
function debug2(message) {
  debug(logText(message));
}
function notice2(message, properties = {}) {
  notice(message, properties);
}
function warning2(message, properties = {}) {
  warning(safeText(message), annotationProperties(properties));
}
function error2(message, properties = {}) {
  error(safeText(message), annotationProperties(properties));
}
function annotationProperties(properties) {
  return properties.title === void 0 ? properties : { ...properties, title: safeText(properties.title, { max: 200 }) };
}
async function appendSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await summary.addRaw(markdown, true).write();
  return true;
}

// core/files/read-input-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_INPUT_FILE_BYTES = 1024 * 1024;
var CHUNK = 64 * 1024;
function readInputFile(path, options) {
  const given = options.given ?? path;
  const max = options.maxBytes ?? MAX_INPUT_FILE_BYTES;
  const fail = (why) => {
    const label = options.showValue === false ? options.input : inputWithValue(options.input, given);
    throw new InputError(label, notAFileProblem(given, why, options.instead));
  };
  if (typeof path !== "string" || path.length === 0 || path.includes("\0")) return fail("is not a file path");
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return fail(openProblem(err.code));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail("is a directory, not a file");
    if (!st.isFile()) return fail("is not a regular file (a device, pipe or socket); pass a file");
    if (st.size > max) return fail(`is ${st.size} bytes; files given here are limited to ${sizeText(max)}`);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, max + 1 - total));
      let n;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        return fail(`cannot be read (${err.code ?? "error"})`);
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > max) return fail(`is larger than ${sizeText(max)}, the limit for files given here`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
function openProblem(code) {
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "no such file (a parent is not a directory)";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENAMETOOLONG":
      return "is not a file path (the name is too long)";
    default:
      return `cannot be read (${code ?? "unknown error"})`;
  }
}
function sizeText(bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

// actions/inputs.ts
import { isAbsolute, resolve } from "node:path";

// core/client/model.ts
var API_FLAVOURS = ["2024-07-01", "2023-06-01-preview", "classic"];

// core/client/connection-inputs.ts
function nodeOrigin(url, input2) {
  if (typeof url !== "string") throw new InputError(input2, `must be a URL (https://host:port), got ${typeName(url)}`);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(input2, `${quoteValue(url, 300)} is not a URL (expected https://host:port)`);
  }
  if (parsed.username || parsed.password) throw new InputError(input2, `'${parsed.origin}' must not carry credentials (user:password@)`);
  if (parsed.protocol !== "https:") throw new InputError(input2, `${quoteValue(url, 300)} must use https:// (CCF nodes only speak TLS)`);
  if (parsed.pathname !== "/" && parsed.pathname !== "" || parsed.search || parsed.hash) {
    throw new InputError(input2, `${quoteValue(url, 300)} must be a node's origin only (https://host:port, no path)`);
  }
  return parsed.origin;
}
function parseApiChoice(value, input2) {
  if (value !== "auto" && !API_FLAVOURS.includes(value)) {
    throw new InputError(input2, `${quoteValue(value, 40)} is not one of auto, ${API_FLAVOURS.join(", ")}`);
  }
  return value;
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(value, input2) {
  if (typeof value !== "string") throw new InputError(input2, `must be a duration such as 60s or 2m (got ${typeName(value)})`);
  const m = /^\s*(\d{1,9}(?:\.\d{1,3})?)\s*(ms|s|m|h)?\s*$/.exec(value);
  const ms = m ? Math.round(Number(m[1]) * UNIT_MS[m[2] ?? "s"]) : NaN;
  if (!m || !(ms > 0) || ms > 864e5) {
    throw new InputError(input2, `'${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}' is not a duration (e.g. 500ms, 60s, 2m; more than 0, at most 24h)`);
  }
  return ms;
}

// actions/inputs.ts
var COMMANDS = ["plan", "apply", "vote", "ack", "sign", "status", "submit-share"];
function input(name) {
  return getInput2(name).trim();
}
function requiredInput(name, command) {
  const v = input(name);
  if (!v) throw new InputError(name, `is required by the '${command}' command`);
  return v;
}
function commandInput() {
  const v = input("command");
  if (!v) throw new InputError("command", `is required: one of ${COMMANDS.join(", ")}`);
  if (!COMMANDS.includes(v)) throw new InputError("command", `${looksLikePath(v) ? `'${v}'` : "the value given"} is not a command; use one of ${COMMANDS.join(", ")}`);
  return v;
}
function booleanInput(name) {
  const v = input(name).toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new InputError(name, `must be 'true' or 'false'${looksLikePath(v) ? ` (got '${v}')` : ""}`);
}
function nodeUrlsInput(command) {
  const raw = requiredInput("node-url", command);
  const urls = raw.split(/[\s,]+/).filter(Boolean);
  for (const u of urls) nodeOrigin(u, "node-url");
  return urls;
}
function pemOrPathInput(name, command, workspace) {
  const v = requiredInput(name, command);
  if (v.includes("-----BEGIN")) return v.endsWith("\n") ? v : `${v}
`;
  const path = isAbsolute(v) ? v : resolve(workspace, v);
  return readInputFile(path, { input: name, given: v, instead: "PEM text or the path of a PEM file" }).toString("utf8");
}
function secretPemInput(name) {
  const v = input(name);
  if (!v) return "";
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(v)) {
    throw new InputError(name, "must be a PEM private key passed from a secret (e.g. `${{ secrets.CCF_MEMBER_KEY }}`); the value given is not one");
  }
  return v.endsWith("\n") ? v : `${v}
`;
}
function pathInput(name, command, workspace, fallback) {
  const v = input(name) || fallback;
  if (!v) throw new InputError(name, `is required by the '${command}' command`);
  return isAbsolute(v) ? v : resolve(workspace, v);
}

// actions/secrets.ts
var SECRET_INPUTS = ["signing-key", "key-vault-token", "encryption-key", "github-token"];
var known = /* @__PURE__ */ new Set();
function maskableLines(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 8 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l) && !/^[A-Za-z-]+:/.test(l));
}
function maskSecret(value) {
  const v = value.trim();
  if (!v) return;
  setSecret2(v);
  known.add(v);
  for (const line of maskableLines(v)) {
    if (line === v) continue;
    setSecret2(line);
    known.add(line);
  }
}
function maskSecretInputs() {
  for (const name of SECRET_INPUTS) maskSecret(getInput2(name));
}
function redact(text) {
  let out = text;
  for (const s of [...known].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join("***");
  return out;
}

export {
  safeText,
  safeMarkdown,
  ExitCode2 as ExitCode,
  getInput2 as getInput,
  setOutput2 as setOutput,
  info2 as info,
  debug2 as debug,
  notice2 as notice,
  warning2 as warning,
  error2 as error,
  appendSummary,
  MAX_INPUT_FILE_BYTES,
  readInputFile,
  sizeText,
  nodeOrigin,
  parseApiChoice,
  parseDuration,
  input,
  requiredInput,
  commandInput,
  booleanInput,
  nodeUrlsInput,
  pemOrPathInput,
  secretPemInput,
  pathInput,
  maskSecretInputs,
  redact
};
