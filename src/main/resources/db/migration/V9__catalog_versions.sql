-- Catalogue editing: the current document of a module carries a lock version, so an edit based on
-- an older version is refused, never applied; every version ever in force is kept, so what a
-- peiljaar asked and computed can always be read back.
ALTER TABLE catalog_module ADD COLUMN lock_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_module ADD CONSTRAINT catalog_module_lock_version_ck CHECK (lock_version >= 0);

CREATE TABLE catalog_module_version (
    peiljaar        INTEGER       NOT NULL,
    module_code     VARCHAR(30)   NOT NULL,
    version_no      INTEGER       NOT NULL CHECK (version_no >= 0),
    content         TEXT          NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(100)  NOT NULL,
    change_summary  VARCHAR(4000) NOT NULL,
    CONSTRAINT catalog_module_version_pk PRIMARY KEY (peiljaar, module_code, version_no),
    CONSTRAINT catalog_module_version_catalog_fk FOREIGN KEY (peiljaar, module_code)
        REFERENCES catalog_module (peiljaar, module_code)
);

-- The catalogues already in force become their own first version.
INSERT INTO catalog_module_version (peiljaar, module_code, version_no, content, changed_at, changed_by, change_summary)
SELECT peiljaar, module_code, 0, content, loaded_at, 'systeem', 'Catalogus bij het openen van het peiljaar'
FROM catalog_module;
