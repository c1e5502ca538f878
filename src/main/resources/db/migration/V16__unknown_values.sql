-- Spec §8, unknown is not zero: a submitted value of part A can be "niet bekend" or "niet van
-- toepassing" instead of a number. Such a value has no number; a number has no marker.
ALTER TABLE submission_version_value ALTER COLUMN number_value DROP NOT NULL;
ALTER TABLE submission_version_value ADD COLUMN marker VARCHAR(20);
ALTER TABLE submission_version_value ADD CONSTRAINT submission_version_value_marker_ck CHECK (
    (number_value IS NOT NULL AND marker IS NULL)
    OR (number_value IS NULL AND marker IN ('NIET_BEKEND', 'NIET_VAN_TOEPASSING')));
