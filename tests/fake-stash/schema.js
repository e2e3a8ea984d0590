// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// The SDL of the fake Stash server, written from shared/STASH_API.md.
// buildSdl() returns the text for one Stash version; buildStashSchema() the
// graphql-js schema with the custom scalars wired up. Shared by server.js and
// validate-documents.js.

const {
  buildSchema,
  validateSchema,
  GraphQLScalarType,
  Kind,
  valueFromASTUntyped,
} = require('graphql');

const VERSIONS = {
  '0.30.1': { version: 'v0.30.1', hash: 'b23b0267', build_time: '2025-12-18 02:13:11', appSchema: 75 },
  '0.26.2': { version: 'v0.26.2', hash: '87dfa7a5', build_time: '2024-06-27 00:51:41', appSchema: 58 },
};

function normalizeVersion(v) {
  const s = String(v || '0.30.1').replace(/^v/, '');
  if (!VERSIONS[s]) throw new Error(`unsupported --stash-version ${v} (use 0.30.1 or 0.26.2)`);
  return s;
}

function buildSdl(opts = {}) {
  const version = normalizeVersion(opts.stashVersion);
  const v30 = version === '0.30.1';
  const withImageCreate = !!opts.withImageCreate;
  // helpers: include text only for one version
  const n = (text) => (v30 ? text : '');
  const o = (text) => (v30 ? '' : text);
  const fileIdDeprecation = v30 ? ' @deprecated(reason: "Use parent_folder instead")' : '';
  const zipIdDeprecation = v30 ? ' @deprecated(reason: "Use zip_file instead")' : '';
  // What every file type repeats of BaseFile (its own fields follow).
  const baseFileFields = `  id: ID!
  path: String!
  basename: String!
  parent_folder_id: ID!${fileIdDeprecation}
  zip_file_id: ID${zipIdDeprecation}
${n('  parent_folder: Folder!\n  zip_file: BasicFile\n')}  mod_time: Time!
  size: Int64!
  fingerprint(type: String!): String
  fingerprints: [Fingerprint!]!
`;

  return `
"""An RFC3339 timestamp"""
scalar Time
"""Timestamp is a point in time. It is always output as RFC3339-compatible time points. It can be input as a RFC3339 string, or as "<4h" for "4 hours in the past" or ">5m" for "5 minutes in the future"."""
scalar Timestamp
"""A String -> Any map"""
scalar Map
"""A String -> Boolean map"""
scalar BoolMap
"""A plugin ID -> Map (String -> Any map) map"""
scalar PluginConfigMap
scalar Any
scalar Int64
scalar Upload

schema {
  query: Query
  mutation: Mutation
}

type Query {
  findImage(id: ID, checksum: String): Image
  findImages(
    image_filter: ImageFilterType
    image_ids: [Int!] @deprecated(reason: "use ids")
    ids: [ID!]
    filter: FindFilterType
  ): FindImagesResultType!
  allImages: [Image!]! @deprecated(reason: "Use findImages instead")

  findTag(id: ID!): Tag
  findTags(tag_filter: TagFilterType, filter: FindFilterType, ids: [ID!]): FindTagsResultType!
  findPerformer(id: ID!): Performer
  findPerformers(
    performer_filter: PerformerFilterType
    filter: FindFilterType
    performer_ids: [Int!] @deprecated(reason: "use ids")
    ids: [ID!]
  ): FindPerformersResultType!
  findStudio(id: ID!): Studio
  findStudios(studio_filter: StudioFilterType, filter: FindFilterType, ids: [ID!]): FindStudiosResultType!
  findGallery(id: ID!): Gallery
  findGalleries(gallery_filter: GalleryFilterType, filter: FindFilterType, ids: [ID!]): FindGalleriesResultType!

  findSavedFilter(id: ID!): SavedFilter
  findSavedFilters(mode: FilterMode): [SavedFilter!]!

  version: Version!
  systemStatus: SystemStatus!
  configuration: ConfigResult!
}

type Mutation {
  imageUpdate(input: ImageUpdateInput!): Image
  bulkImageUpdate(input: BulkImageUpdateInput!): [Image!]
  imageDestroy(input: ImageDestroyInput!): Boolean!
  imagesDestroy(input: ImagesDestroyInput!): Boolean!
  imagesUpdate(input: [ImageUpdateInput!]!): [Image]
  """Increments the o-counter for an image. Returns the new value"""
  imageIncrementO(id: ID!): Int!
  """Decrements the o-counter for an image. Returns the new value"""
  imageDecrementO(id: ID!): Int!
  """Resets the o-counter for a image to 0. Returns the new value"""
  imageResetO(id: ID!): Int!
${withImageCreate ? '  imageCreate(input: ImageCreateInput!): Image\n' : ''}
  tagCreate(input: TagCreateInput!): Tag

  configureUI(input: Map, partial: Map): Map!
  configureUISetting(key: String!, value: Any): Map!
}

# ---------------------------------------------------------------- images

type Image {
  id: ID!
  title: String
  code: String
  rating100: Int
  date: String
  url: String @deprecated(reason: "Use urls")
  urls: [String!]!
  details: String
  photographer: String
  o_counter: Int
  organized: Boolean!
  created_at: Time!
  updated_at: Time!
  files: [ImageFile!]! @deprecated(reason: "Use visual_files")
  visual_files: [VisualFile!]!
  paths: ImagePathsType!
  galleries: [Gallery!]!
  studio: Studio
  tags: [Tag!]!
  performers: [Performer!]!
}

type ImageFileType {
  mod_time: Time!
  size: Int!
  width: Int!
  height: Int!
}

type ImagePathsType {
  thumbnail: String
  preview: String
  image: String
}

input ImageUpdateInput {
  clientMutationId: String
  id: ID!
  title: String
  code: String
  rating100: Int
  organized: Boolean
  url: String @deprecated(reason: "Use urls")
  urls: [String!]
  date: String
  details: String
  photographer: String
  studio_id: ID
  performer_ids: [ID!]
  tag_ids: [ID!]
  gallery_ids: [ID!]
  primary_file_id: ID
}

enum BulkUpdateIdMode {
  SET
  ADD
  REMOVE
}

input BulkUpdateIds {
  ids: [ID!]
  mode: BulkUpdateIdMode!
}

input BulkUpdateStrings {
  values: [String!]
  mode: BulkUpdateIdMode!
}

input BulkImageUpdateInput {
  clientMutationId: String
  ids: [ID!]
  title: String
  code: String
  rating100: Int
  organized: Boolean
  url: String @deprecated(reason: "Use urls")
  urls: BulkUpdateStrings
  date: String
  details: String
  photographer: String
  studio_id: ID
  performer_ids: BulkUpdateIds
  tag_ids: BulkUpdateIds
  gallery_ids: BulkUpdateIds
}

input ImageDestroyInput {
  id: ID!
  delete_file: Boolean
  delete_generated: Boolean
}

input ImagesDestroyInput {
  ids: [ID!]!
  delete_file: Boolean
  delete_generated: Boolean
}
${withImageCreate ? `
"""Not part of any real Stash release: enabled by fake-stash --with-image-create."""
input ImageCreateInput {
  title: String!
  code: String
  rating100: Int
  organized: Boolean
  urls: [String!]
  date: String
  details: String
  photographer: String
  studio_id: ID
  performer_ids: [ID!]
  tag_ids: [ID!]
  gallery_ids: [ID!]
}
` : ''}
type FindImagesResultType {
  count: Int!
  """Total megapixels of the images"""
  megapixels: Float!
  """Total file size in bytes"""
  filesize: Float!
  images: [Image!]!
}

# ---------------------------------------------------------------- files

type Fingerprint {
  type: String!
  value: String!
}

interface BaseFile {
${baseFileFields}  created_at: Time!
  updated_at: Time!
}
${n(`
type BasicFile implements BaseFile {
${baseFileFields}  created_at: Time!
  updated_at: Time!
}
`)}
type ImageFile implements BaseFile {
${baseFileFields}${n('  format: String!\n')}  width: Int!
  height: Int!
  created_at: Time!
  updated_at: Time!
}

type VideoFile implements BaseFile {
${baseFileFields}  format: String!
  width: Int!
  height: Int!
  duration: Float!
  video_codec: String!
  audio_codec: String!
  frame_rate: Float!
  bit_rate: Int!
  created_at: Time!
  updated_at: Time!
}

type GalleryFile implements BaseFile {
${baseFileFields}  created_at: Time!
  updated_at: Time!
}

union VisualFile = VideoFile | ImageFile

type Folder {
  id: ID!
  path: String!
  parent_folder_id: ID${fileIdDeprecation}
  zip_file_id: ID${zipIdDeprecation}
${n('  parent_folder: Folder\n  zip_file: BasicFile\n')}  mod_time: Time!
  created_at: Time!
  updated_at: Time!
}

# ---------------------------------------------------------------- tags, performers, studios, galleries
${n(`
type StashID {
  endpoint: String!
  stash_id: String!
  updated_at: Time!
}
`)}
type Tag {
  id: ID!
  name: String!
${n('  """Value that does not appear in the UI but overrides name for sorting"""\n  sort_name: String\n')}  description: String
  aliases: [String!]!
  ignore_auto_tag: Boolean!
  favorite: Boolean!
  created_at: Time!
  updated_at: Time!
  image_path: String
${n('  stash_ids: [StashID!]!\n')}  scene_count(depth: Int): Int!
  image_count(depth: Int): Int!
  gallery_count(depth: Int): Int!
  performer_count(depth: Int): Int!
  studio_count(depth: Int): Int!
  parents: [Tag!]!
  children: [Tag!]!
  parent_count: Int!
  child_count: Int!
}

input TagCreateInput {
  name: String!
${n('  sort_name: String\n')}  description: String
  aliases: [String!]
  ignore_auto_tag: Boolean
  favorite: Boolean
  """This should be a URL or a base64 encoded data URL"""
  image: String
  parent_ids: [ID!]
  child_ids: [ID!]
}

type FindTagsResultType {
  count: Int!
  tags: [Tag!]!
}

enum GenderEnum {
  MALE
  FEMALE
  TRANSGENDER_MALE
  TRANSGENDER_FEMALE
  INTERSEX
  NON_BINARY
}

type Performer {
  id: ID!
  name: String!
  disambiguation: String
${v30 ? '  url: String @deprecated(reason: "Use urls")\n  twitter: String @deprecated(reason: "Use urls")\n  instagram: String @deprecated(reason: "Use urls")\n  urls: [String!]\n' : '  url: String\n  twitter: String\n  instagram: String\n'}  gender: GenderEnum
  birthdate: String
  death_date: String
  country: String
  ethnicity: String
  alias_list: [String!]!
  favorite: Boolean!
  tags: [Tag!]!
  ignore_auto_tag: Boolean!
  image_path: String
  scene_count: Int!
  image_count: Int!
  gallery_count: Int!
  o_counter: Int
  rating100: Int
  details: String
  created_at: Time!
  updated_at: Time!
}

type FindPerformersResultType {
  count: Int!
  performers: [Performer!]!
}

type Studio {
  id: ID!
  name: String!
${v30 ? '  url: String @deprecated(reason: "Use urls")\n  urls: [String!]!\n' : '  url: String\n'}  parent_studio: Studio
  child_studios: [Studio!]!
  aliases: [String!]!
${n('  tags: [Tag!]!\n')}  ignore_auto_tag: Boolean!
  image_path: String
  scene_count(depth: Int): Int!
  image_count(depth: Int): Int!
  gallery_count(depth: Int): Int!
  performer_count(depth: Int): Int!
  rating100: Int
  favorite: Boolean!
  details: String
  created_at: Time!
  updated_at: Time!
}

type FindStudiosResultType {
  count: Int!
  studios: [Studio!]!
}
${n(`
type GalleryPathsType {
  cover: String!
  preview: String!
}
`)}
type Gallery {
  id: ID!
  title: String
  code: String
  url: String @deprecated(reason: "Use urls")
  urls: [String!]!
  date: String
  details: String
  photographer: String
  rating100: Int
  organized: Boolean!
  created_at: Time!
  updated_at: Time!
  files: [GalleryFile!]!
  folder: Folder
  image_count: Int!
  studio: Studio
  tags: [Tag!]!
  performers: [Performer!]!
  cover: Image
${n('  paths: GalleryPathsType!\n  image(index: Int!): Image!\n')}}

type FindGalleriesResultType {
  count: Int!
  galleries: [Gallery!]!
}

# ---------------------------------------------------------------- filters

enum SortDirectionEnum {
  ASC
  DESC
}

input FindFilterType {
  q: String
  page: Int
  """use per_page = -1 to indicate all results. Defaults to 25."""
  per_page: Int
  sort: String
  direction: SortDirectionEnum
}

enum CriterionModifier {
  """="""
  EQUALS
  """!="""
  NOT_EQUALS
  """>"""
  GREATER_THAN
  """<"""
  LESS_THAN
  """IS NULL"""
  IS_NULL
  """IS NOT NULL"""
  NOT_NULL
  """INCLUDES ALL"""
  INCLUDES_ALL
  INCLUDES
  EXCLUDES
  """MATCHES REGEX"""
  MATCHES_REGEX
  """NOT MATCHES REGEX"""
  NOT_MATCHES_REGEX
  """>= AND <="""
  BETWEEN
  """< OR >"""
  NOT_BETWEEN
}

input StringCriterionInput {
  value: String!
  modifier: CriterionModifier!
}

input IntCriterionInput {
  value: Int!
  value2: Int
  modifier: CriterionModifier!
}

input FloatCriterionInput {
  value: Float!
  value2: Float
  modifier: CriterionModifier!
}

input MultiCriterionInput {
  value: [ID!]
  modifier: CriterionModifier!
  excludes: [ID!]
}

input HierarchicalMultiCriterionInput {
  value: [ID!]
  modifier: CriterionModifier!
  depth: Int
  excludes: [ID!]
}

input DateCriterionInput {
  value: String!
  value2: String
  modifier: CriterionModifier!
}

input TimestampCriterionInput {
  value: String!
  value2: String
  modifier: CriterionModifier!
}

input GenderCriterionInput {
  value: GenderEnum
  value_list: [GenderEnum!]
  modifier: CriterionModifier!
}

enum ResolutionEnum {
  "144p"
  VERY_LOW
  "240p"
  LOW
  "360p"
  R360P
  "480p"
  STANDARD
  "540p"
  WEB_HD
  "720p"
  STANDARD_HD
  "1080p"
  FULL_HD
  "1440p"
  QUAD_HD
  "1920p"
  VR_HD @deprecated(reason: "Use 4K instead")
  "4K"
  FOUR_K
  "5K"
  FIVE_K
  "6K"
  SIX_K
  "7K"
  SEVEN_K
  "8K"
  EIGHT_K
  "8K+"
  HUGE
}

input ResolutionCriterionInput {
  value: ResolutionEnum!
  modifier: CriterionModifier!
}

enum OrientationEnum {
  LANDSCAPE
  PORTRAIT
  SQUARE
}

input OrientationCriterionInput {
  value: [OrientationEnum!]!
}

input ImageFilterType {
  AND: ImageFilterType
  OR: ImageFilterType
  NOT: ImageFilterType
  title: StringCriterionInput
  details: StringCriterionInput
  " Filter by image id"
  id: IntCriterionInput
  " Filter by file checksum"
  checksum: StringCriterionInput
  " Filter by path"
  path: StringCriterionInput
  " Filter by file count"
  file_count: IntCriterionInput
  " Filter by rating expressed as 1-100"
  rating100: IntCriterionInput
  " Filter by date"
  date: DateCriterionInput
  " Filter by url"
  url: StringCriterionInput
  " Filter by organized"
  organized: Boolean
  " Filter by o-counter"
  o_counter: IntCriterionInput
  " Filter by resolution"
  resolution: ResolutionCriterionInput
  " Filter by orientation"
  orientation: OrientationCriterionInput
  " Filter to only include images missing this property"
  is_missing: String
  " Filter to only include images with this studio"
  studios: HierarchicalMultiCriterionInput
  " Filter to only include images with these tags"
  tags: HierarchicalMultiCriterionInput
  " Filter by tag count"
  tag_count: IntCriterionInput
  " Filter to only include images with performers with these tags"
  performer_tags: HierarchicalMultiCriterionInput
  " Filter to only include images with these performers"
  performers: MultiCriterionInput
  " Filter by performer count"
  performer_count: IntCriterionInput
  " Filter images that have performers that have been favorited"
  performer_favorite: Boolean
  " Filter images by performer age at time of image"
  performer_age: IntCriterionInput
  " Filter to only include images with these galleries"
  galleries: MultiCriterionInput
  " Filter by creation time"
  created_at: TimestampCriterionInput
  " Filter by last update time"
  updated_at: TimestampCriterionInput
  " Filter by studio code"
  code: StringCriterionInput
  " Filter by photographer"
  photographer: StringCriterionInput
${n(`  " Filter by related galleries that meet this criteria"
  galleries_filter: GalleryFilterType
  " Filter by related performers that meet this criteria"
  performers_filter: PerformerFilterType
  " Filter by related studios that meet this criteria"
  studios_filter: StudioFilterType
  " Filter by related tags that meet this criteria"
  tags_filter: TagFilterType
  " Filter by related files that meet this criteria"
  files_filter: FileFilterType
`)}}
${n(`
input FileFilterType {
  AND: FileFilterType
  OR: FileFilterType
  NOT: FileFilterType
  path: StringCriterionInput
  basename: StringCriterionInput
  dir: StringCriterionInput
  checksum: StringCriterionInput
}
`)}
input TagFilterType {
  AND: TagFilterType
  OR: TagFilterType
  NOT: TagFilterType
  " Filter by tag name"
  name: StringCriterionInput
${n('  " Filter by tag sort_name"\n  sort_name: StringCriterionInput\n')}  " Filter by tag aliases"
  aliases: StringCriterionInput
  " Filter by tag favorites"
  favorite: Boolean
  " Filter by tag description"
  description: StringCriterionInput
  " Filter to only include tags missing this property"
  is_missing: String
  " Filter by number of images with this tag"
  image_count: IntCriterionInput
  " Filter by number of parent tags the tag has"
  parent_count: IntCriterionInput
  " Filter by number f child tags the tag has"
  child_count: IntCriterionInput
  " Filter by parent tags"
  parents: HierarchicalMultiCriterionInput
  " Filter by child tags"
  children: HierarchicalMultiCriterionInput
}

input PerformerFilterType {
  AND: PerformerFilterType
  OR: PerformerFilterType
  NOT: PerformerFilterType
  name: StringCriterionInput
  disambiguation: StringCriterionInput
  details: StringCriterionInput
  " Filter by favorite"
  filter_favorites: Boolean
  " Filter by gender"
  gender: GenderCriterionInput
  " Filter by aliases"
  aliases: StringCriterionInput
  " Filter to only include performers with these tags"
  tags: HierarchicalMultiCriterionInput
  " Filter by image count"
  image_count: IntCriterionInput
  " Filter by rating expressed as 1-100"
  rating100: IntCriterionInput
  " Filter by birthdate"
  birthdate: DateCriterionInput
}

input StudioFilterType {
  AND: StudioFilterType
  OR: StudioFilterType
  NOT: StudioFilterType
  name: StringCriterionInput
  details: StringCriterionInput
  " Filter to only include studios with this parent studio"
  parents: MultiCriterionInput
  " Filter by favorite"
  favorite: Boolean
  " Filter by studio aliases"
  aliases: StringCriterionInput
  " Filter to only include studios missing this property"
  is_missing: String
  " Filter by image count"
  image_count: IntCriterionInput
  " Filter by rating expressed as 1-100"
  rating100: IntCriterionInput
  " Filter by url"
  url: StringCriterionInput
}

input GalleryFilterType {
  AND: GalleryFilterType
  OR: GalleryFilterType
  NOT: GalleryFilterType
  id: IntCriterionInput
  title: StringCriterionInput
  details: StringCriterionInput
  code: StringCriterionInput
  photographer: StringCriterionInput
  " Filter by path"
  path: StringCriterionInput
  " Filter to only include galleries missing this property"
  is_missing: String
  " Filter to include/exclude galleries that were created from zip"
  is_zip: Boolean
  " Filter by rating expressed as 1-100"
  rating100: IntCriterionInput
  " Filter by organized"
  organized: Boolean
  " Filter by number of images in this gallery"
  image_count: IntCriterionInput
  " Filter to only include galleries with this studio"
  studios: HierarchicalMultiCriterionInput
  " Filter to only include galleries with these tags"
  tags: HierarchicalMultiCriterionInput
  " Filter to only include galleries with these performers"
  performers: MultiCriterionInput
  " Filter by date"
  date: DateCriterionInput
}

# ---------------------------------------------------------------- saved filters

enum FilterMode {
  SCENES
  PERFORMERS
  STUDIOS
  ${v30 ? 'MOVIES @deprecated(reason: "Use GROUPS instead")\n  GROUPS' : 'MOVIES'}
  TAGS
  SCENE_MARKERS
  GALLERIES
  IMAGES
}

type SavedFindFilterType {
  q: String
  page: Int
  """use per_page = -1 to indicate all results. Defaults to 25."""
  per_page: Int
  sort: String
  direction: SortDirectionEnum
}

type SavedFilter {
  id: ID!
  mode: FilterMode!
  name: String!
  find_filter: SavedFindFilterType
  object_filter: Map
  ui_options: Map
${o('  """JSON-encoded filter string"""\n  filter: String! @deprecated(reason: "use find_filter and object_filter")\n')}}

# ---------------------------------------------------------------- system

type Version {
  version: String
  hash: String!
  build_time: String!
}

enum SystemStatusEnum {
  SETUP
  NEEDS_MIGRATION
  OK
}

type SystemStatus {
  databaseSchema: Int
  databasePath: String
  configPath: String
  appSchema: Int!
  status: SystemStatusEnum!
  os: String!
  workingDir: String!
  homeDir: String!
  ffmpegPath: String
  ffprobePath: String
}

type ConfigGeneralResult {
  """API Key"""
  apiKey: String!
  """Username"""
  username: String!
  """Maximum session cookie age"""
  maxSessionAge: Int!
  """Array of file regexp to exclude from Image Scans"""
  imageExcludes: [String!]!
  imageExtensions: [String!]!
  galleryExtensions: [String!]!
  createGalleriesFromFolders: Boolean!
  writeImageThumbnails: Boolean!
  databasePath: String!
  generatedPath: String!
${n('  deleteTrashPath: String!\n')}}

enum ImageLightboxDisplayMode {
  ORIGINAL
  FIT_XY
  FIT_X
}

enum ImageLightboxScrollMode {
  ZOOM
  PAN_Y
}

type ConfigImageLightboxResult {
  slideshowDelay: Int
  displayMode: ImageLightboxDisplayMode
  scaleUp: Boolean
  resetZoomOnNav: Boolean
  scrollMode: ImageLightboxScrollMode
  scrollAttemptsBeforeChange: Int!
${n('  disableAnimation: Boolean\n')}}

type ConfigDisableDropdownCreate {
  performer: Boolean!
  tag: Boolean!
  studio: Boolean!
  movie: Boolean!
${n('  gallery: Boolean!\n')}}

type ConfigInterfaceResult {
  language: String
  imageLightbox: ConfigImageLightboxResult!
  disableDropdownCreate: ConfigDisableDropdownCreate!
}

type ConfigDefaultSettingsResult {
  deleteFile: Boolean
  deleteGenerated: Boolean
}

"""All configuration settings"""
type ConfigResult {
  general: ConfigGeneralResult!
  interface: ConfigInterfaceResult!
  defaults: ConfigDefaultSettingsResult!
  ui: Map!
}
`;
}

function literalToJs(ast, variables) {
  return valueFromASTUntyped(ast, variables);
}

function anyScalar(name, description) {
  return new GraphQLScalarType({
    name,
    description,
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: literalToJs,
  });
}

function stringScalar(name) {
  return new GraphQLScalarType({
    name,
    serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
    parseValue: (v) => {
      if (typeof v !== 'string') throw new TypeError(`${name} must be a string`);
      return v;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new TypeError(`${name} must be a string`);
      return ast.value;
    },
  });
}

const int64 = new GraphQLScalarType({
  name: 'Int64',
  serialize: (v) => Number(v),
  parseValue: (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError('Int64 must be an integer');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Int64 must be an integer');
    return Number(ast.value);
  },
});

function buildStashSchema(opts = {}) {
  const sdl = buildSdl(opts);
  const schema = buildSchema(sdl);
  const errors = validateSchema(schema);
  if (errors.length) throw new Error('invalid SDL: ' + errors.map((e) => e.message).join('; '));
  const scalars = {
    Time: stringScalar('Time'),
    Timestamp: stringScalar('Timestamp'),
    Map: anyScalar('Map'),
    BoolMap: anyScalar('BoolMap'),
    PluginConfigMap: anyScalar('PluginConfigMap'),
    Any: anyScalar('Any'),
    Upload: anyScalar('Upload'),
    Int64: int64,
  };
  const typeMap = schema.getTypeMap();
  for (const [name, impl] of Object.entries(scalars)) {
    const t = typeMap[name];
    if (!t) continue;
    t.serialize = impl.serialize;
    t.parseValue = impl.parseValue;
    t.parseLiteral = impl.parseLiteral;
  }
  return schema;
}

module.exports = { buildSdl, buildStashSchema, normalizeVersion, VERSIONS };
