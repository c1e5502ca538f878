-- Who is never in whose reference group (spec §8: a cooperation and its member municipalities
-- that take part separately) depends on the memberships of the peiljaar. A publication freezes
-- them with the participants, so that a later membership change never changes a published
-- edition's groups: each participant's kind, and its municipalities' CBS codes (a municipality's
-- own code, a cooperation's members then). Publications from before this migration have no kind:
-- their groups stay exactly as they were published.
ALTER TABLE publication_member ADD COLUMN organisation_kind VARCHAR(20);
ALTER TABLE publication_member ADD CONSTRAINT publication_member_kind_ck
    CHECK (organisation_kind IS NULL OR organisation_kind IN ('GEMEENTE', 'SAMENWERKING'));

CREATE TABLE publication_member_municipality (
    publication_id     BIGINT      NOT NULL,
    organisation_id    BIGINT      NOT NULL,
    municipality_code  VARCHAR(6)  NOT NULL,
    CONSTRAINT publication_member_municipality_pk PRIMARY KEY (publication_id, organisation_id, municipality_code),
    CONSTRAINT publication_member_municipality_member_fk FOREIGN KEY (publication_id, organisation_id)
        REFERENCES publication_member (publication_id, organisation_id)
);
