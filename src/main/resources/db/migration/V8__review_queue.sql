-- The review queue (issue #4): ingested documents, their fact candidates and what curators made of them. Like V6, none of
-- these tables references the dataset tables (document, statistic, innovation), which an import replaces wholesale.

create table ingested_document (
    id          bigserial primary key,
    file_name   text not null,
    sha256      text not null unique,            -- of the file's bytes: the same file twice is the same document
    chars       int not null,
    original    text not null,                   -- the text the candidates' offsets point into
    ingested_by text not null,
    ingested_at timestamptz not null default now()
);

create table fact_candidate (
    id          bigserial primary key,
    document_id bigint not null references ingested_document (id),
    type        text not null check (type in ('doc_number', 'date', 'amount', 'percent', 'count', 'zone', 'case_box')),
    raw         text not null,
    value       jsonb not null,                  -- what the extractor found
    start_at    int not null,                    -- Java String offsets into ingested_document.original
    end_at      int not null,
    status      text not null default 'pending' check (status in ('pending', 'accepted', 'edited', 'rejected')),
    version     int not null default 0,
    decided_by  text,
    decided_at  timestamptz,
    accepted    jsonb,                           -- the value as accepted (the extractor's, or the curator's edit)
    check (0 <= start_at and start_at < end_at),
    check ((status = 'pending') = (decided_by is null)),
    check ((status in ('accepted', 'edited')) = (accepted is not null))
);
create index fact_candidate_document_idx on fact_candidate (document_id, type, status, start_at);

-- A 文号 a curator accepted: a stub until the dataset lists the document itself.
create table document_stub (
    id           bigserial primary key,
    doc_number   text not null unique,           -- normalised: ISSUER〔YEAR〕N号
    issuer       text not null,
    year         int not null,
    serial       int not null,
    document_id  bigint not null references ingested_document (id),  -- where it was first accepted
    candidate_id bigint not null references fact_candidate (id),
    mentions     int not null default 1,         -- accepted mentions across documents
    created_by   text not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

-- Accepted amounts, percentages and counts, each with its source document and span.
create table curated_statistic (
    id           bigserial primary key,
    candidate_id bigint not null unique references fact_candidate (id),
    document_id  bigint not null references ingested_document (id),
    kind         text not null check (kind in ('amount', 'percent', 'count')),
    value        numeric not null,
    unit         text not null,                  -- CNY | USD | % | pp | 条, 项, 个 ...
    noun         text,                           -- counts: what is counted
    approx       boolean not null default false,
    raw          text not null,
    start_at     int not null,
    end_at       int not null,
    created_by   text not null,
    created_at   timestamptz not null default now()
);

-- Accepted case boxes (专栏): drafts of innovations for the case library, not yet cases.
create table innovation_draft (
    id           bigserial primary key,
    candidate_id bigint not null unique references fact_candidate (id),
    document_id  bigint not null references ingested_document (id),
    label        text not null,                  -- 专栏 3-1
    title_zh     text not null,
    start_at     int not null,
    end_at       int not null,
    created_by   text not null,
    created_at   timestamptz not null default now()
);
