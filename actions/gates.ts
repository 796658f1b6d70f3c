import { CcfConsortiumError } from "../core/errors.js";

/** A CI gate that did not hold (ack refuses to sign). `gate` names it in the annotation title. */
export class GateError extends CcfConsortiumError {
  readonly gate: string;
  constructor(gate: string, message: string) {
    super("REFUSED", message);
    this.gate = gate;
  }
}
