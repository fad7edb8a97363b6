import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test starts from an empty document and storage (Testing Library cleans up by itself only with Vitest's globals).
afterEach(() => {
  cleanup();
  localStorage.clear();
});
