/** Public entry of the zone matcher: mentions in a text, and the zones an article is about. */
export { findZoneMentions, type MentionKind, type ZoneMention } from './mentions.ts';
export { zonesOf, type ArticleText } from './about.ts';
