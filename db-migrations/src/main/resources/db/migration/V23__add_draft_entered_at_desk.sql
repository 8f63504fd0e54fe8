-- A walk-in dossier is entered by a clerk at the one-stop desk as a draft owned by the citizen: who entered it and at
-- which agency's desk. Such a draft is worked only at that desk and is not listed among the citizen's own drafts.
alter table draft add column entered_by varchar(100);
alter table draft add column entered_at_agency varchar(50);

create index draft_entered_at_agency on draft (entered_at_agency) where entered_at_agency is not null;
