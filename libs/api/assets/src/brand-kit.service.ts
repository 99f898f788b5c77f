import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AssetKind } from '@bibliohub/contracts';
import { AppError, AuditService, TenantDb, type Actor } from '@bibliohub/api-core';
import { AssetService } from './asset.service.js';
import type { AssetView } from './asset.mapper.js';
import { BrandColourEntity, BrandKitAssetEntity, BrandKitSection } from './brand-kit.entity.js';
import type { BrandKitAssetInput, BrandKitInput } from './dto/brand-kit.type.js';

export interface BrandKitItem {
  id: string;
  section: BrandKitSection;
  label: string;
  usage: string;
  view: AssetView;
}

export interface BrandKit {
  colours: BrandColourEntity[];
  items: BrandKitItem[];
}

const SECTION_KIND: Record<BrandKitSection, AssetKind> = {
  [BrandKitSection.LOGO]: AssetKind.LOGO,
  [BrandKitSection.FONT]: AssetKind.FONT,
  [BrandKitSection.TEMPLATE]: AssetKind.TEMPLATE,
};

/** The house-style page as data: colours, logo variants, fonts and templates, edited by central editors. */
@Injectable()
export class BrandKitService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly assets: AssetService,
  ) {}

  /** Everyone signed in reads it; libraries see only items whose asset they may use now. */
  get(actor: Actor): Promise<BrandKit> {
    return this.db.run(actor, async (db) => {
      const colours = await db.find(BrandColourEntity, { order: { position: 'ASC', id: 'ASC' } });
      const rows = await db.find(BrandKitAssetEntity, {
        order: { section: 'ASC', position: 'ASC', id: 'ASC' },
      });
      const views = await this.assets.loadMany(
        db,
        rows.map((r) => r.assetId),
      );
      const items = rows.flatMap((r) => {
        const view = views.get(r.assetId);
        return view ? [{ id: r.id, section: r.section, label: r.label, usage: r.usage, view }] : [];
      });
      return { colours, items };
    });
  }

  /** Replaces the whole kit in one transaction (audited before/after). */
  async set(actor: Actor, input: BrandKitInput): Promise<BrandKit> {
    const sections: [BrandKitSection, BrandKitAssetInput[], string][] = [
      [BrandKitSection.LOGO, input.logos, 'logos'],
      [BrandKitSection.FONT, input.fonts, 'fonts'],
      [BrandKitSection.TEMPLATE, input.templates, 'templates'],
    ];
    await this.db.run(actor, async (db) => {
      const views = await this.assets.loadMany(
        db,
        sections.flatMap(([, list]) => list.map((i) => i.assetId)),
      );
      for (const [section, list, field] of sections) {
        list.forEach((item, i) => {
          const view = views.get(item.assetId);
          const at = `input.${field}.${i}.assetId`;
          if (!view || view.asset.tenantId !== actor.tenantId)
            throw AppError.badInput('ASSET_NOT_FOUND', 'No such house-style asset', [
              { field: at, reason: 'exists', message: 'unknown asset' },
            ]);
          if (view.asset.kind !== SECTION_KIND[section])
            throw AppError.badInput(
              'WRONG_ASSET_KIND',
              `${field} take ${SECTION_KIND[section]} assets; "${view.asset.title}" is a ${view.asset.kind}`,
              [{ field: at, reason: 'kind', message: `must be ${SECTION_KIND[section]}` }],
            );
        });
      }
      const before = await this.snapshot(actor, db);
      await db.delete(BrandColourEntity, { tenantId: actor.tenantId });
      await db.delete(BrandKitAssetEntity, { tenantId: actor.tenantId });
      if (input.colours.length)
        await db.insert(
          BrandColourEntity,
          input.colours.map((c, position) => ({
            tenantId: actor.tenantId,
            name: c.name.trim(),
            hex: c.hex.toUpperCase(),
            usage: c.usage.trim(),
            position,
          })),
        );
      const rows = sections.flatMap(([section, list]) =>
        list.map((item, position) => ({
          tenantId: actor.tenantId,
          section,
          assetId: item.assetId,
          label: item.label.trim(),
          usage: item.usage.trim(),
          position,
        })),
      );
      if (rows.length) await db.insert(BrandKitAssetEntity, rows);
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'brandKit.set',
        entityType: 'BrandKit',
        entityId: actor.tenantId,
        before,
        after: await this.snapshot(actor, db),
      });
    });
    return this.get(actor);
  }

  private async snapshot(actor: Actor, db: EntityManager): Promise<object> {
    const colours = await db.find(BrandColourEntity, {
      where: { tenantId: actor.tenantId },
      order: { position: 'ASC' },
    });
    const items = await db.find(BrandKitAssetEntity, {
      where: { tenantId: actor.tenantId },
      order: { section: 'ASC', position: 'ASC' },
    });
    return {
      colours: colours.map((c) => ({ name: c.name, hex: c.hex, usage: c.usage })),
      items: items.map((i) => ({ section: i.section, assetId: i.assetId, label: i.label, usage: i.usage })),
    };
  }
}
