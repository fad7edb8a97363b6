import { Migration } from '@mikro-orm/migrations';

/**
 * sidos_regexp_replace_jsonb(value, pattern, replacement): `value` with every match of `pattern` (a
 * PostgreSQL regular expression, case-insensitive) in every string inside it replaced, keys and
 * structure kept. The erasure sweep uses it on json and jsonb columns (audit events' changes among them),
 * where replacing in the JSON text could break the document.
 */
export class Migration20261130040000ErasureSweep extends Migration {
  override up(): void {
    this.addSql(
      `create or replace function sidos_regexp_replace_jsonb(value jsonb, pattern text, replacement text) returns jsonb
       language plpgsql immutable strict parallel safe as $$
       begin
         case jsonb_typeof(value)
           when 'string' then
             return to_jsonb(regexp_replace(value #>> '{}', pattern, replacement, 'gi'));
           when 'array' then
             return (select coalesce(jsonb_agg(sidos_regexp_replace_jsonb(element, pattern, replacement) order by position), '[]'::jsonb)
                     from jsonb_array_elements(value) with ordinality as items(element, position));
           when 'object' then
             return (select coalesce(jsonb_object_agg(key, sidos_regexp_replace_jsonb(element, pattern, replacement)), '{}'::jsonb)
                     from jsonb_each(value) as members(key, element));
           else
             return value;
         end case;
       end $$;`,
    );
  }

  override down(): void {
    this.addSql('drop function if exists sidos_regexp_replace_jsonb(jsonb, text, text);');
  }
}
