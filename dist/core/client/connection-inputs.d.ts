import { type ApiChoice } from "./model.js";
/** A node URL must be an https origin (`https://host:port`): no path, query, fragment or credentials. Returns the origin. */
export declare function nodeOrigin(url: string, input: string): string;
/** `auto` or one of the API flavours. */
export declare function parseApiChoice(value: string, input: string): ApiChoice;
