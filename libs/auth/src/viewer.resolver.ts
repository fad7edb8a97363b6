import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from './current-viewer.decorator';
import { Role } from './role.enum';
import { Roles } from './roles.decorator';
import { Viewer } from './viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  /** The caller, as its bearer token describes it. */
  @Query(() => Viewer)
  @Roles(Role.VIEWER)
  me(@CurrentViewer() viewer: Viewer): Viewer {
    return viewer;
  }
}
