/** What the entity extractor finds in one article. */

export type EntityKind = 'organization' | 'person';

/** An organisation named in full in one article, with the other forms printed for it there. */
export interface OrganizationMention {
  /** The fullest form printed in the article. */
  name: string;
  /** Shorter forms of the same body printed in the same article (汉和公司 for 南宁汉和生物科技股份有限公司). */
  aliases: string[];
}

/** A person: an author of the record, or someone named in full next to a printed role. */
export interface PersonMention {
  name: string;
  /** Roles as printed before the name (记者, 科技局局长), most specific first; may be empty. */
  roles: string[];
  /** Credited in the byline or signature. */
  author: boolean;
}

export interface ArticleEntities {
  organizations: OrganizationMention[];
  people: PersonMention[];
}

/** The fields of an article the extractor reads (gold records have exactly these). */
export interface EntitySource {
  kicker?: string | null;
  title: string;
  subtitle?: string | null;
  byline?: string | null;
  authors: string[];
  paragraphs: string[];
  captions?: string[];
}
