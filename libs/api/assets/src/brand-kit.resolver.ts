import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor, type Actor } from '@bibliohub/api-core';
import { toAssetType } from './asset.mapper.js';
import { ASSET_READERS, CENTRAL_EDITORS } from './asset.resolver.js';
import { BrandKitSection } from './brand-kit.entity.js';
import { BrandKitService, type BrandKit } from './brand-kit.service.js';
import { BrandKitInput, BrandKitType, type BrandKitAssetType } from './dto/brand-kit.type.js';

function toBrandKitType(kit: BrandKit): BrandKitType {
  const section = (s: BrandKitSection): BrandKitAssetType[] =>
    kit.items
      .filter((i) => i.section === s)
      .map((i) => ({
        id: i.id,
        section: i.section,
        label: i.label,
        usage: i.usage,
        asset: toAssetType(i.view),
      }));
  return {
    colours: kit.colours.map((c) => ({ id: c.id, name: c.name, hex: c.hex, usage: c.usage })),
    logos: section(BrandKitSection.LOGO),
    fonts: section(BrandKitSection.FONT),
    templates: section(BrandKitSection.TEMPLATE),
  };
}

@Resolver(() => BrandKitType)
export class BrandKitResolver {
  constructor(private readonly service: BrandKitService) {}

  @Access(ASSET_READERS)
  @Query(() => BrandKitType, { description: 'The house style: colours, logo variants, fonts and templates' })
  async brandKit(@CurrentActor() actor: Actor): Promise<BrandKitType> {
    return toBrandKitType(await this.service.get(actor));
  }

  @Access(CENTRAL_EDITORS)
  @Mutation(() => BrandKitType, { description: 'Replace the brand kit (everything, in the given order)' })
  async setBrandKit(
    @CurrentActor() actor: Actor,
    @Args('input') input: BrandKitInput,
  ): Promise<BrandKitType> {
    return toBrandKitType(await this.service.set(actor, input));
  }
}
