-- Search folds a merged record into its survivor: find the merged records of the candidates by index,
-- rather than scanning every person of the organisation on each search.
CREATE INDEX people_merged_into_idx ON people (organisation_id, merged_into) WHERE merged_into IS NOT NULL;
