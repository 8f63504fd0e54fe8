-- Staff known to the portal: recorded (and refreshed) at every staff login through the city's directory, so that a
-- task can be reassigned to a colleague of the same agency and role.
create table staff_directory (
    username     varchar(100) primary key,
    full_name    varchar(200) not null,
    agency_code  varchar(50)  not null,
    roles        varchar(200) not null,
    last_seen_at timestamptz  not null
);

create index staff_directory_agency on staff_directory (agency_code);
