import { CcfConsortiumError } from "../core/errors.js";

/** A CI gate that did not hold (ack refuses to sign). `gate` names it in the annotation title. */
export class GateError extends CcfConsortiumError {
  readonly gate: string;
  /** Every failed gate already has its annotation (the entry only sets the exit code). */
  readonly reported: boolean;
  constructor(gate: string, message: string, options: { reported?: boolean } = {}) {
    super("REFUSED", message);
    this.gate = gate;
    this.reported = options.reported ?? false;
  }
}
