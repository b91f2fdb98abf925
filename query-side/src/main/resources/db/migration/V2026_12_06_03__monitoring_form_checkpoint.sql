-- The fingerprint of the event store's checkpoint a submitted monitoring form carries (EventCheckpoints).
ALTER TABLE monitoring_form_submission ADD COLUMN checkpoint VARCHAR(40);
