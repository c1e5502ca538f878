-- A deactivated organisation keeps its data and past results but cannot be enrolled again.
-- Renames and (de)activations are conditional on lock_version, so two beheerders never silently
-- overwrite each other; membership changes raise it too.
ALTER TABLE organisation ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE organisation ADD COLUMN lock_version INTEGER NOT NULL DEFAULT 0;

-- Members join and leave a cooperation: a membership runs from a peiljaar up to and including
-- until_year (open when null). Existing memberships are taken to have always existed.
ALTER TABLE organisation_member ADD COLUMN from_year INTEGER NOT NULL DEFAULT 2000;
ALTER TABLE organisation_member ADD COLUMN until_year INTEGER;
ALTER TABLE organisation_member ALTER COLUMN from_year DROP DEFAULT;
ALTER TABLE organisation_member DROP CONSTRAINT organisation_member_pk;
ALTER TABLE organisation_member ADD CONSTRAINT organisation_member_pk
    PRIMARY KEY (organisation_id, municipality_code, from_year);
ALTER TABLE organisation_member ADD CONSTRAINT organisation_member_years_ck
    CHECK (from_year BETWEEN 2000 AND 2999 AND (until_year IS NULL OR until_year >= from_year));

-- CBS publishes private households beside inhabitants; unknown for the shipped 2019 list.
ALTER TABLE municipality ADD COLUMN households INTEGER;
ALTER TABLE municipality ADD CONSTRAINT municipality_households_ck CHECK (households IS NULL OR households >= 0);

-- A municipality that disappeared from the list of a reference year (a merger) and the
-- municipality of that year's list that succeeded it.
CREATE TABLE municipality_succession (
    code            VARCHAR(6) NOT NULL,
    reference_year  INTEGER    NOT NULL,
    successor_code  VARCHAR(6) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    CONSTRAINT municipality_succession_pk PRIMARY KEY (code, reference_year),
    CONSTRAINT municipality_succession_successor_fk FOREIGN KEY (successor_code, reference_year)
        REFERENCES municipality (code, reference_year),
    CONSTRAINT municipality_succession_ck CHECK (successor_code <> code)
);
