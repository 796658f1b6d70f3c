import { type Manifest } from "../../core/flows/manifest.js";
import { type Plan } from "../../core/flows/plan.js";
import type { Io } from "../io.js";
/** `--manifest FILE` (JSON or YAML); relative certificate and key paths resolve against its folder. */
export declare function manifestFlag(values: Record<string, unknown>, io: Io): Manifest;
/** The plan as printed with --json: what changes, and the one proposal that makes it so. */
export declare function planDocument(plan: Plan): Record<string, unknown>;
/** The plan for people: one line per change, then the proposal's actions. */
export declare function renderPlan(plan: Plan, source: string): string;
