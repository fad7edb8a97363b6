/** Which runners `npm test` starts for its arguments: jest's arguments, Vitest's, or null (not run). */
export function planTestRun(args: string[]): { jest: string[] | null; vitest: string[] | null };
