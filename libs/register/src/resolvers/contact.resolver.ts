import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type Connection } from '@sidos/common';
import { Contact } from '../entities/index.js';
import { ContactsArgs, CreateContactInput, UpdateContactInput } from '../inputs/index.js';
import { ContactService } from '../services/contact.service.js';
import { ContactConnection } from './connection.types.js';

@Resolver(() => Contact)
export class ContactResolver {
  constructor(private readonly contactService: ContactService) {}

  @Query(() => Contact, { nullable: true })
  @Roles(Role.VIEWER)
  contact(@Args('id', { type: () => ID }) id: string): Promise<Contact | null> {
    return this.contactService.findById(id);
  }

  @Query(() => ContactConnection)
  @Roles(Role.VIEWER)
  contacts(@CurrentViewer() viewer: Viewer, @Args() args: ContactsArgs): Promise<Connection<Contact>> {
    return this.contactService.list(args, viewer);
  }

  @Mutation(() => Contact)
  @Roles(Role.EDITOR)
  createContact(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateContactInput): Promise<Contact> {
    return this.contactService.create(viewer, input);
  }

  @Mutation(() => Contact, {
    description: 'A stale version is CONFLICT; so is any change to an erased contact (it is not edited back to life), and nothing is written.',
  })
  @Roles(Role.EDITOR)
  updateContact(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateContactInput,
  ): Promise<Contact> {
    return this.contactService.update(viewer, id, version, input);
  }
}
