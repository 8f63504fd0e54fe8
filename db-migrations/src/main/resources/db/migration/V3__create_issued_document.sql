-- Every signed document the portal issues, by the unguessable id printed in its QR code (the id of its stored file).
create table issued_document (
    id                  uuid          primary key references stored_file (id),
    dossier_id          uuid          not null references dossier (id),
    kind                varchar(16)   not null check (kind in ('RESULT', 'SLIP')),
    title               varchar(300)  not null,
    issuer_agency_code  varchar(32)   not null references agency (code),
    signer              varchar(200)  not null,
    signed_at           timestamptz   not null,
    sha256              varchar(64)   not null unique,
    revoked_at          timestamptz,
    revoked_by          varchar(100),
    revocation_reason   varchar(1000),
    constraint issued_document_revocation_complete
        check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revocation_reason is null))
);
create index issued_document_signed_idx on issued_document (signed_at desc);
