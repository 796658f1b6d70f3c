/**
 * undici's Agent with its promise `request()`, taken from the two files that hold them. undici's index
 * loads every feature it has (fetch, WebSocket, EventSource, caches, mocks: some 200 files) and its cookie
 * module reads `globalThis.Headers`, which makes Node load its own internal copy of undici as well: two HTTP
 * stacks to send three requests. The transport needs only this.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import UndiciAgent from "undici/lib/dispatcher/agent.js";
import request from "undici/lib/api/api-request.js";

export class Agent extends UndiciAgent {}

/**
 * What undici's index gives every dispatcher (`Object.assign(Dispatcher.prototype, api)`), here for ours
 * only, one event-loop turn late: undici hands a keep-alive socket back one turn after its response
 * completed (so that a server closing it anyway is seen first), and a request sent in between would open a
 * second connection. Sequential requests (read, update, ack) thus share one TLS connection.
 */
Agent.prototype.request = async function (this: Agent, options: Parameters<typeof request>[0]) {
  await nextTurn();
  return request.call(this, options);
} as Agent["request"];
