// Check failures: the engine shows `{property, reason}` per bad input. Validation itself is the core's
// (its InputError names the input and the problem); this file only runs the checks and translates.
import type * as pulumi from "@pulumi/pulumi";
import { safeText } from "../core/text/safe-text.js";

type CheckFailure = pulumi.dynamic.CheckFailure;

/** The engine's marker for a value not known yet (preview with outputs of resources not yet created). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when the value is, or contains, a value unknown during preview. */
export function isUnknown(value: unknown): boolean {
  // Iterative (an explicit stack, each object visited once): a deeply nested or cyclic input cannot overflow.
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    if (v === UNKNOWN) return true;
    if (v && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      for (const child of Object.values(v)) stack.push(child);
    }
  }
  return false;
}

/** Collects check failures: `run(property, fn)` calls `fn` unless the property is unknown. */
export class Failures {
  readonly list: CheckFailure[] = [];

  run(property: string, value: unknown, fn: () => void): void {
    if (isUnknown(value)) return;
    try {
      fn();
    } catch (err) {
      this.list.push(toFailure(property, err));
    }
  }

  add(property: string, reason: string): void {
    this.list.push({ property, reason });
  }
}

/**
 * An InputError becomes a failure on its own input when that is the property or a part of it
 * (`proposer.privateKey`), with the problem as the reason; otherwise on the property, with the whole
 * message. Anything that is not an InputError is a bug and is rethrown.
 */
export function toFailure(property: string, err: unknown): CheckFailure {
  const e = err as { input?: unknown; message?: unknown };
  if (typeof e?.input !== "string" || typeof e.message !== "string") throw err;
  const own = e.input === property || e.input.startsWith(`${property}.`) || e.input.startsWith(`${property}[`);
  if (!own) return { property, reason: safeText(e.message) };
  const prefix = `${e.input}: `;
  return { property: e.input, reason: safeText(e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message) };
}
