import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { UnauthenticatedError } from '@sidos/common';
import { CurrentViewer } from './current-viewer.decorator.js';
import { type AuthenticatedRequest } from './request-context.js';
import { Role } from './role.enum.js';
import { Viewer } from './viewer.type.js';

type ParamFactory = (data: unknown, context: ExecutionContextHost) => Viewer;

/** The function Nest calls to resolve @CurrentViewer(). */
function currentViewerFactory(): ParamFactory {
  class Probe {
    handle(@CurrentViewer() viewer: Viewer): Viewer {
      return viewer;
    }
  }
  const metadata = Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handle') as Record<string, { factory: ParamFactory }>;
  return Object.values(metadata)[0].factory;
}

describe('CurrentViewer', () => {
  const viewer: Viewer = { id: 'alice', name: 'Alice', roles: [Role.VIEWER], ministry: 'TEM' };
  const factory = currentViewerFactory();

  it('returns the verified viewer of an HTTP request', () => {
    const request: AuthenticatedRequest = { headers: {}, viewer };
    expect(factory(undefined, new ExecutionContextHost([request, {}, () => undefined]))).toBe(viewer);
  });

  it('returns the verified viewer of a GraphQL request', () => {
    const request: AuthenticatedRequest = { headers: {}, viewer };
    const context = new ExecutionContextHost([{}, {}, { req: request }, {}]);
    context.setType('graphql');
    expect(factory(undefined, context)).toBe(viewer);
  });

  it('refuses a request that was never authenticated', () => {
    expect(() => factory(undefined, new ExecutionContextHost([{ headers: {} }, {}, () => undefined]))).toThrow(UnauthenticatedError);
  });
});
