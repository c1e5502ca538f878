-- The basis of a submission: the budget of the peiljaar (the default) or the established formation
-- on a peildatum. The draft keeps the peildatum as typed, so a date that cannot be read is not lost;
-- a submitted version holds the date itself, and only with the formation basis.
ALTER TABLE submission ADD COLUMN basis VARCHAR(20);
ALTER TABLE submission ADD COLUMN peildatum_raw VARCHAR(200);
ALTER TABLE submission ADD CONSTRAINT submission_basis_ck CHECK (basis IS NULL OR basis IN ('BEGROTING', 'FORMATIE'));

ALTER TABLE submission_version ADD COLUMN basis VARCHAR(20) DEFAULT 'BEGROTING' NOT NULL;
ALTER TABLE submission_version ADD COLUMN peildatum DATE;
ALTER TABLE submission_version ADD CONSTRAINT submission_version_basis_ck CHECK (
    (basis = 'BEGROTING' AND peildatum IS NULL) OR (basis = 'FORMATIE' AND peildatum IS NOT NULL));

-- Correction lines on a task's inhuurkosten as typed in the draft: any part may still be missing
-- or unreadable; validation says so and blocks submission, never the save.
CREATE TABLE submission_correction (
    submission_id  BIGINT        NOT NULL REFERENCES submission (id),
    task_code      VARCHAR(120)   NOT NULL,
    line_no        INTEGER       NOT NULL,
    kind           VARCHAR(20),
    amount_raw     VARCHAR(200),
    reason         VARCHAR(4000),
    CONSTRAINT submission_correction_pk PRIMARY KEY (submission_id, task_code, line_no),
    CONSTRAINT submission_correction_kind_ck CHECK (kind IS NULL OR kind IN ('INCIDENTEEL', 'BEZUINIGING'))
);

-- The correction lines of a submitted version: complete and immutable like its values.
CREATE TABLE submission_version_correction (
    version_id  BIGINT         NOT NULL REFERENCES submission_version (id),
    task_code   VARCHAR(120)   NOT NULL,
    line_no     INTEGER        NOT NULL,
    kind        VARCHAR(20)    NOT NULL CHECK (kind IN ('INCIDENTEEL', 'BEZUINIGING')),
    amount      NUMERIC(18, 0) NOT NULL CHECK (amount > 0),
    reason      VARCHAR(500)   NOT NULL,
    CONSTRAINT submission_version_correction_pk PRIMARY KEY (version_id, task_code, line_no)
);
