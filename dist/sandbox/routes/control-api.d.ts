import type { Route } from "../router.js";
export declare function controlRoutes(): Route[];
