import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Inject, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import {
  Access,
  AppError,
  contentDisposition,
  CurrentActor,
  LOGGER,
  StorageService,
  type Actor,
} from '@bibliohub/api-core';
import { AssetUploadService, type UploadReceipt } from './asset-upload.service.js';
import { ASSET_READERS, ASSET_UPLOADERS } from './asset.resolver.js';
import { AssetService } from './asset.service.js';

/**
 * The two REST routes of the asset library. Uploads stream through the API into S3 (no presigned
 * browser uploads, which would need CORS on the bucket); downloads stream back out with safe headers.
 */
@Controller('files')
export class FilesController {
  constructor(
    private readonly uploads: AssetUploadService,
    private readonly assets: AssetService,
    private readonly storage: StorageService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** `PUT /files/uploads?kind=PHOTO&filename=foto.jpg` with the raw file as the body. */
  @Put('uploads')
  @HttpCode(201)
  @Access(ASSET_UPLOADERS)
  upload(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
  ): Promise<UploadReceipt> {
    return this.uploads.receive(actor, query, req);
  }

  /** `GET /files/assets/<assetId>/<original|thumb|preview|preview-avif>[?version=n]` */
  @Get('assets/:assetId/:rendition')
  @Access(ASSET_READERS)
  async download(
    @CurrentActor() actor: Actor,
    @Param('assetId') assetId: string,
    @Param('rendition') rendition: string,
    @Query('version') version: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (version !== undefined && !/^[1-9]\d{0,8}$/.test(version))
      throw AppError.badInput('INVALID_VERSION', 'version must be a positive whole number', [
        { field: 'version', reason: 'isInt', message: 'positive whole number' },
      ]);
    const file = await this.assets.locateFile(
      actor,
      assetId,
      rendition,
      version ? Number(version) : undefined,
    );
    const etag = `"${file.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // An SVG opened directly must not run anything or load anything.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Content-Disposition', contentDisposition(file.filename, file.disposition));
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Accept-Ranges', 'none');
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    if (req.method === 'HEAD') {
      res.setHeader('Content-Length', String(file.size));
      res.status(200).end();
      return;
    }
    const object = await this.storage.get(file.key);
    if (!object) {
      this.logger.error({ key: file.key, assetId }, 'asset row points at a missing object');
      throw AppError.notFound('FILE_NOT_FOUND', 'The file is not available right now');
    }
    res.setHeader('Content-Length', String(object.size));
    res.status(200);
    try {
      await pipeline(object.body, res);
    } catch (error) {
      // The client went away, or S3 broke off mid-stream: nothing left to tell anyone.
      this.logger.debug({ err: error, assetId }, 'download interrupted');
      object.body.destroy();
      res.destroy();
    }
  }
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
