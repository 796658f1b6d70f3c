import type { Route } from "../router.js";
export declare function receiptRoutes(): Route[];
