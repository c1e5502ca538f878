-- Texts a submitted version keeps next to its numbers, such as the description of the capacity a
-- cooperation's member municipalities still hold themselves (A.<group>.gemeentenOmschrijving).
-- Versions stay immutable snapshots: a text is written once, with the version.
CREATE TABLE submission_version_text (
    version_id  BIGINT        NOT NULL REFERENCES submission_version (id),
    field_key   VARCHAR(120)  NOT NULL,
    text_value  VARCHAR(200)  NOT NULL,
    CONSTRAINT submission_version_text_pk PRIMARY KEY (version_id, field_key)
);
