import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import "./chunk-CVHM3EZ4.js";
import "./chunk-NVOPRWJI.js";

// node_modules/@jitl/quickjs-singlefile-mjs-release-sync/dist/index.mjs
var variant = { type: "sync", importFFI: () => import("./ffi-FPWIX3AM.js").then((mod) => mod.QuickJSFFI), importModuleLoader: () => import("./emscripten-module-Q67P5WYC-DSXJO4ER.js").then((mod) => mod.default) };
var src_default = variant;
export {
  src_default as default
};
