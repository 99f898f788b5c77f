import { CoreModule, type AppConfig } from '@bibliohub/api-core';
import { AssetsModule } from '@bibliohub/api-assets';
import { ContentModule } from '@bibliohub/api-content';
import { FeedModule } from '@bibliohub/api-feed';
import { IdentityModule } from '@bibliohub/api-identity';
import { SubmissionsModule } from '@bibliohub/api-submissions';
import { ProgrammeModule } from '@bibliohub/api-programme';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';

/** The whole API: core infrastructure plus every feature module. */
@Module({})
export class AppModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        IdentityModule,
        ContentModule,
        AssetsModule,
        FeedModule,
        SubmissionsModule,
        ProgrammeModule,
      ],
    };
  }
}
