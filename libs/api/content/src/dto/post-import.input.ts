import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CreatePostInput } from './post.input.js';

/**
 * One row of a bulk import (`cli import posts`): the API's CreatePostInput, validated by the same
 * class-validator rules, plus the stable id the source knows the post by. Not part of the GraphQL schema.
 *
 * Note: title and body are required by GraphQL (non-null) before class-validator runs; the inherited
 * @IsOptional would let a missing one through here, so the importer checks their presence itself.
 */
export class ImportPostInput extends CreatePostInput {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/^\S(.*\S)?$/s, { message: 'externalId must not start or end with white space' })
  externalId!: string;
}
