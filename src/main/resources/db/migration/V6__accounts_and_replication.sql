-- Accounts, sessions and the replication workflow (issue #2). None of these tables is replaced by a dataset import:
-- they hold the officials' own work, so nothing here references the dataset tables by foreign key.

create table official (
    id            bigserial primary key,
    name          text not null unique,
    password_hash text not null,                 -- BCrypt
    role          text not null check (role in ('ZONE_EDITOR', 'PROVINCE_REVIEWER', 'NATIONAL_ADMIN')),
    scope         text,                          -- ZONE_EDITOR: ftz or ftz/subzone; PROVINCE_REVIEWER: region id
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check ((role = 'NATIONAL_ADMIN') = (scope is null))
);

create table api_token (
    id          bigserial primary key,
    official_id bigint not null references official (id) on delete cascade,
    token_hash  text not null unique,            -- SHA-256 of the token; the token itself is shown once
    label       text not null,
    created_at  timestamptz not null default now(),
    last_used   timestamptz
);

-- Failed sign-ins per name, for throttling across app nodes.
create table login_failure (
    id        bigserial primary key,
    name      text not null,
    failed_at timestamptz not null default now()
);
create index login_failure_name_idx on login_failure (name, failed_at);

-- Spring Session JDBC (PostgreSQL schema of spring-session-jdbc): any app node can serve any session.
create table spring_session (
    primary_id            char(36) not null constraint spring_session_pk primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- An innovation as a zone records it and as it moves through evaluation and selection.
create table innovation_record (
    id          bigserial primary key,
    zone        text not null,                   -- ftz or ftz/subzone
    title_zh    text not null,
    title_en    text,
    domain      text,
    summary_zh  text,
    summary_en  text,
    library_id  text,                            -- the case in the library, when it is one
    state       text not null,
    level       text,                            -- when selected: subzone | province | national
    batch_no    int,                             -- national best-practice batch
    synthetic   boolean not null default false,  -- demo data, labelled wherever shown
    version     int not null default 0,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- Third-party evaluation (以评促改) while under evaluation.
create table evaluation_record (
    id                  bigserial primary key,
    record_id           bigint not null references innovation_record (id),
    landing_status      text not null,
    satisfaction        int check (satisfaction between 1 and 5),
    problems            text,
    recommendations     text,
    evaluator           text not null,
    created_at          timestamptz not null default now()
);

create table replication_announcement (
    id          bigserial primary key,
    record_id   bigint not null references innovation_record (id),
    scope       text not null check (scope in ('national', 'regions')),
    regions     text[] not null,
    document_no text,
    announced_by text not null,
    announced_at timestamptz not null default now()
);

create table replication_task (
    id                bigserial primary key,
    announcement_id   bigint not null references replication_announcement (id),
    record_id         bigint not null references innovation_record (id),
    region            text not null,
    responsible_unit  text not null,
    reform_content    text not null,
    deadline          date not null,
    roadmap           text,
    owner             text not null,
    output_form       text not null,
    status            text not null,
    landed_on         date,
    synthetic         boolean not null default false,
    version           int not null default 0,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (announcement_id, region)
);
create index replication_task_region_idx on replication_task (region, status);

-- Append-only: who did what to which object, from which state to which, with the values before and after.
create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    role        text not null,
    object_type text not null,
    object_id   text not null,
    action      text not null,
    from_state  text,
    to_state    text,
    comment     text,
    before      jsonb,
    after       jsonb
);
create index audit_event_object_idx on audit_event (object_type, object_id, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
