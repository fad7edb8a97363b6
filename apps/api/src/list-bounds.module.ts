import { Module } from '@nestjs/common';
import { ListBounds } from '@sidos/common';
import { APP_CONFIG, type AppConfig } from '@sidos/config';
import { EngagementListBoundRepository, EngagementModule } from '@sidos/engagement';
import { RegisterListBoundRepository, RegisterModule } from '@sidos/register';

/** The sizes of the plain lists for the cost estimate, from the register's and the engagement history's data. */
@Module({
  imports: [RegisterModule, EngagementModule],
  providers: [
    {
      provide: ListBounds,
      inject: [APP_CONFIG, RegisterListBoundRepository, EngagementListBoundRepository],
      useFactory: (config: AppConfig, register: RegisterListBoundRepository, engagement: EngagementListBoundRepository) =>
        new ListBounds([() => register.listBounds(), () => engagement.listBounds()], config.queryLimits.listSizesRefreshSeconds * 1000).load(),
    },
  ],
  exports: [ListBounds],
})
export class ListBoundsModule {}
