/** The part of pg-copy-streams (no bundled types) that the seed uses. */
declare module 'pg-copy-streams' {
  import { Writable } from 'node:stream';
  import { Submittable } from 'pg';
  export function from(sql: string): Writable & Submittable;
}
