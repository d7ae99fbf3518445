-- The home page's headline figures carry a plain label of their own (data/headlines.yaml): "Foreign trade of all FTZs"
-- reads better on a card than the indicator's technical name. Empty when the file gives none (the indicator name is shown).
alter table headline add column label_zh text;
alter table headline add column label_en text;
