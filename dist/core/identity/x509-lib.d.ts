/**
 * @peculiar/x509 is only needed to *create* certificates. It is loaded lazily (with the Reflect polyfill
 * its DI container requires) so that commands which only parse certificates never pay for it.
 */
export type X509Lib = typeof import("@peculiar/x509");
export declare function loadX509(): Promise<X509Lib>;
