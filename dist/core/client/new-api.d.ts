import type { ApiFlavour } from "./model.js";
import { type FlavourAdapter } from "./wire.js";
/** The versioned governance API (`?api-version=2024-07-01` or `2023-06-01-preview`), camelCase JSON. */
export declare function newApiAdapter(flavour: Exclude<ApiFlavour, "classic">): FlavourAdapter;
