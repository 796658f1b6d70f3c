import type * as pulumi from "@pulumi/pulumi";
type CheckFailure = pulumi.dynamic.CheckFailure;
/** The engine's marker for a value not known yet (preview with outputs of resources not yet created). */
export declare const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** True when the value is, or contains, a value unknown during preview. */
export declare function isUnknown(value: unknown): boolean;
/** Collects check failures: `run(property, fn)` calls `fn` unless the property is unknown. */
export declare class Failures {
    readonly list: CheckFailure[];
    run(property: string, value: unknown, fn: () => void): void;
    add(property: string, reason: string): void;
}
/**
 * An InputError becomes a failure on its own input when that is the property or a part of it
 * (`proposer.privateKey`), with the problem as the reason; otherwise on the property, with the whole
 * message. Anything that is not an InputError is a bug and is rethrown.
 */
export declare function toFailure(property: string, err: unknown): CheckFailure;
export {};
