import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '@sidos/common';
import { requestFromContext } from './request-context.js';
import { Viewer } from './viewer.type.js';

/** The verified caller of an HTTP handler or GraphQL resolver (set by AuthGuard). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestFromContext(context)?.viewer;
  if (viewer === undefined) throw new UnauthenticatedError();
  return viewer;
});
