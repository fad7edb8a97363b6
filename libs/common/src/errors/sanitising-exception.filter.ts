import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { reportUnexpectedError } from '../graphql/error-formatter.js';

interface HttpResponse {
  headersSent: boolean;
  status(code: number): { json(body: unknown): void };
  end(): void;
}

/**
 * The global exception filter, in place of Nest's ExceptionsHandler (which logs every error that is not
 * an HttpException with its message and stack: a driver message quotes SQL and values, personal data).
 * GraphQL: the error is rethrown to graphql-js unlogged; Apollo's formatError maps expected errors (not
 * logged) and logs unexpected ones through reportUnexpectedError. HTTP routes: an HttpException answers
 * as Nest would (not logged); anything else is logged through reportUnexpectedError and answers a bare 500.
 */
@Catch()
export class SanitisingExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    // Thrown, not returned: graphql-js takes a returned value for the field's value unless it passes
    // `instanceof Error`, which a driver error made in another V8 realm (jest's sandbox) does not.
    if (host.getType<string>() === 'graphql') throw exception;
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      if (!response.headersSent)
        response.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return undefined;
    }
    reportUnexpectedError(exception);
    if (response.headersSent) response.end();
    else response.status(500).json({ statusCode: 500, message: 'Internal server error' });
    return undefined;
  }
}
