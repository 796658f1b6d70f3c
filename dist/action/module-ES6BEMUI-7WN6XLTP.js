import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  QuickJSModuleCallbacks,
  QuickJSWASMModule,
  applyBaseRuntimeOptions,
  applyModuleEvalRuntimeOptions
} from "./chunk-KK2L4NYM.js";
import "./chunk-NVOPRWJI.js";
export {
  QuickJSModuleCallbacks,
  QuickJSWASMModule,
  applyBaseRuntimeOptions,
  applyModuleEvalRuntimeOptions
};
