import { Module } from '@nestjs/common';
import { ContentModule } from '@bibliohub/api-content';
import './assets.schema.js';
import { AssetUploadService } from './asset-upload.service.js';
import { AssetResolver } from './asset.resolver.js';
import { AssetService } from './asset.service.js';
import { BrandKitResolver } from './brand-kit.resolver.js';
import { BrandKitService } from './brand-kit.service.js';
import { FilesController } from './files.controller.js';
import { PostAssetService } from './post-asset.service.js';
import { PostAssetsResolver } from './post-assets.resolver.js';
import { RenditionService } from './rendition.service.js';
import { StagingSweeper } from './staging-sweeper.service.js';

/** The house-style asset library: uploads, renditions, downloads, post attachments and the brand kit. */
@Module({
  imports: [ContentModule],
  controllers: [FilesController],
  providers: [
    AssetUploadService,
    AssetService,
    RenditionService,
    StagingSweeper,
    PostAssetService,
    BrandKitService,
    AssetResolver,
    PostAssetsResolver,
    BrandKitResolver,
  ],
  exports: [AssetService, AssetUploadService, PostAssetService, RenditionService, StagingSweeper],
})
export class AssetsModule {}
