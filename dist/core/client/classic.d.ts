import { type FlavourAdapter } from "./wire.js";
/** The classic API (CCF 4.x–6.x, removed in 7.0): `/gov/proposals`, `/gov/ack`, snake_case maps. */
export declare function classicAdapter(): FlavourAdapter;
