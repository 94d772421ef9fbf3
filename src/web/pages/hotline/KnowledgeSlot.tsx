/**
 * SLOT: the knowledge base search (KnowledgeSearchPanel from ../knowledge/KnowledgeSearchPanel.js, props
 * `{ language?: string }`) goes here once that panel exists; until then the contact screen shows nothing
 * in its place.
 */
export function KnowledgeSlot(_props: { language: string | null }) {
  return null;
}
