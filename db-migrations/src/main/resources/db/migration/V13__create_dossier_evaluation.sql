-- The applicant's rating of the service once the result exists: one per dossier, 1 to 5, optional comment.
create table dossier_evaluation (
    id            uuid          primary key,
    dossier_id    uuid          not null unique references dossier (id),
    rating        smallint      not null check (rating between 1 and 5),
    comment       varchar(1000),
    evaluated_at  timestamptz   not null
);
