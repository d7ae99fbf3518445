-- Issue 13 §2: facts a curator accepted in the review queue and published. They live in tables of their own
-- (origin = review), never in the dataset tables an import replaces wholesale, and they carry their provenance (the
-- ingested document's name and hash, the span and its text, the curator) instead of a reference to the queue's rows, so
-- they outlive the queue and travel through ftz export / ftz import (review/published-*.yaml). A withdrawn fact keeps its
-- row (and its audit events) but leaves every public page and the API.

create table published_document (
    id              bigserial primary key,
    fact_key        text not null unique,            -- stable across export/import: source hash + span
    doc_number      text not null,                   -- normalised 文号 ISSUER〔YEAR〕N号
    issuer_code     text not null,
    number_year     int  not null,
    number_serial   int  not null,
    source_name     text not null,                   -- the ingested document's file name
    source_sha256   text not null,                   -- its bytes' hash: finds it in the review queue when there
    span_start      int  not null,                   -- offsets into the ingested document's original text
    span_end        int  not null,
    quote           text not null,                   -- the span as printed
    accepted_by     text not null,
    accepted_at     timestamptz not null,
    withdrawn_by    text,
    withdrawn_at    timestamptz,
    withdraw_reason text,
    check (0 <= span_start and span_start < span_end),
    check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdraw_reason is null))
);
create index published_document_number_idx on published_document (doc_number) where withdrawn_at is null;

create table published_statistic (
    id              bigserial primary key,
    fact_key        text not null unique,
    indicator_id    text not null,                   -- an indicator of the dataset when published
    indicator_zh    text not null,                   -- its names then, shown if a later dataset drops the indicator
    indicator_en    text not null,
    zone_ref        text not null,                   -- ftz or ftz/subzone
    ftz_id          text not null,
    year            int  not null,
    value           numeric not null,                -- normalised like statistic.value
    unit            text not null,
    approx          boolean not null default false,
    qualifier       text,                            -- 以上, 超过 … as printed with the figure
    raw             text not null,                   -- the figure as printed (the span)
    scope           text not null,                   -- statistics.Scope text: zone:ID or sub-zone:ID/SUB
    scope_kind      text not null,
    scope_zh        text not null,
    scope_en        text not null,
    source_name     text not null,
    source_sha256   text not null,
    span_start      int  not null,
    span_end        int  not null,
    accepted_by     text not null,
    accepted_at     timestamptz not null,
    withdrawn_by    text,
    withdrawn_at    timestamptz,
    withdraw_reason text,
    check (0 <= span_start and span_start < span_end),
    check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdraw_reason is null))
);
create index published_statistic_zone_idx on published_statistic (ftz_id, year) where withdrawn_at is null;

-- What the public pages and the API read: the dataset's documents, then each 文号 published by review that the dataset
-- does not hold (one record per number, carrying its first accepted mention). A number the dataset holds is not
-- repeated: its mentions show on the dataset document's page ("also cited in"). Decided at read time, so a re-import
-- that adds or drops the number links or unlinks it without touching the published rows.
create view public_document as
select d.id, 'dataset'::text as origin, 0 as origin_rank, d.origin_file, d.sort_order, d.number, d.issuer_code,
       d.number_year, d.number_serial, d.title_zh, d.title_en, d.short_zh, d.issuers, d.issued, d.issued_from, d.effective,
       d.type, d.scope, d.measure_count, d.measure_unit, d.summary_zh, d.summary_en, d.source, d.search_vector,
       null::text as review_source, null::int as review_start, null::int as review_end, null::text as review_quote,
       null::text as review_by, null::timestamptz as review_at, 0::bigint as review_mentions
from document d
union all
select 'review-' || p.number_year || '-' || p.number_serial || '-' || left(md5(p.doc_number), 8), 'review', 1, 'review',
       0, p.doc_number, p.issuer_code, p.number_year, p.number_serial, null, null, null, '{}'::text[], null, null, null,
       null, null, null, null, null, null, null,
       setweight(to_tsvector('simple', p.issuer_code || ' ' || p.number_year || ' ' || p.doc_number), 'A'),
       p.source_name, p.span_start, p.span_end, p.quote, p.accepted_by, p.accepted_at,
       (select count(*) from published_document m where m.doc_number = p.doc_number and m.withdrawn_at is null)
from (select distinct on (doc_number) * from published_document where withdrawn_at is null
      order by doc_number, accepted_at, id) p
where not exists (select 1 from document d where d.number = p.doc_number);

-- The dataset's figures, then the published ones (indicator names follow the dataset while it holds the indicator).
create view public_statistic as
select s.id, 'dataset'::text as origin, 0 as origin_rank, s.origin_file, s.sort_order, s.indicator_id,
       i.name_zh as indicator_zh, i.name_en as indicator_en, s.zone_ref, s.ftz_id, s.year, s.value, s.unit, s.approx,
       null::text as qualifier, s.raw, s.source, s.note, s.scope, s.scope_kind, s.scope_zh, s.scope_en, s.scope_ftz_ids,
       null::text as review_source, null::int as review_start, null::int as review_end, null::text as review_by,
       null::timestamptz as review_at
from statistic s join indicator i on i.id = s.indicator_id
union all
select 'review-' || p.id, 'review', 1, 'review', p.id::int, p.indicator_id, coalesce(i.name_zh, p.indicator_zh),
       coalesce(i.name_en, p.indicator_en), p.zone_ref, p.ftz_id, p.year, p.value, p.unit, p.approx, p.qualifier, p.raw,
       null, null, p.scope, p.scope_kind, p.scope_zh, p.scope_en, '{}'::text[],
       p.source_name, p.span_start, p.span_end, p.accepted_by, p.accepted_at
from published_statistic p left join indicator i on i.id = p.indicator_id
where p.withdrawn_at is null;
