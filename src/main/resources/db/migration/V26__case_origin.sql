-- One identity for a case and its ledger record (issue 18): every library case has an origin. 'report' cases come from
-- the bundled dataset and are replaced by each import; 'ledger' and 'review' cases are published on the platform. A
-- platform case is kept in platform_case (never emptied by an import) and projected into the case tables — with its
-- search terms — when it is published and again after every import, so a re-import of the bundled dataset never loses it.

alter table innovation add column origin text not null default 'report'
    check (origin in ('report', 'ledger', 'review'));

create table platform_case (
    id           text primary key,                 -- ledger-<record id> | review-<draft id>, or as imported
    origin       text not null check (origin in ('ledger', 'review')),
    body         jsonb not null,                   -- the case as published: titles, zones, domain, tags, summaries, year, metrics
    provenance   jsonb not null,                   -- ledger: the record and its history; review: the document and span
    published_by text not null,
    published_at timestamptz not null default now()
);

-- A review draft, once completed and published, names its case. (A ledger record names it in innovation_record.library_id.)
alter table innovation_draft add column case_id text;
-- Which records follow a library case: the case page shows their history.
create index innovation_record_library_idx on innovation_record (library_id) where library_id is not null;
