-- The household business's name is checked against the business registry when its step is saved.
with target as (
    select v.id, s.idx - 1 as step, f.idx - 1 as field
    from procedure_version v
    join procedure p on p.id = v.procedure_id
    cross join lateral jsonb_array_elements(v.form_definition -> 'steps') with ordinality as s(step, idx)
    cross join lateral jsonb_array_elements(s.step -> 'fields') with ordinality as f(field, idx)
    where p.code = 'HCM.HKD.01' and f.field ->> 'key' = 'businessName')
update procedure_version v
set form_definition = jsonb_set(v.form_definition,
        array['steps', t.step::text, 'fields', t.field::text, 'check'], '"businessNameAvailable"')
from target t
where v.id = t.id;
