import { type FlavourAdapter } from "./wire.js";
/**
 * The classic API (CCF 4.x–6.x, removed in 7.0): `/gov/proposals`, `/gov/ack`, snake_case maps. Every
 * reply is checked against the shapes of the protocol reference §3.2 before use.
 */
export declare function classicAdapter(): FlavourAdapter;
