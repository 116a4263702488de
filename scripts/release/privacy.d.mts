export const START: string;
export const END: string;
export function policyBody(policy: string): string;
export function readmePolicy(readme: string): string | null;
export function privacyProblem(readme: string, policy: string): string | null;
