import type { Route } from "../router.js";
/** Classic route table (registered for ccfVersion 4–6). */
export declare function classicApiRoutes(): Route[];
