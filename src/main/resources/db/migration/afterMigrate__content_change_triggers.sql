-- Run by Flyway after every migrate (a callback, not a versioned migration), so a table added by any later migration
-- gets the trigger too. Every write to a table of the schema sends NOTIFY ftz_content when its transaction commits;
-- each app node listens and drops the public answers it keeps (ops.ContentVersion, ops.PageCache). One payload for all
-- tables, so a transaction sends one notification however many statements it runs. Sessions change on every sign-in
-- and show on no public page.
create or replace function ftz_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('ftz_content', '');
    return null;
end $$;

do $$
declare t record;
begin
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
          and c.relname not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes')
          and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'ftz_content_changed')
    loop
        execute format('create trigger ftz_content_changed after insert or update or delete or truncate on %I '
                       'for each statement execute function ftz_content_changed()', t.relname);
    end loop;
end $$;
