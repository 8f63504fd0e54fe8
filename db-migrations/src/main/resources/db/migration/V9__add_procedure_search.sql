-- Catalogue search that ignores accents and case and tolerates typos, and the agencies a procedure version
-- involves besides the one that receives its dossiers.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index; naming the
-- dictionary explicitly makes the result fixed, which is what this wrapper promises.
create or replace function immutable_unaccent(value text) returns text
    language sql immutable strict parallel safe
    as $$ select public.unaccent('public.unaccent'::regdictionary, value) $$;

-- The search key of a procedure: its name and field, without accents, in lower case. Queries repeat this
-- expression exactly, so that LIKE and the trigram operators can use the index.
create index procedure_search_trgm_idx on procedure
    using gin (lower(immutable_unaccent(name || ' ' || field)) gin_trgm_ops);

-- Agencies that take part in a version's process besides the receiving agency (one-stop liên thông), each with
-- its share of the work.
create table procedure_agency (
    id                    bigserial    primary key,
    procedure_version_id  bigint       not null references procedure_version (id),
    position              int          not null,
    agency_code           varchar(32)  not null references agency (code),
    task                  varchar(300) not null,
    unique (procedure_version_id, position)
);

insert into procedure_agency (procedure_version_id, position, agency_code, task)
select v.id, a.position, a.agency_code, a.task
from procedure_version v join procedure p on p.id = v.procedure_id
join (values
    ('HCM.LT.01', 1, 'H29.12.05.CA', 'Đăng ký thường trú cho trẻ'),
    ('HCM.LT.01', 2, 'H29.BHXH', 'Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi')
) as a(code, position, agency_code, task) on a.code = p.code
where v.version = 1;
