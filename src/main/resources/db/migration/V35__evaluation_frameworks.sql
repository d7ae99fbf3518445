-- Evaluation index (issue 15): framework files as uploaded, versioned. A version is never overwritten: a changed file
-- needs a new version. The bundled framework (data/evaluation/) is stored on first use by "bundled dataset".
create table evaluation_framework (
    id          text not null,
    version     text not null,
    date        text not null,
    title_zh    text not null,
    title_en    text not null,
    content     text not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    primary key (id, version)
);
