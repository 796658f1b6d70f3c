// Types for the two undici files core/client/undici.ts imports directly (undici's own typings cover only its
// index). They are the files undici's index.js itself requires for Agent and Dispatcher#request.
declare module "undici/lib/dispatcher/agent.js" {
  import { Agent } from "undici";
  export default Agent;
}

declare module "undici/lib/api/api-request.js" {
  import type { Dispatcher } from "undici";
  const request: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
  export default request;
}
