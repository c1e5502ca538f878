-- The clean-up of refused workbooks looks for old refused uploads across all organisations.
CREATE INDEX submission_upload_outcome_ix ON submission_upload (outcome, uploaded_at);
