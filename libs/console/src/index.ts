export * from './console-files.js';
export * from './console-policy.js';
export * from './serve-console.js';
export * from './explorer-policy.js';
export * from './serve-explorer.js';
