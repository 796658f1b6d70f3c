import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  CcfConsortiumError
} from "./chunk-RGBX3ABY.js";

// actions/gates.ts
var GateError = class extends CcfConsortiumError {
  gate;
  /** Every failed gate already has its annotation (the entry only sets the exit code). */
  reported;
  constructor(gate, message, options = {}) {
    super("REFUSED", message);
    this.gate = gate;
    this.reported = options.reported ?? false;
  }
};

export {
  GateError
};
