export const COPY: string;
export const START: string;
export const END: string;
export function policyBody(policy: string): string;
export function copiedPolicy(page: string): string | null;
export function privacyProblem(page: string, policy: string): string | null;
