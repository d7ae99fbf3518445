-- Foundation schema: zone registry, documents, statistics and chronicle of the bundled dataset.
-- The dataset tables are replaced as a whole by each import (one transaction), so they carry no audit columns.


create table dataset_meta (
    id          text primary key,
    version     text not null,
    content_hash text not null,
    imported_at timestamptz not null default now(),
    title_zh    text,
    title_en    text,
    source      text
);

create table vocabulary (
    kind    text not null,
    id      text not null,
    name_zh text not null,
    name_en text not null,
    primary key (kind, id)
);

create table unit (
    id      text primary key,
    name_zh text not null,
    name_en text not null
);

create table ftz (
    id             text primary key,
    sort_order     int  not null,
    name_zh        text not null,
    name_en        text not null,
    short_zh       text not null,
    short_en       text not null,
    province_zh    text not null,
    province_en    text not null,
    region         text not null,
    batch          int  not null,
    launched       text,
    after_report   boolean not null default false,
    area_km2       numeric,
    area_source    text,
    positioning_zh text,
    positioning_en text,
    industry_documents text[] not null default '{}',
    source         text not null
);

create table subzone (
    ftz_id      text not null references ftz (id) on delete cascade,
    id          text not null,
    sort_order  int  not null,
    name_zh     text not null,
    name_en     text not null,
    launched    text,
    area_km2    numeric,
    area_source text,
    source      text not null,
    primary key (ftz_id, id)
);

create table key_industry (
    ftz_id     text not null references ftz (id) on delete cascade,
    sort_order int  not null,
    name_zh    text not null,
    name_en    text not null,
    subzone_id text,
    primary key (ftz_id, sort_order)
);

create table platform (
    id         text primary key,
    sort_order int  not null,
    name_zh    text not null,
    name_en    text not null,
    kind       text not null,
    year       int,
    summary_zh text,
    summary_en text,
    source     text not null
);

create table platform_zone (
    platform_id text not null references platform (id) on delete cascade,
    zone_ref    text not null,
    ftz_id      text not null references ftz (id),
    primary key (platform_id, zone_ref)
);

create table document (
    id            text primary key,
    origin_file   text not null,
    sort_order    int  not null,
    number        text unique,
    issuer_code   text,
    number_year   int,
    number_serial int,
    title_zh      text not null,
    title_en      text not null,
    short_zh      text,
    issuers       text[] not null default '{}',
    issued        text,
    issued_from   date,
    effective     text,
    type          text not null,
    scope         text not null,
    measure_count int,
    measure_unit  text,
    summary_zh    text,
    summary_en    text,
    source        text not null
);
create index document_issued_idx on document (issued_from);

create table document_zone (
    document_id text not null references document (id) on delete cascade,
    zone_ref    text not null,
    ftz_id      text not null references ftz (id),
    primary key (document_id, zone_ref)
);

create table document_relation (
    document_id text not null references document (id) on delete cascade,
    sort_order  int  not null,
    type        text not null,
    target_id   text not null references document (id) on delete cascade,
    primary key (document_id, sort_order)
);

create table indicator (
    id      text primary key,
    name_zh text not null,
    name_en text not null,
    unit    text not null references unit (id)
);

create table statistic (
    id           text primary key,
    origin_file  text not null,
    sort_order   int  not null,
    indicator_id text not null references indicator (id),
    zone_ref     text not null,
    ftz_id       text references ftz (id),
    year         int  not null,
    value        numeric not null,
    unit         text not null references unit (id),
    approx       boolean not null default false,
    raw          text not null,
    source       text not null,
    note         text
);
create index statistic_zone_idx on statistic (ftz_id, year);
create index statistic_indicator_idx on statistic (indicator_id, year);

create table chronicle_event (
    id         text primary key,
    seq        int  not null unique,
    date       text not null,
    date_from  date not null,
    end_date   text,
    title_zh   text not null,
    title_en   text not null,
    summary_zh text not null,
    summary_en text not null,
    actors     text[] not null default '{}',
    source     text not null
);
create index chronicle_date_idx on chronicle_event (date_from);

create table event_document (
    event_id    text not null references chronicle_event (id) on delete cascade,
    sort_order  int  not null,
    document_id text not null references document (id) on delete cascade,
    primary key (event_id, document_id)
);

create table event_zone (
    event_id text not null references chronicle_event (id) on delete cascade,
    zone_ref text not null,
    ftz_id   text not null references ftz (id),
    primary key (event_id, zone_ref)
);

create table headline (
    statistic_id text primary key references statistic (id) on delete cascade,
    sort_order   int not null
);
