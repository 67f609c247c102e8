-- A draft that completes an existing BaufiSmart case: the case's Vorgangsnummer (readable, like
-- in `vorgaenge`) and its Kundenangaben as last read from Europace (sealed). Such a draft
-- replaces the case's data and never enters the outbox as a new lead.
ALTER TABLE drafts ADD COLUMN ergaenzt TEXT;
ALTER TABLE drafts ADD COLUMN geladen_sealed BLOB;
