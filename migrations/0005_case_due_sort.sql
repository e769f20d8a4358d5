-- The list sorted by deadline (cases without one last) pages through this index.
CREATE INDEX cases_due_sort ON cases ((coalesce(due_date, '9999-12-31'::date)), id);
