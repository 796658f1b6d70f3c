import { type ApiChoice } from "./model.js";
/** A node URL must be an https origin (`https://host:port`): no path, query, fragment or credentials. Returns the origin. */
export declare function nodeOrigin(url: string, input: string): string;
/** `auto` or one of the API flavours. */
export declare function parseApiChoice(value: string, input: string): ApiChoice;
/**
 * A duration as people write it: `500ms`, `60s`, `2m`, `1h` or plain seconds (`90`). Returns ms; anything
 * else (zero, negative, no number, another unit, over a day) is an InputError naming `input`.
 */
export declare function parseDuration(value: string, input: string): number;
