import { registerSchema } from '@bibliohub/api-core';
import { AssetVersionEntity } from './asset-version.entity.js';
import { AssetEntity } from './asset.entity.js';
import { BrandColourEntity, BrandKitAssetEntity } from './brand-kit.entity.js';
import { Assets1763900004000 } from './migrations/1763900004000-assets.migration.js';
import { CentralTenantLookup1763900009400 } from './migrations/1763900009400-central-tenant-lookup.migration.js';
import { AssetUploadKey1763900009700 } from './migrations/1763900009700-asset-upload-key.migration.js';
import { PostAssetEntity } from './post-asset.entity.js';

registerSchema({
  entities: [AssetEntity, AssetVersionEntity, PostAssetEntity, BrandColourEntity, BrandKitAssetEntity],
  migrations: [Assets1763900004000, CentralTenantLookup1763900009400, AssetUploadKey1763900009700],
});
