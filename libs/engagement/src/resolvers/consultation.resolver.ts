import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection } from '@sidos/common';
import { Consultation } from '../entities/index.js';
import { ConsultationsArgs, CreateConsultationInput, UpdateConsultationInput } from '../inputs/index.js';
import { ConsultationService } from '../services/consultation.service.js';
import { ConsultationConnection } from './connection.types.js';

@Resolver(() => Consultation)
export class ConsultationResolver {
  constructor(private readonly consultationService: ConsultationService) {}

  @Query(() => Consultation, { nullable: true })
  @Roles(Role.VIEWER)
  consultation(@Args('id', { type: () => ID }) id: string): Promise<Consultation | null> {
    return this.consultationService.findById(id);
  }

  @Query(() => ConsultationConnection)
  @Roles(Role.VIEWER)
  consultations(@Args() args: ConsultationsArgs): Promise<Connection<Consultation>> {
    return this.consultationService.list(args);
  }

  @Mutation(() => Consultation)
  @Roles(Role.EDITOR)
  createConsultation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateConsultationInput): Promise<Consultation> {
    return this.consultationService.create(viewer, input);
  }

  @Mutation(() => Consultation)
  @Roles(Role.EDITOR)
  updateConsultation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateConsultationInput,
  ): Promise<Consultation> {
    return this.consultationService.update(viewer, id, version, input);
  }
}
