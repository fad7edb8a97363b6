import { Injectable } from '@nestjs/common';
import { type GraphQLRequestContext, type SqlFragment } from '@sidos/common';

/**
 * A field of Organisation that another feature answers (coverage's engagementStats), which the register reads
 * in the organisation's own statement when the field is asked for without arguments.
 */
export interface OrganisationRelationContribution {
  /** The Organisation field it answers. */
  field: string;
  /**
   * An SQL expression of the field's value (a scalar subquery, typically json) for the organisation whose id is
   * the SQL expression `organisationId`. Its text must depend on `organisationId` alone (values go in its
   * parameters): the register keeps the statement text it builds per field name.
   */
  sql(organisationId: string): SqlFragment;
  /** Primes the request's loader of the field with the value the expression read (json already parsed). */
  prime(context: GraphQLRequestContext, organisationId: string, value: unknown): void;
}

/** The fields of Organisation that other features contribute to its one-statement read (OrganisationService.findById). */
@Injectable()
export class OrganisationRelationContributions {
  private readonly byField = new Map<string, OrganisationRelationContribution>();

  add(contribution: OrganisationRelationContribution): void {
    this.byField.set(contribution.field, contribution);
  }

  /** The contributions of the fields named, in their order; names of no contribution are left out. */
  of(fields: readonly string[]): OrganisationRelationContribution[] {
    return fields.flatMap((field) => this.byField.get(field) ?? []);
  }
}
