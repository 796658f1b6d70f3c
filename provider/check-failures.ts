// Check failures: the engine shows `{property, reason}` per bad input. Validation itself is the core's
// (its InputError names the input and the problem); this file only runs the checks and translates.
import type * as pulumi from "@pulumi/pulumi";

type CheckFailure = pulumi.dynamic.CheckFailure;

/** The engine's marker for a value not known yet (preview with outputs of resources not yet created). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when the value is, or contains, a value unknown during preview. */
export function isUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(isUnknown);
  if (value && typeof value === "object") return Object.values(value).some(isUnknown);
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

/** An InputError becomes `{property: <its input>, reason: <its problem>}`; anything else is a bug, rethrown. */
export function toFailure(property: string, err: unknown): CheckFailure {
  const e = err as { name?: string; input?: string; message?: string; code?: string };
  if (typeof e?.input !== "string" || typeof e.message !== "string") throw err;
  const prefix = `${e.input}: `;
  const reason = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  return { property: e.input || property, reason };
}
