import { BadUserInputError, type FieldError } from './domain.error.js';

/** Collects invalid fields found by a service so that all of them are reported at once. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(path: string, message: string): this {
    this.errors.push({ path, message });
    return this;
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  /** Throws one BAD_USER_INPUT error listing every collected field, if there is any. */
  throwIfAny(): void {
    if (!this.isEmpty) throw new BadUserInputError([...this.errors]);
  }
}
