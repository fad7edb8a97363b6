import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '@sidos/common';
import { requestFromContext } from './request-context';
import { Viewer } from './viewer.type';

/** The verified caller of an HTTP handler or GraphQL resolver (set by AuthGuard). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestFromContext(context)?.viewer;
  if (viewer === undefined) throw new UnauthenticatedError();
  return viewer;
});
