-- Issue 16: what place each figure measures. scope = the data's text (zones:chongqing+sichuan), scope_kind its kind,
-- scope_zh/scope_en the words pages and the API show, scope_ftz_ids the FTZs a wider scope (several zones, a province,
-- a city, a named region) contains: a zone page lists those figures as "including this zone". Filled by the import.
alter table statistic add column scope         text   not null default 'national';
alter table statistic add column scope_kind    text   not null default 'national';
alter table statistic add column scope_zh      text   not null default '全国';
alter table statistic add column scope_en      text   not null default 'Nationwide';
alter table statistic add column scope_ftz_ids text[] not null default '{}';
create index statistic_scope_ftz_idx on statistic using gin (scope_ftz_ids);
-- A case metric's scope the same way (its text and words), and its own report lines when they differ from the case's.
alter table innovation_metric add column scope    text not null default 'national';
alter table innovation_metric add column scope_zh text not null default '全国';
alter table innovation_metric add column scope_en text not null default 'Nationwide';
alter table innovation_metric add column source   text;
-- A metric that is a statistic (one home for the fact): the statistic it shows.
alter table innovation_metric add column statistic_id text;
-- The files the scopes were checked against (provinces, named regions, note rules), kept as imported so that an export
-- is a directory that validates on its own.
create table scope_rule_file (
    name    text primary key,
    content text not null
);
