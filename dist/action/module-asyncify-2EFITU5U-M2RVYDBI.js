import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  QuickJSAsyncWASMModule
} from "./chunk-HXRLIOUU.js";
import "./chunk-KK2L4NYM.js";
import "./chunk-NVOPRWJI.js";
export {
  QuickJSAsyncWASMModule
};
