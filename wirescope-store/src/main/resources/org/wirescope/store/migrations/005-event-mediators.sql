-- Wirescope store, schema version 5: an event's mediator, the third party the act went through
-- ("indirect talks with the US through Oman"), in three columns shaped like the source and target.

ALTER TABLE events ADD COLUMN mediator_actor VARCHAR;
ALTER TABLE events ADD COLUMN mediator_name VARCHAR;
ALTER TABLE events ADD COLUMN mediator_code VARCHAR;

COMMENT ON COLUMN events.mediator_name IS 'The third party the act went through (through Oman, mediated by Qatar), when the text names one';
