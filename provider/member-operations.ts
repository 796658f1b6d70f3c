// placeholder until core/flows lands
export const memberOperations = {} as Record<string, (...a: any[]) => Promise<any>>;
