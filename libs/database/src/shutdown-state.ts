import { Injectable } from '@nestjs/common';

/** Set when the process has been asked to stop: /health turns 503 so that load balancers send no more. */
@Injectable()
export class ShutdownState {
  draining = false;
}
