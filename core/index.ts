export * from "./errors.js";
export * from "./identity/index.js";
export * from "./cose/index.js";
export * from "./client/index.js";
