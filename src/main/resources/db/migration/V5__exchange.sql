-- A stable code per organisation, used in bulk files: a municipality's CBS code (GM0003), and for a
-- cooperation a code assigned at registration (SW0001). Existing organisations are backfilled.
ALTER TABLE organisation ADD COLUMN code VARCHAR(12);

UPDATE organisation SET code = (SELECT MIN(om.municipality_code) FROM organisation_member om
                                WHERE om.organisation_id = organisation.id)
WHERE kind = 'GEMEENTE';

UPDATE organisation SET code = CASE WHEN id < 10000 THEN 'SW' || LPAD(CAST(id AS VARCHAR(12)), 4, '0')
                                    ELSE 'SW' || CAST(id AS VARCHAR(12)) END
WHERE code IS NULL;

ALTER TABLE organisation ADD CONSTRAINT organisation_code_uk UNIQUE (code);
