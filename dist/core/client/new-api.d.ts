import type { ApiFlavour } from "./model.js";
import { type FlavourAdapter } from "./wire.js";
/**
 * The versioned governance API (`?api-version=2024-07-01` or `2023-06-01-preview`), camelCase JSON.
 * Every reply is checked against the shapes of the protocol reference §3.1 before use.
 */
export declare function newApiAdapter(flavour: Exclude<ApiFlavour, "classic">): FlavourAdapter;
