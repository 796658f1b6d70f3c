import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);

// core/errors.ts
var CcfConsortiumError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
};
var InputError = class extends CcfConsortiumError {
  input;
  constructor(input, problem, code = "INVALID_INPUT", options) {
    super(code, `${input}: ${problem}`, options);
    this.input = input;
  }
};
function isUserError(err) {
  return err instanceof InputError;
}
function typedError(err, input, problem, code = "INVALID_INPUT") {
  if (err instanceof CcfConsortiumError) return err;
  return new InputError(input, problem, code, { cause: err });
}

// core/text/input-value.ts
var MAX_SHOWN_PATH = 256;
var PEM_ARMOUR = "-----BEGIN ";
function looksLikePath(value) {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_SHOWN_PATH) return false;
  if (value.includes("-----")) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c === 127 || c >= 128 && c <= 159 || c >= 8234 && c <= 8238 || c >= 8294 && c <= 8297) return false;
  }
  return true;
}
function looksLikePem(value) {
  return typeof value === "string" && value.includes(PEM_ARMOUR);
}
function inputWithValue(input, value) {
  return looksLikePath(value) ? `${input} ${value}` : input;
}
function notAFileProblem(value, why, instead = "a file path") {
  if (looksLikePath(value)) return why;
  if (looksLikePem(value)) return `is not a readable file (the value given looks like PEM: pass ${instead}, not the PEM itself)`;
  if (typeof value !== "string") return `is not a readable file (expected ${instead}, got ${typeName(value)})`;
  return `is not a readable file (the value given is not a plausible file path: pass ${instead})`;
}
function quoteValue(value, max = 100) {
  if (typeof value === "string") return looksLikePath(value) && value.length <= max ? `'${value}'` : "a value that is not shown";
  return typeName(value);
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "bytes";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
    case "bigint":
      return "a number";
    case "boolean":
      return "a boolean";
    case "undefined":
      return "nothing";
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

export {
  CcfConsortiumError,
  InputError,
  isUserError,
  typedError,
  looksLikePath,
  inputWithValue,
  notAFileProblem,
  quoteValue,
  typeName
};
