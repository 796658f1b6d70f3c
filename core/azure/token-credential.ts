/**
 * The shape of `@azure/core-auth`'s TokenCredential, declared here so core's types do not load the SDK:
 * any `@azure/identity` credential satisfies it.
 */
export interface AccessTokenLike {
  token: string;
  expiresOnTimestamp: number;
  refreshAfterTimestamp?: number;
  tokenType?: "Bearer" | "pop";
}

export interface TokenCredentialLike {
  getToken(scopes: string | string[], options?: object): Promise<AccessTokenLike | null>;
}
