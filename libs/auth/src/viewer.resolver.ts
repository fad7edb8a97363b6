import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from './current-viewer.decorator.js';
import { Role } from './role.enum.js';
import { Roles } from './roles.decorator.js';
import { Viewer } from './viewer.type.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  /** The caller, as its bearer token describes it. */
  @Query(() => Viewer)
  @Roles(Role.VIEWER)
  me(@CurrentViewer() viewer: Viewer): Viewer {
    return viewer;
  }
}
