/** Public entry of the zone matcher: mentions in a text, and the zones an article is about. */
import { findZoneMentions } from './mentions.ts';

export { findZoneMentions, type MentionKind, type ZoneMention } from './mentions.ts';
export { zonesOf, type ArticleText } from './about.ts';

/** Keys of the zones and parks a text names (districts left out: they name no zone of their own). */
export const zoneKeys = (text: string): Set<string> => new Set(findZoneMentions(text).filter((m) => m.kind !== 'district').map((m) => m.key));
