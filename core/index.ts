export * from "./errors.js";
export * from "./identity/index.js";
