import type { Route } from "../router.js";
/** The new-API route table. */
export declare function newApiRoutes(): Route[];
