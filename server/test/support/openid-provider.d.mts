import type { CryptoKey, JWTPayload } from 'jose';

export interface TestAccount {
  claims: Record<string, unknown>;
  amr?: string[];
  acr?: string;
}

export interface TestOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  setTamper(fn: ((claims: JWTPayload) => Promise<{ claims: JWTPayload; key?: CryptoKey }>) | null): void;
  tokensIssued(): number;
  stop(): Promise<void>;
}

export function startOpenIdProvider(options: { clientId?: string; clientSecret?: string; redirectUris: string[]; accounts: Record<string, TestAccount> }): Promise<TestOpenIdProvider>;
