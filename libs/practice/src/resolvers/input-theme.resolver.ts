import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { InputTheme } from '../entities/index.js';
import { CreateInputThemeInput, UpdateInputThemeInput } from '../inputs/input-theme.inputs.js';
import { ThemeService } from '../services/theme.service.js';

@Resolver(() => InputTheme)
export class InputThemeResolver {
  constructor(private readonly themeService: ThemeService) {}

  @Mutation(() => InputTheme)
  @Roles(Role.EDITOR)
  createInputTheme(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateInputThemeInput): Promise<InputTheme> {
    return this.themeService.create(viewer, input);
  }

  @Mutation(() => InputTheme)
  @Roles(Role.EDITOR)
  updateInputTheme(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateInputThemeInput,
  ): Promise<InputTheme> {
    return this.themeService.update(viewer, id, version, input);
  }
}
