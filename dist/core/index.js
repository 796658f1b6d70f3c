export * from "./errors.js";
export * from "./identity/index.js";
export * from "./cose/index.js";
export * from "./client/index.js";
export * from "./proposals/index.js";
export * from "./flows/index.js";
export * from "./text/index.js";
export * from "./files/index.js";
